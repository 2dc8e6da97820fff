package io.github.broadsheet.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.problem.BuildFailedException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher of the build JVM: the command it writes, and how it maps what a real child JVM says and does (here
 * {@link FakeChild}, and once the real {@code ForkMain}) onto the outcome, a build failure or a launcher failure.
 */
class ForkedGeneratorTest {

    private static final List<Path> TEST_CLASSPATH = Arrays.stream(System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path")).split(File.pathSeparator)).map(Path::of).toList();

    /** The test classpath with its folders packed into a jar: class-data archives take classes from jars only. */
    private static List<Path> CLASSPATH;

    @BeforeAll
    static void packFolders(@TempDir Path jars) throws IOException {
        List<Path> classpath = new ArrayList<>();
        for (Path entry : TEST_CLASSPATH) {
            if (!Files.isDirectory(entry)) {
                classpath.add(entry);
                continue;
            }
            Path jar = jars.resolve("folder-" + classpath.size() + ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                 Stream<Path> files = Files.walk(entry)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new JarEntry(entry.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
            classpath.add(jar);
        }
        CLASSPATH = List.copyOf(classpath);
    }

    @TempDir
    Path project;

    private final List<String> debug = new ArrayList<>();

    @Test
    void theCommandIsTheLauncherAndAnArgumentFileWithOptionsClasspathMainClassAndConfiguration() throws Exception {
        Path work = Files.createDirectories(project.resolve("target/broadsheet-jvm"));
        ForkedGenerator generator = new ForkedGenerator(JavaRuntime.current(),
                List.of(Path.of("/m2/a b/x.jar"), Path.of("C:\\m2\\y.jar")), List.of("-Xmx1g", "-Dq=\"quoted\""),
                work, false, debug::add);
        List<String> command = generator.command(List.of("-XX:SharedArchiveFile=/t/a.jsa"), work.resolve("config.txt"));
        assertThat(command).hasSize(2);
        assertThat(command.get(0)).isEqualTo(JavaRuntime.current().executable().toString());
        assertThat(command.get(1)).isEqualTo("@" + work.resolve("config.txt.args"));
        assertThat(Files.readAllLines(work.resolve("config.txt.args"), StandardCharsets.UTF_8)).containsExactly(
                "\"-Xmx1g\"", "\"-Dq=\\\"quoted\\\"\"", "\"-XX:SharedArchiveFile=/t/a.jsa\"", "\"-cp\"",
                "\"/m2/a b/x.jar" + File.pathSeparator + "C:\\\\m2\\\\y.jar\"", "\"io.github.broadsheet.cli.ForkMain\"",
                "\"" + work.resolve("config.txt").toString().replace("\\", "\\\\") + "\"");
    }

    @Test
    void aBuildReportsItsOutcomeWithTheDefaultOptionsAndCleansUp() throws Exception {
        BuildOutcome outcome = fake(false).build(config("ok"));
        assertThat(outcome.summary()).isEqualTo("done -> " + project.resolve("target/public"));
        assertThat(outcome.warnings()).singleElement().hasToString("a.md:2: warning: careful");
        assertThat(outcome.notes()).singleElement().asString()
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC").doesNotContain("SharedArchiveFile", "AOTCache");
        assertThat(debug).contains("build JVM: a line of someone else");
        String started = debug.stream().filter(line -> line.startsWith("starting the build JVM: ")).findFirst()
                .orElseThrow();
        Path argFile = Path.of(started.substring(started.indexOf(" @") + 2));
        assertThat(argFile).as("the argument file is deleted").doesNotExist();
        assertThat(argFile.resolveSibling(argFile.getFileName().toString().replace(".args", "")))
                .as("the configuration file is deleted").doesNotExist();
        assertThat(project.resolve("target")).as("nothing is written into the project without an archive")
                .doesNotExist();
    }

    @Test
    void aFailedFirstBuildLeavesNoArchiveNorFolderInTheProject() {
        assertThatThrownBy(() -> fake(true).build(config("fail"))).isInstanceOf(BuildFailedException.class);
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void aFailedBuildIsTheSameBuildFailure() {
        assertThatThrownBy(() -> fake(false).build(config("fail")))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> {
                    assertThat(e.problems()).singleElement().hasToString("b.md:1: missing title");
                    assertThat(e.headline()).isEqualTo("The site was not built: 1 error");
                });
    }

    @Test
    void aCrashOrAnExitWithoutOutcomeIsALauncherFailureWithWhatTheChildSaid() {
        assertThatThrownBy(() -> fake(false).build(config("crash")))
                .isInstanceOf(ForkFailedException.class).hasMessage("java.lang.IllegalStateException: unexpected");
        assertThatThrownBy(() -> fake(false).build(config("exit-7")))
                .isInstanceOf(ForkFailedException.class)
                .hasMessageStartingWith("the build JVM stopped with exit status 7 before the build ended")
                .hasMessageContaining("cannot go on");
        assertThatThrownBy(() -> fake(false).build(config("ok-exit-5")))
                .isInstanceOf(ForkFailedException.class)
                .hasMessageStartingWith("the build JVM stopped with exit status 5 after the build");
    }

    @Test
    void theUsersOptionsReplaceTheDefaults() throws Exception {
        ForkedGenerator generator = new ForkedGenerator(JavaRuntime.current(), CLASSPATH, List.of("-Xmx300m"),
                project.resolve("target/broadsheet-jvm"), false, debug::add, FakeChild.class.getName());
        assertThat(generator.build(config("ok")).notes()).singleElement().asString()
                .contains("-Xmx300m").doesNotContain("TieredStopAtLevel");
    }

    /** A site above the size limit gets the JVM's C2 compiler: its build runs long enough to pay for it. */
    @Test
    void aLargeSiteGetsTheOptionsOfALongBuild(@TempDir Path site) throws Exception {
        Path articles = Files.createDirectories(site.resolve("content/articles"));
        for (int i = 0; i < 5; i++) {
            // Jekyll's endings count as Markdown too, as the scanner reads them.
            Files.writeString(articles.resolve("a" + i + (i % 2 == 0 ? ".md" : ".markdown")), "---\ntitle: A\n---\n");
        }
        Files.writeString(articles.resolve("photo.jpg"), "not Markdown");
        Path content = site.resolve("content");
        assertThat(ForkedGenerator.defaultOptions(content, 5)).isEqualTo(ForkedGenerator.DEFAULT_OPTIONS);
        assertThat(ForkedGenerator.defaultOptions(content, 4)).isEqualTo(ForkedGenerator.LARGE_SITE_OPTIONS)
                .contains("-XX:+UseSerialGC").doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(ForkedGenerator.defaultOptions(content)).isEqualTo(ForkedGenerator.DEFAULT_OPTIONS);
        assertThat(ForkedGenerator.defaultOptions(site.resolve("missing"), 4)).isEqualTo(ForkedGenerator.DEFAULT_OPTIONS);
        // Through a link to the content folder, as a project may have it.
        Path link = Files.createSymbolicLink(site.resolve("linked"), content);
        assertThat(ForkedGenerator.defaultOptions(link, 4)).isEqualTo(ForkedGenerator.LARGE_SITE_OPTIONS);
    }

    @Test
    void theFirstBuildMakesTheArchiveAndTheNextOneUsesIt() throws Exception {
        ForkedGenerator generator = fake(true);
        assertThat(generator.build(config("ok")).notes().get(0)).contains(createOption());
        Path archive = archiveFile();
        assertThat(archive).isNotEmptyFile();
        assertThat(generator.build(config("ok")).notes().get(0)).contains(useOption() + archive);
    }

    @Test
    void aGarbageArchiveNeverFailsTheBuildAndIsMadeAnew() throws Exception {
        Path archive = archiveFile();
        Files.createDirectories(archive.getParent());
        Files.write(archive, "not an archive at all".repeat(500).getBytes(StandardCharsets.UTF_8));
        BuildOutcome outcome = fake(true).build(config("ok"));
        assertThat(outcome.summary()).startsWith("done");
        assertThat(outcome.notes().get(0)).contains(useOption() + archive);
        assertThat(archive).as("the refused archive is deleted; %s", debug).doesNotExist();
        assertThat(debug).anyMatch(line -> line.contains("could not use the class-data archive"));
        assertThat(fake(true).build(config("ok")).notes().get(0)).as("the next build makes one again")
                .contains(createOption());
        assertThat(archive).isNotEmptyFile();
    }

    @Test
    void anArchiveThatKeepsTheJvmFromStartingIsDroppedAndTheBuildRunsWithout() throws Exception {
        // With -Xshare:on the JVM refuses to start with an archive it cannot map, instead of ignoring it.
        List<String> options = List.of("-Xshare:on", "-XX:+UseSerialGC");
        ForkedGenerator generator = new ForkedGenerator(JavaRuntime.current(), CLASSPATH, options,
                project.resolve("target/broadsheet-jvm"), true, debug::add, FakeChild.class.getName());
        Path archive = ClassArchive.of(project.resolve("target/broadsheet-jvm"), JavaRuntime.current(), options,
                CLASSPATH, debug::add).orElseThrow().file();
        Files.createDirectories(archive.getParent());
        Files.write(archive, "garbage".getBytes(StandardCharsets.UTF_8));
        BuildOutcome outcome = generator.build(config("ok"));
        assertThat(outcome.summary()).startsWith("done");
        assertThat(outcome.notes().get(0)).doesNotContain(useOption());
        assertThat(debug).anyMatch(line -> line.contains("stopped before the build"));
        assertThat(archive).doesNotExist();
    }

    @Test
    void theRealEntryPointBuildsASite() throws Exception {
        Path articles = Files.createDirectories(project.resolve("content/articles"));
        Files.writeString(articles.resolve("hello.md"), "---\ntitle: Hello\ndate: 2026-01-02\n---\nHello *world*.\n");
        Files.writeString(articles.resolve("bad.md"), "---\ndate: 2026-01-02\n---\nNo title.\n");
        ForkedGenerator generator = new ForkedGenerator(JavaRuntime.current(), CLASSPATH,
                ForkedGenerator.DEFAULT_OPTIONS, project.resolve("target/broadsheet-jvm"), false, debug::add);
        SiteConfig config = SiteConfig.builder(project).now(Instant.parse("2026-11-27T00:00:00Z")).build();
        assertThatThrownBy(() -> generator.build(config)).isInstanceOfSatisfying(BuildFailedException.class,
                e -> assertThat(e.problems()).singleElement().asString()
                        .startsWith("content/articles/bad.md:1: missing title"));
        Files.delete(articles.resolve("bad.md"));
        BuildOutcome outcome = generator.build(config);
        assertThat(outcome.summary()).startsWith("1 article, ");
        assertThat(project.resolve("target/public/articles/hello/index.html")).content().contains("<em>world</em>");
    }

    private ForkedGenerator fake(boolean archive) {
        return new ForkedGenerator(JavaRuntime.current(), CLASSPATH, ForkedGenerator.DEFAULT_OPTIONS,
                project.resolve("target/broadsheet-jvm"), archive, debug::add, FakeChild.class.getName());
    }

    private Path archiveFile() {
        return ClassArchive.of(project.resolve("target/broadsheet-jvm"), JavaRuntime.current(),
                ForkedGenerator.DEFAULT_OPTIONS, CLASSPATH, debug::add).orElseThrow().file();
    }

    private static String createOption() {
        return Runtime.version().feature() >= 25 ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=";
    }

    private static String useOption() {
        return Runtime.version().feature() >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
    }

    private SiteConfig config(String title) {
        return SiteConfig.builder(project).site(new SiteSettings(title, null, null, null, null))
                .now(Instant.parse("2026-11-27T00:00:00Z")).build();
    }
}
