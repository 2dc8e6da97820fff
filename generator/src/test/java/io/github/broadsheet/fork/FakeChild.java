package io.github.broadsheet.fork;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A stand-in for the build JVM's entry point in ForkedGeneratorTest: reads the configuration like the real one and
 * behaves as the site's title says (ok, fail, crash, exit-7, ok-exit-5), reporting its JVM options as a note.
 */
public final class FakeChild {

    private FakeChild() {
    }

    public static void main(String[] args) throws Exception {
        SiteConfig config = ConfigText.read(Files.readString(Path.of(args[0])));
        ChildProtocol.Sender sender = new ChildProtocol.Sender(System.out);
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        sender.sharing();
        switch (config.site().title()) {
            case "ok" -> {
                System.out.println("a line of someone else");
                sender.outcome(new BuildOutcome(List.of(String.join(" ", options)),
                        List.of(Problem.warning(Path.of("a.md"), 2, "careful")), "done -> " + config.layout().outputDirectory()));
                System.exit(0);
            }
            case "fail" -> {
                sender.failed(new BuildFailedException(List.of(Problem.error(Path.of("b.md"), 1, "missing title"))));
                System.exit(1);
            }
            case "crash" -> {
                IllegalStateException e = new IllegalStateException("unexpected");
                e.printStackTrace();
                sender.crashed(e);
                System.exit(3);
            }
            case "ok-exit-5" -> {
                sender.outcome(new BuildOutcome(List.of(), List.of(), "done"));
                System.exit(5);
            }
            default -> {
                System.err.println("cannot go on");
                System.exit(7);
            }
        }
    }
}
