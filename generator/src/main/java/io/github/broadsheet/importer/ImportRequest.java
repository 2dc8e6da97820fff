package io.github.broadsheet.importer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to import and where to: the kind of site, its folder (or export file), and the project's folders.
 *
 * @param source           Jekyll, Hugo or WordPress
 * @param from             the site's folder, or the WordPress export file
 * @param uploads          WordPress only: the {@code wp-content/uploads} folder when it is not beside the export
 * @param projectDirectory the project folder; paths in the report are shown relative to it
 * @param contentDirectory where articles, pages and authors are written ({@code content/})
 * @param staticDirectory  where files of pages go ({@code static/})
 * @param reportFile       where the report is written, or {@code null} for none
 */
public record ImportRequest(ImportSource source, Path from, Optional<Path> uploads, Path projectDirectory,
                            Path contentDirectory, Path staticDirectory, Path reportFile) {

    /** A path for messages: relative to the project folder when inside it, with forward slashes. */
    public Path display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path project = projectDirectory.toAbsolutePath().normalize();
        return absolute.startsWith(project) ? project.relativize(absolute) : absolute;
    }
}
