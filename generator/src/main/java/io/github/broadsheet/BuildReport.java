package io.github.broadsheet;

import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a successful build did, for the one-line summary and for tools.
 *
 * @param output   the output directory
 * @param articles published articles
 * @param pages    HTML pages of the site
 * @param files    all files of the site (pages, feeds, assets)
 * @param rendered pages run through their templates by this build; the others were unchanged and kept as
 *                 they were (0 when the build found nothing changed)
 * @param upToDate nothing had changed since the last build, so nothing was rebuilt or written
 * @param changedPages HTML pages that are new or got other bytes (0: every page looks as it did before)
 * @param duration wall time of the build
 * @param warnings problems that did not fail the build
 * @param notes    details for a debug log (cache use, timings)
 */
public record BuildReport(Path output, int articles, int pages, int files, int rendered, boolean upToDate,
                          int changedPages, Duration duration, List<Problem> warnings, List<String> notes) {

    public BuildReport {
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** A build that rendered every page. */
    public BuildReport(Path output, int articles, int pages, int files, Duration duration, List<Problem> warnings,
                       List<String> notes) {
        this(output, articles, pages, files, pages, false, pages, duration, warnings, notes);
    }

    /**
     * {@code 14 articles, 52 pages (61 files) in 0.84 s -> target/public} (large numbers as {@code 98,036}); with
     * {@code (3 rendered, 49 unchanged)}
     * after the pages when some were kept, and {@code up to date, nothing rebuilt: ...} when nothing changed.
     */
    public String summary() {
        String time = String.format(Locale.ROOT, "%.2f s", duration.toMillis() / 1000.0);
        String counts = count(articles) + (articles == 1 ? " article, " : " articles, ") + count(pages)
                + (pages == 1 ? " page" : " pages");
        if (upToDate) {
            return "up to date, nothing rebuilt: " + counts + " unchanged (checked in " + time + ") -> " + output;
        }
        String kept = rendered < pages ? ", " + count(rendered) + " rendered, " + count(pages - rendered) + " unchanged"
                : "";
        return counts + " (" + count(files) + " files" + kept + ") in " + time + " -> " + output;
    }

    /** 98,036 as the progress lines write it, not 98036. */
    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
