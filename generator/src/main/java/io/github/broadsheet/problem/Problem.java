package io.github.broadsheet.problem;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong with the input of a build: a file (relative to the project where possible), a line (0 when
 * the problem has no line), a severity and a message a user can act on. Problems are values so every stage
 * can collect all of them and the build can fail once, listing them sorted by file.
 */
public record Problem(Path file, int line, Severity severity, String message) {

    /** How bad a problem is: errors always fail the build, warnings only with {@code failOnWarning}. */
    public enum Severity { ERROR, WARNING }

    /** Sorted by file, then line, then message, so reports are stable across parallel builds. */
    public static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file() == null ? "" : p.file().toString().replace('\\', '/'))
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::message);

    public static Problem error(Path file, int line, String message) {
        return new Problem(file, line, Severity.ERROR, message);
    }

    public static Problem warning(Path file, int line, String message) {
        return new Problem(file, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path/to/file.md:12: message}, the form compilers use, so IDEs and terminals link it. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            text.append(file.toString().replace('\\', '/'));
            if (line > 0) {
                text.append(':').append(line);
            }
            text.append(": ");
        }
        if (severity == Severity.WARNING) {
            text.append("warning: ");
        }
        return text.append(message).toString();
    }
}
