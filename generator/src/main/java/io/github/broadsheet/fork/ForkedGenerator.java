package io.github.broadsheet.fork;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.MarkdownFiles;
import io.github.broadsheet.problem.BuildFailedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs a build in a JVM of its own, started for it with options that suit a short parallel batch job, and reports
 * it as a build in the caller's JVM would: a {@link BuildOutcome}, or a {@link BuildFailedException} with the same
 * problems. The child is {@code io.github.broadsheet.cli.ForkMain}; it reads the configuration from a file
 * ({@link ConfigText}) and answers in the {@link ChildProtocol} on its standard output. Whatever else it prints
 * goes to the debug log. With a work folder for it, the child uses a {@link ClassArchive} of the generator's
 * classes, made by the first build; a build that used one and did not even start runs again without it.
 */
public final class ForkedGenerator {

    /**
     * The options a build JVM gets unless the caller names its own. Measured on 2 cores (bench/README.md): the
     * C1 compiler alone and the serial collector finish a build of 1,000 or 10,000 articles sooner and in less
     * memory than the JVM's defaults, whose C2 compiler spends a third of a short build's CPU on code that runs
     * only a few seconds; headless, so that image code never opens a window system.
     */
    public static final List<String> DEFAULT_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Djava.awt.headless=true");

    /**
     * The options for a site of more than {@link #LARGE_SITE} articles: the JVM's own compilers (C1, then C2 for
     * the hot code). A build of 100,000 articles runs for minutes, long enough for C2's faster code to pay for its
     * compiling: measured through {@code mvn site:generate} with {@code -Xmx2g}, 184 s and 269 CPU-s against 325 s
     * and 382 CPU-s with C1 alone (bench/README.md).
     */
    public static final List<String> LARGE_SITE_OPTIONS = List.of("-XX:+UseSerialGC", "-Djava.awt.headless=true");

    /**
     * Markdown files above which a site gets {@link #LARGE_SITE_OPTIONS}: C1 alone is ahead at 10,000 articles and
     * behind at 100,000 (bench/README.md); the change-over lies between them.
     */
    static final long LARGE_SITE = 30_000;

    static final String MAIN_CLASS = "io.github.broadsheet.cli.ForkMain";

    /**
     * The options a build JVM gets for the site of {@code contentDirectory} when the caller names none:
     * {@link #DEFAULT_OPTIONS}, or {@link #LARGE_SITE_OPTIONS} when it holds more than {@link #LARGE_SITE}
     * Markdown files (counted up to that many: a fraction of a second for 100,000 files).
     */
    public static List<String> defaultOptions(Path contentDirectory) {
        return defaultOptions(contentDirectory, LARGE_SITE);
    }

    static List<String> defaultOptions(Path contentDirectory, long largeSite) {
        return markdownFiles(contentDirectory, largeSite + 1) > largeSite ? LARGE_SITE_OPTIONS : DEFAULT_OPTIONS;
    }

