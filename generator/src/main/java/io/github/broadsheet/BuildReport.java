package io.github.broadsheet;

import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a successful build did, for the one-line summary and for tools.
 *
 * @param output   the output directory
 * @param articles published articles
 * @param pages    HTML pages written
 * @param files    all files written (pages, feeds, assets)
 * @param duration wall time of the build
 * @param warnings problems that did not fail the build
 * @param notes    details for a debug log (cache use, timings)
 */
public record BuildReport(Path output, int articles, int pages, int files, Duration duration, List<Problem> warnings,
                          List<String> notes) {

    public BuildReport {
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** {@code 14 articles, 52 pages (61 files) in 0.84 s -> target/public}. */
    public String summary() {
        return articles + (articles == 1 ? " article, " : " articles, ") + pages + (pages == 1 ? " page" : " pages")
                + " (" + files + " files) in " + String.format(java.util.Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0)
                + " -> " + output;
    }
}
