package io.github.broadsheet.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by the generator when a build found problems it will not publish over. It carries every problem of
 * the build (sorted by file) so a caller can print them all at once; the output directory was not touched.
 */
public final class BuildFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public BuildFailedException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public BuildFailedException(String message) {
        super(message);
        this.problems = List.of();
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The first line of the message: how many errors, or that warnings count as errors; no problem itself. */
    public String headline() {
        return getMessage().lines().findFirst().orElse("");
    }

    private static String describe(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        String head = errors > 0
                ? "The site was not built: " + errors + (errors == 1 ? " error" : " errors")
                : "The site was not built: warnings are treated as errors (failOnWarning)";
        return problems.stream().map(Problem::toString)
                .collect(Collectors.joining(System.lineSeparator() + "  ", head + System.lineSeparator() + "  ", ""));
    }
}
