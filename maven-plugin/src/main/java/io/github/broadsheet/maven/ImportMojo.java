package io.github.broadsheet.maven;

import io.github.broadsheet.importer.ImportReport;
import io.github.broadsheet.importer.ImportRequest;
import io.github.broadsheet.importer.ImportSource;
import io.github.broadsheet.importer.Importer;
import io.github.broadsheet.problem.BuildFailedException;
import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Moves a Jekyll site, a Hugo site or a WordPress export into the project: writes articles into
 * {@code content/articles/}, pages into {@code content/pages/} and authors into {@code content/authors/}, each article
 * keeping the URL it had. Never overwrites a file; running it again gives the same files. The report (counts, how
 * old URLs were kept, settings to copy, everything not converted with its file and line) is logged and written to
 * {@code target/import-report.txt}.
 *
 * <p>{@code mvn site:import -Dsite.from=jekyll -Dsite.source=../old-blog}
 *
 * @since 0.2.0
 */
@Mojo(name = "import", aggregator = true, requiresProject = true, threadSafe = true)
public class ImportMojo extends AbstractSiteMojo {

    /** Report lines logged one by one; the file has all of them. */
    static final int LOGGED_NOTES = 50;

    /**
     * What kind of site {@code source} is: {@code jekyll}, {@code hugo} or {@code wordpress}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.from")
    String from;

    /**
     * The site to import: a Jekyll site's folder (with {@code _posts/}), a Hugo site's folder (with its configuration
     * and {@code content/}), or a WordPress export file (WXR, from Tools &gt; Export).
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.source")
    File source;

    /**
     * WordPress only: the site's {@code wp-content/uploads} folder, whose pictures and files are copied into the
     * articles. Unset: an {@code uploads/} or {@code wp-content/uploads/} folder beside the export file, if there is
     * one; else pictures stay links to the old site.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site.uploads")
    File uploads;

    /**
     * Where the report is written (it is also logged).
     *
     * @since 0.2.0
     */
    @Parameter(defaultValue = "${project.build.directory}/import-report.txt", readonly = true, required = true)
    File importReport;

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        Optional<ImportSource> kind = ImportSource.named(from);
        if (kind.isEmpty() || source == null) {
            throw new MojoFailureException("site:import needs the kind of site and where it is: mvn site:import"
                    + " -Dsite.from=jekyll|hugo|wordpress -Dsite.source=PATH"
                    + (from != null && kind.isEmpty() ? " ('" + from + "' is none of the three)" : ""));
        }
        ImportRequest request = new ImportRequest(kind.get(), source.toPath(),
                Optional.ofNullable(uploads).map(File::toPath), baseDirectory.toPath(), contentDirectory.toPath(),
                baseDirectory.toPath().resolve("static"), importReport.toPath());
        ImportReport report;
        try {
            report = new Importer().run(request);
        } catch (BuildFailedException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Broadsheet failed unexpectedly: " + e, e);
        }
        report.summary().forEach(line -> getLog().info("Broadsheet: " + line));
        List<String> notes = report.noteLines();
        notes.stream().limit(LOGGED_NOTES).forEach(line -> getLog().warn("  " + line));
        String file = request.display(importReport.toPath()).toString().replace('\\', '/');
        if (notes.size() > LOGGED_NOTES) {
            getLog().warn("  ... and " + (notes.size() - LOGGED_NOTES) + " more in " + file);
        }
        getLog().info("Broadsheet: the whole report is in " + file);
    }
}