    /** Markdown files under {@code folder}, counted up to {@code limit}; 0 when it cannot be read. */
    private static long markdownFiles(Path folder, long limit) {
        try (Stream<Path> files = Files.walk(folder.toRealPath())) {
            return files.filter(file -> MarkdownFiles.isMarkdown(file.getFileName().toString())).limit(limit).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
    private static final int STDERR_LINES = 40;
    private static final Pattern ARCHIVE_PROBLEM = Pattern.compile("\\[(warning|error) *\\]\\[(cds|aot)[\\],+]");

    private final JavaRuntime jdk;
    private final List<Path> classpath;
    private final List<String> options;
    private final Path workDirectory;
    private final boolean archive;
    private final Consumer<String> progress;
    private final Consumer<String> debug;
    private final String mainClass;

    /**
     * @param jdk           the JDK to start
     * @param classpath     the generator, the themes and their dependencies (jars)
     * @param options       JVM options, e.g. {@link #DEFAULT_OPTIONS}
     * @param workDirectory where the class-data archive is kept (created by the first successful build)
     * @param archive       use (and make) a class-data archive where the JDK supports one
     * @param debug         where the child's other output and the archive's story go
     */
    public ForkedGenerator(JavaRuntime jdk, List<Path> classpath, List<String> options, Path workDirectory,
                           boolean archive, Consumer<String> debug) {
        this(jdk, classpath, options, workDirectory, archive, debug, line -> { }, MAIN_CLASS);
    }

    /** @param progress told the child's progress lines as they come ({@code rendering 6,200 of 14,940 pages}) */
    public ForkedGenerator(JavaRuntime jdk, List<Path> classpath, List<String> options, Path workDirectory,
                           boolean archive, Consumer<String> debug, Consumer<String> progress) {
        this(jdk, classpath, options, workDirectory, archive, debug, progress, MAIN_CLASS);
    }

    ForkedGenerator(JavaRuntime jdk, List<Path> classpath, List<String> options, Path workDirectory,
                    boolean archive, Consumer<String> debug, String mainClass) {
        this(jdk, classpath, options, workDirectory, archive, debug, line -> { }, mainClass);
    }

    ForkedGenerator(JavaRuntime jdk, List<Path> classpath, List<String> options, Path workDirectory,
                    boolean archive, Consumer<String> debug, Consumer<String> progress, String mainClass) {
        this.progress = progress;
        this.jdk = jdk;
        this.classpath = List.copyOf(classpath);
        this.options = List.copyOf(options);
        this.workDirectory = workDirectory;
        this.archive = archive;
        this.debug = debug;
        this.mainClass = mainClass;
    }

    /**
     * Builds the site in a new JVM.
     *
     * @throws BuildFailedException the build found problems (the child's, as it found them)
     * @throws ForkFailedException  the child did not say how the build ended
     */
    public BuildOutcome build(SiteConfig config) throws BuildFailedException {
        try {
            // In the temporary folder: a build that fails before it writes anything leaves nothing in the project.
            Path configFile = Files.createTempFile("broadsheet-config-", ".txt");
            try {
                Files.writeString(configFile, ConfigText.write(config), StandardCharsets.UTF_8);
                return build(config.layout().baseDirectory(), configFile);
            } finally {
                Files.deleteIfExists(argFile(configFile));
                Files.deleteIfExists(configFile);
            }
        } catch (IOException e) {
            throw new ForkFailedException("cannot start the build JVM: " + e, e);
        }
    }

    private BuildOutcome build(Path baseDirectory, Path configFile) throws IOException, BuildFailedException {
        Optional<ClassArchive> classes = archive
                ? ClassArchive.of(workDirectory, jdk, options, classpath, debug) : Optional.empty();
        if (classes.isEmpty()) {
            return run(baseDirectory, command(List.of(), configFile)).outcome();
        }
        ClassArchive cds = classes.get();
        if (cds.ready()) {
            debug.accept("using the class-data archive " + cds.file());
            Run run = run(baseDirectory, command(cds.useOptions(), configFile));
            if (run.ended()) {
                if (run.archiveRefused()) {
                    debug.accept("the build JVM could not use the class-data archive; the next build makes a new one");
                    cds.discard(cds.file());
                }
                return run.outcome();
            }
            // The JVM did not get as far as the build: never let an archive be the reason.
            debug.accept("the build JVM stopped before the build (exit status " + run.status()
                    + "); deleting the class-data archive and building without it");
            cds.discard(cds.file());
            return run(baseDirectory, command(List.of(), configFile)).outcome();
        }
        Path pending = cds.pendingFile();
        debug.accept("making the class-data archive " + cds.file());
        Run run = run(baseDirectory, command(cds.createOptions(pending), configFile));
        if (run.built() && run.status() != 0) {
            // The site was built; the JVM failed only in writing the archive as it exited.
            debug.accept("the build JVM could not write the class-data archive (exit status " + run.status() + ")");
            cds.discard(pending);
            return run.outcomeWhatever();
        }
        if (run.ended()) {
            // Only a build that succeeded keeps its archive: a failed one leaves the project as it was.
            if (run.built()) {
                cds.keep(pending);
            } else {
                cds.discard(pending);
            }
            return run.outcome();
        }
        cds.discard(pending);
        debug.accept("the build JVM stopped before the build (exit status " + run.status()
                + "); building without a class-data archive");
        return run(baseDirectory, command(List.of(), configFile)).outcome();
    }

    /** The child's command line: the launcher, then an argument file (no command-line length limit applies). */
    List<String> command(List<String> archiveOptions, Path configFile) throws IOException {
        List<String> args = new ArrayList<>(options);
        args.addAll(archiveOptions);
        args.add("-cp");
        args.add(String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        args.add(mainClass);
        args.add(configFile.toString());
        Path argFile = argFile(configFile);
        StringBuilder text = new StringBuilder();
        for (String arg : args) {
            text.append(quoted(arg)).append('\n');
        }
        Files.writeString(argFile, text, StandardCharsets.UTF_8);
        return List.of(jdk.executable().toString(), "@" + argFile);
    }

    private static Path argFile(Path configFile) {
        return configFile.resolveSibling(configFile.getFileName() + ".args");
    }

    /** An argument file's quoted argument: backslashes and quotes escaped, as the launcher reads them. */
    static String quoted(String arg) {
        return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private Run run(Path directory, List<String> command) throws IOException {
        debug.accept("starting the build JVM: " + String.join(" ", command));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).start();
        process.getOutputStream().close();
        CompletableFuture<Deque<String>> stderr = CompletableFuture.supplyAsync(() -> tail(process.getErrorStream()));
        ChildProtocol.Receiver receiver = new ChildProtocol.Receiver(progress);
        List<String> other = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!receiver.accept(line)) {
                    other.add(line);
                }
            }
        }
        int status;
        try {
            status = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ForkFailedException("interrupted while the build JVM ran", e);
        }
        Deque<String> errors = stderr.join();
        other.forEach(line -> debug.accept("build JVM: " + line));
        errors.forEach(line -> debug.accept("build JVM (stderr): " + line));
        boolean refused = receiver.sharingOff() || other.stream().anyMatch(ForkedGenerator::archiveProblem)
                || errors.stream().anyMatch(ForkedGenerator::archiveProblem);
        return new Run(receiver, status, errors, refused);
    }

