package io.github.broadsheet.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Runs the {@code git} command line in a given folder and captures what it prints. Variables such as
 * {@code GIT_DIR} that would point git at another repository than the folder's are removed, so a command meant
 * for a scratch repository can never act on the project's own repository (Maven started from a git hook has
 * them set). Nothing is read from standard input.
 */
public final class Git {

    /** Variables that redirect git to another repository, index or work tree than the one in the folder. */
    private static final List<String> REDIRECTING = List.of("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE",
            "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_COMMON_DIR", "GIT_NAMESPACE",
            "GIT_PREFIX");

    /** User and password (or token) in an http(s) URL, {@code https://x-access-token:SECRET@github.com/}. */
    private static final Pattern CREDENTIALS = Pattern.compile("(?i)(https?://)[^/@\\s]+@");

    /**
     * What one command did.
     *
     * @param exitCode the process's exit code, 0 for success
     * @param out      standard output
     * @param err      standard error
     */
    public record Result(int exitCode, String out, String err) {

        public boolean ok() {
            return exitCode == 0;
        }
    }

    private final String executable;
    private final Map<String, String> environment;
    private final Consumer<String> trace;

    /**
     * @param executable the git program, usually {@code git} (found on the PATH)
     * @param trace      receives each command before it runs, credentials masked; for debug logs
     */
    public Git(String executable, Consumer<String> trace) {
        this(executable, Map.of(), trace);
    }

    /** With extra environment variables, e.g. {@code GIT_CONFIG_GLOBAL} so tests do not see the user's settings. */
    Git(String executable, Map<String, String> environment, Consumer<String> trace) {
        this.executable = executable;
        this.environment = Map.copyOf(environment);
        this.trace = trace;
    }

    /** Runs {@code git <args>} in {@code directory}; fails only when git cannot be started at all. */
    public Result run(Path directory, String... args) {
        List<String> command = new ArrayList<>(args.length + 1);
        command.add(executable);
        command.addAll(List.of(args));
        trace.accept("git " + mask(String.join(" ", args)) + "  (in " + directory + ")");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> env = builder.environment();
        REDIRECTING.forEach(env::remove);
        // Commands on the project's repository only read; this keeps git from refreshing its index on the way.
        env.put("GIT_OPTIONAL_LOCKS", "0");
        env.putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            // Standard error is drained on its own thread: a full pipe would otherwise block git forever.
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> copy(process.getErrorStream(), err), "git-stderr");
            drain.setDaemon(true);
            drain.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            drain.join();
            return new Result(exit, out, err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + executable + " (is git installed and on the PATH?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running git " + args[0], e);
        }
    }

    /** The text with user names, passwords and tokens of http(s) URLs replaced by {@code ***}. */
    public static String mask(String text) {
        return CREDENTIALS.matcher(text).replaceAll("$1***@");
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try (in) {
            in.transferTo(out);
        } catch (IOException e) {
            // The process ended or was killed; what was read so far is all there is to report.
        }
    }
}
