package io.github.broadsheet.importer;

import io.github.broadsheet.importer.hugo.HugoReader;
import io.github.broadsheet.importer.jekyll.JekyllReader;
import io.github.broadsheet.importer.wordpress.WordPressReader;
import io.github.broadsheet.problem.BuildFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code site:import}: reads a Jekyll site, a Hugo site or a WordPress export and writes Broadsheet articles,
 * pages and authors into the project's content folder, each article keeping the URL it had. It never overwrites a
 * file, and running it again gives the same files. The result is an {@link ImportReport}, also written to
 * {@link ImportRequest#reportFile()}.
 */
public final class Importer {

    public ImportReport run(ImportRequest request) throws BuildFailedException {
        if (!Files.exists(request.from())) {
            throw new BuildFailedException("site:import: " + request.from() + " does not exist; give the "
                    + request.source().displayName() + (request.source() == ImportSource.WORDPRESS
                    ? " export file (WXR, Tools > Export in WordPress)" : " site's folder") + " as -Dsite.source=PATH");
        }
        ImportNotes notes = new ImportNotes();
        SiteReader reader = switch (request.source()) {
            case JEKYLL -> new JekyllReader();
            case HUGO -> new HugoReader();
            case WORDPRESS -> new WordPressReader();
        };
        ContentWriter.Result written;
        try {
            TeaserSummary teasers = new TeaserSummary();
            List<ImportedDocument> documents = reader.read(request, notes).stream().map(teasers::apply).toList();
            written = new ContentWriter(request).write(documents, notes);
        } catch (IOException e) {
            throw new BuildFailedException("site:import: cannot read or write: " + e);
        }
        String from = request.from().toAbsolutePath().normalize().toString().replace('\\', '/');
        ImportReport report = new ImportReport(request.source(), from,
                notes.counts(), written, notes.urlSchemes(), notes.settings(), notes.notes());
        if (request.reportFile() != null) {
            try {
                Files.createDirectories(request.reportFile().toAbsolutePath().getParent());
                Files.writeString(request.reportFile(), report.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BuildFailedException("site:import: cannot write the report " + request.reportFile() + ": " + e);
            }
        }
        return report;
    }
}