    /** A warning or error of the JVM's class-data sharing, as JDK 25's unified logging prints it by default. */
    static boolean archiveProblem(String line) {
        return ARCHIVE_PROBLEM.matcher(line).find();
    }

    /** The last lines of a stream, read to its end (so the child never blocks on a full pipe). */
    private static Deque<String> tail(InputStream stream) {
        Deque<String> lines = new ArrayDeque<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.addLast(line);
                if (lines.size() > STDERR_LINES) {
                    lines.removeFirst();
                }
            }
        } catch (IOException e) {
            lines.addLast("(standard error unreadable: " + e + ")");
        }
        return lines;
    }

    /** One run of the child: what it said, its exit status and the end of its standard error. */
    private record Run(ChildProtocol.Receiver receiver, int status, Deque<String> stderr, boolean archiveRefused) {

        /** The child reported how the build ended (or that it crashed in it). */
        boolean ended() {
            try {
                return receiver.crash().isPresent() || receiver.outcome().isPresent();
            } catch (BuildFailedException e) {
                return true;
            }
        }

        /** The child reported a built site. */
        boolean built() {
            try {
                return receiver.outcome().isPresent();
            } catch (BuildFailedException e) {
                return false;
            }
        }

        /** The site the child reported built, whatever its exit status. */
        BuildOutcome outcomeWhatever() throws BuildFailedException {
            return receiver.outcome().orElseThrow();
        }

        BuildOutcome outcome() throws BuildFailedException {
            Optional<String> crash = receiver.crash();
            if (crash.isPresent()) {
                throw new ForkFailedException(crash.get());
            }
            Optional<BuildOutcome> outcome = receiver.outcome();
            if (outcome.isPresent() && status == 0) {
                return outcome.get();
            }
            throw new ForkFailedException("the build JVM stopped with exit status " + status
                    + (outcome.isPresent() ? " after the build" : " before the build ended")
                    + (stderr.isEmpty() ? "" : ":" + System.lineSeparator() + String.join(System.lineSeparator(), stderr)));
        }
    }
}
