package io.github.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.config.SiteConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgumentsTest {

    @Test
    void parsesEveryOptionInBothForms() {
        Arguments args = Arguments.parse("--content", "site/content", "--output=out", "--base-url",
                "https://example.org/news", "--title=The Daily", "--now", "2026-11-27T10:00:00+01:00",
                "--explain-related", "--no-fail-on-broken-links");

        assertThat(args.content()).isEqualTo(Path.of("site/content"));
        assertThat(args.output()).isEqualTo(Path.of("out"));
        assertThat(args.baseUrl()).isEqualTo("https://example.org/news");
        assertThat(args.title()).isEqualTo("The Daily");
        assertThat(args.now()).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
        assertThat(args.explainRelated()).isTrue();
        assertThat(args.failOnBrokenLinks()).isFalse();
        assertThat(args.help()).isFalse();
    }

    @Test
    void defaultsLeaveTheGeneratorDefaults() {
        Arguments args = Arguments.parse("--content", "c", "--output", "o");

        assertThat(args.baseUrl()).isNull();
        assertThat(args.title()).isNull();
        assertThat(args.now()).isNull();
        assertThat(args.explainRelated()).isFalse();
        assertThat(args.failOnBrokenLinks()).isTrue();
    }

    @Test
    void projectFolderIsTheParentOfTheContentFolder(@TempDir Path dir) {
        SiteConfig config = Arguments.parse("--content", dir.resolve("corpus/content").toString(),
                "--output", dir.resolve("out").toString(), "--base-url", "https://example.org/news").toConfig();

        assertThat(config.layout().baseDirectory()).isEqualTo(dir.resolve("corpus").toAbsolutePath());
        assertThat(config.layout().contentDirectory()).isEqualTo(dir.resolve("corpus/content").toAbsolutePath());
        assertThat(config.layout().outputDirectory()).isEqualTo(dir.resolve("out").toAbsolutePath());
        assertThat(config.site().baseUrl()).isEqualTo("https://example.org/news/");
    }

    @Test
    void theBuildCacheIsUsedOnlyWhenGiven(@TempDir Path dir) {
        String content = dir.resolve("corpus/content").toString();
        String out = dir.resolve("out").toString();
        assertThat(Arguments.parse("--content", content, "--output", out).toConfig().layout().cacheDirectory())
                .isNull();
        Arguments cached = Arguments.parse("--content", content, "--output", out, "--cache", "cache-dir", "--verbose");
        assertThat(cached.verbose()).isTrue();
        assertThat(cached.toConfig().layout().cacheDirectory()).isEqualTo(Path.of("cache-dir").toAbsolutePath());
    }

    @Test
    void rejectsBadCommandLines() {
        assertThatThrownBy(() -> Arguments.parse("--output", "o")).hasMessage("--content is required");
        assertThatThrownBy(() -> Arguments.parse("--content", "c")).hasMessage("--output is required");
        assertThatThrownBy(() -> Arguments.parse("--content")).hasMessage("--content needs a value");
        assertThatThrownBy(() -> Arguments.parse("--content", "c", "--output", "o", "--fast"))
                .hasMessage("unknown argument: --fast");
        assertThatThrownBy(() -> Arguments.parse("--content", "c", "--output", "o", "--now", "yesterday"))
                .hasMessageContaining("not an ISO 8601 date-time");
        assertThatThrownBy(() -> Arguments.parse("--content", "c", "--output", "o", "--base-url", "example.org")
                .toConfig()).isInstanceOf(Arguments.UsageException.class).hasMessageContaining("absolute");
        assertThatThrownBy(() -> Arguments.parse("--content", "c", "--output", "o", "--explain-related=yes"))
                .hasMessageContaining("takes no value");
    }

    @Test
    void helpNeedsNothingElse() {
        assertThat(Arguments.parse("--help").help()).isTrue();
    }

    @Test
    void mainBuildsASiteAndPrintsOneLine(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(articles.resolve("hello.md"), "---\ntitle: Hello\ndate: 2026-01-02\n---\nHi.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Main.run(new String[] {"--content", dir.resolve("content").toString(), "--output",
                dir.resolve("public").toString(), "--now", "2026-11-27T00:00:00Z"}, print(out), print(err));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Broadsheet: 1 article, ").hasLineCount(1);
        assertThat(dir.resolve("public/articles/hello/index.html")).exists();
    }

    @Test
    void mainListsProblemsAndFails(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("content/articles"));
        Files.writeString(articles.resolve("bad.md"), "---\ndate: 2026-01-02\n---\nNo title.\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Main.run(new String[] {"--content", dir.resolve("content").toString(), "--output",
                dir.resolve("public").toString()}, print(new ByteArrayOutputStream()), print(err));

        assertThat(status).isEqualTo(Main.BUILD_FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("bad.md").contains("title");
        assertThat(dir.resolve("public")).doesNotExist();
    }

    @Test
    void badCommandLineExitsWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(Main.run(new String[] {"--output", "o"}, print(new ByteArrayOutputStream()), print(err)))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--content is required").contains("usage:");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
