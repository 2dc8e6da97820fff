package io.github.broadsheet.problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The problems one build has found so far. Stages running in parallel add to it; the build asks at the end
 * of each stage whether to go on. Thread-safe; one instance per build, never shared between builds.
 */
public final class Problems {

    private final ConcurrentLinkedQueue<Problem> found = new ConcurrentLinkedQueue<>();

    public void add(Problem problem) {
        found.add(problem);
    }

    public void error(Path file, int line, String message) {
        add(Problem.error(file, line, message));
    }

    public void warning(Path file, int line, String message) {
        add(Problem.warning(file, line, message));
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    /** All problems so far, sorted by file and line. */
    public List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(found);
        list.sort(Problem.ORDER);
        return List.copyOf(list);
    }
}
