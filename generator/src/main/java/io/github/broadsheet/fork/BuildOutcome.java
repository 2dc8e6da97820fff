package io.github.broadsheet.fork;

import io.github.broadsheet.BuildReport;
import io.github.broadsheet.problem.Problem;
import java.util.List;

/**
 * What a successful build tells its caller, whether it ran in the caller's JVM or in a forked one: the notes for a
 * debug log, the warnings, and the one-line summary.
 *
 * @param notes    details for a debug log (cache use, timings)
 * @param warnings problems that did not fail the build
 * @param summary  {@link BuildReport#summary()}
 */
public record BuildOutcome(List<String> notes, List<Problem> warnings, String summary) {

    public BuildOutcome {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    public static BuildOutcome of(BuildReport report) {
        return new BuildOutcome(report.notes(), report.warnings(), report.summary());
    }
}
