package io.github.broadsheet.fork;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How the forked build JVM tells the plugin what happened: one line on its standard output per note, problem,
 * summary, failure or crash, each starting with {@value #PREFIX} so that anything else the JVM prints (a warning
 * about a class-data archive, say) is told apart and only logged at debug level. Problems travel with file, line,
 * severity and message, so the plugin prints the same text as a build in its own JVM and fails with the same
 * {@link BuildFailedException}.
 */
public final class ChildProtocol {

    static final String PREFIX = "#broadsheet:";

    private ChildProtocol() {
    }

    /** The child's side: writes the lines. */
    public static final class Sender {
        private final PrintStream out;

        public Sender(PrintStream out) {
            this.out = out;
        }

        public void outcome(BuildOutcome outcome) {
            outcome.notes().forEach(note -> line("NOTE", List.of(note)));
            outcome.warnings().forEach(this::problem);
            line("SUMMARY", List.of(outcome.summary()));
        }

        /** A progress line of a long build, sent while it runs ({@link io.github.broadsheet.progress.Progress}). */
        public void progress(String line) {
            line("PROGRESS", List.of(line));
        }

        public void failed(BuildFailedException failure) {
            failure.problems().forEach(this::problem);
            line("FAILED", List.of(failure.getMessage()));
        }

        /**
         * Tells when this JVM maps no class data: JDK 17 to 24 say so in the option UseSharedSpaces, which is false
         * when an archive given to them was unusable (JDK 17 prints nothing about it), and the plugin then makes a
         * new one; later JDKs print a warning instead, which the plugin reads.
         */
        public void sharing() {
            if (!sharingOn()) {
                sharingOff();
            }
        }

        void sharingOff() {
            line("SHARING", List.of("off"));
        }

        private static boolean sharingOn() {
            try {
                HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
                return vm == null || !"false".equals(vm.getVMOption("UseSharedSpaces").getValue());
            } catch (RuntimeException | LinkageError e) {
                return true;
            }
        }

        /** A build that stopped on something unexpected; the stack trace goes to standard error. */
        public void crashed(Throwable error) {
            line("CRASH", List.of(error.toString()));
        }

        private void problem(Problem problem) {
            line("PROBLEM", List.of(problem.severity().name(), problem.file() == null ? "" : problem.file().toString(),
                    String.valueOf(problem.line()), problem.message()));
        }

        private void line(String type, List<String> fields) {
            out.print(PREFIX + type + " " + LineText.fields(fields) + "\n");
            out.flush();
        }
    }

    /** The plugin's side: reads the lines and tells how the build ended. */
    public static final class Receiver {
        private final List<String> notes = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private String summary;
        private String failure;
        private String crash;
        private boolean sharingOff;
        private final Consumer<String> progress;

        /** A receiver that drops progress lines. */
        public Receiver() {
            this(line -> { });
        }

        /** @param progress told each progress line as soon as it is read, while the build goes on */
        public Receiver(Consumer<String> progress) {
            this.progress = progress;
        }

        /**
         * Takes one line of the child's standard output.
         *
         * @return false when the line is not part of the protocol (the caller logs it as it is)
         */
        public boolean accept(String line) {
            if (!line.startsWith(PREFIX)) {
                return false;
            }
            int space = line.indexOf(' ', PREFIX.length());
            if (space < 0) {
                return false;
            }
            String type = line.substring(PREFIX.length(), space);
            List<String> fields = LineText.fields(line.substring(space + 1));
            switch (type) {
                case "NOTE" -> notes.add(fields.get(0));
                case "PROBLEM" -> problems.add(new Problem(fields.get(1).isEmpty() ? null : Path.of(fields.get(1)),
                        Integer.parseInt(fields.get(2)), Problem.Severity.valueOf(fields.get(0)), fields.get(3)));
                case "SUMMARY" -> summary = fields.get(0);
                case "FAILED" -> failure = fields.get(0);
                case "CRASH" -> crash = fields.get(0);
                case "SHARING" -> sharingOff = true;
                case "PROGRESS" -> progress.accept(fields.get(0));
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** The child said that its JVM could not map the class-data archive it was given. */
        public boolean sharingOff() {
            return sharingOff;
        }

        /** The exception the child crashed with ({@code Throwable.toString()}), if it said so. */
        public Optional<String> crash() {
            return Optional.ofNullable(crash);
        }

        /**
         * The build's outcome, when the child reported one.
         *
         * @throws BuildFailedException the build failed, with the child's problems (or its message when it had none)
         */
        public Optional<BuildOutcome> outcome() throws BuildFailedException {
            if (failure != null) {
                throw problems.isEmpty() ? new BuildFailedException(failure) : new BuildFailedException(problems);
            }
            return summary == null ? Optional.empty() : Optional.of(new BuildOutcome(notes, problems, summary));
        }
    }
}
