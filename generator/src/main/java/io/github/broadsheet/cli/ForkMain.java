package io.github.broadsheet.cli;

import io.github.broadsheet.Generator;
import io.github.broadsheet.fork.BuildOutcome;
import io.github.broadsheet.fork.ChildProtocol;
import io.github.broadsheet.fork.ConfigText;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.progress.Progress;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The entry point of the build JVM that the Maven plugin starts ({@code io.github.broadsheet.fork.ForkedGenerator}):
 * reads the configuration the plugin wrote ({@link ConfigText}) from the file named by the only argument, builds
 * the site and reports on standard output in the {@link ChildProtocol}. Exits 0 when the site was built, 1 when
 * the build failed, 3 when it stopped on something unexpected (whose stack trace goes to standard error). Not meant
 * to be run by hand: {@link Main} is the command line for people.
 */
public final class ForkMain {

    static final int CRASHED = 3;

    private ForkMain() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform's default, as the plugin reads it.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        ChildProtocol.Sender sender = new ChildProtocol.Sender(out);
        try {
            if (args.length != 1) {
                throw new IllegalArgumentException("usage: ForkMain <configuration file>");
            }
            sender.sharing();
            String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
            sender.outcome(BuildOutcome.of(new Generator().build(ConfigText.read(text), new Progress(sender::progress))));
            return Main.OK;
        } catch (BuildFailedException e) {
            sender.failed(e);
            return Main.BUILD_FAILED;
        } catch (IOException | RuntimeException | Error e) {
            e.printStackTrace(err);
            sender.crashed(e);
            return CRASHED;
        }
    }
}
