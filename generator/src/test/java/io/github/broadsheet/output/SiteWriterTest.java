package io.github.broadsheet.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteWriterTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("public");
    }

    private void build(String... files) {
        try (SiteWriter writer = new SiteWriter(out())) {
            for (String file : files) {
                writer.write(file, file.getBytes(StandardCharsets.UTF_8));
            }
            writer.commit();
        }
    }

    private static long entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.count();
        }
    }

    @Test
    void commitsTheStagedSiteAndLeavesNothingBeside() throws IOException {
        build("index.html", "articles/a/index.html");
        assertThat(Files.readString(out().resolve("articles/a/index.html"))).isEqualTo("articles/a/index.html");
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void replacesOneFileOfABuiltSiteInPlaceButNothingOutsideIt() throws IOException {
        build("index.html", "articles/a/index.html");
        SiteWriter.replaceFile(out(), "articles/a/index.html", "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(out().resolve("articles/a/index.html"))).isEqualTo("new");
        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("index.html");
        try (Stream<Path> files = Files.list(out().resolve("articles/a"))) {
            assertThat(files).hasSize(1);
        }
        assertThatThrownBy(() -> SiteWriter.replaceFile(out(), "../outside.html", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(out().resolveSibling("outside.html")).doesNotExist();
    }

    @Test
    void withoutCommitThePreviousSiteStaysExactlyAsItWas() throws IOException {
        build("index.html");
        try (SiteWriter writer = new SiteWriter(out())) {
            writer.write("index.html", "broken".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("index.html");
        assertThat(entries(dir)).as("staging folder removed").isEqualTo(1);
    }

    @Test
    void removesWhatTheLastBuildWroteButKeepsForeignFiles() throws IOException {
        build("index.html", "articles/gone/index.html");
        Files.writeString(out().resolve("CNAME"), "example.org");
        Files.createDirectories(out().resolve(".well-known"));
        Files.writeString(out().resolve(".well-known/security.txt"), "x");
        build("index.html");
        assertThat(out().resolve("articles/gone/index.html")).doesNotExist();
        assertThat(out().resolve("CNAME")).hasContent("example.org");
        assertThat(out().resolve(".well-known/security.txt")).exists();
    }

    @Test
    void aRebuildThatKeepsMostFilesUpdatesTheOutputInPlace() throws Exception {
        build("index.html", "a/index.html", "b/index.html", "c/index.html", "e/index.html", "f/index.html",
                "gone/deep/index.html", "feed.xml");
        Files.writeString(out().resolve("CNAME"), "example.org");
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        for (String kept : List.of("a/index.html", "b/index.html", "c/index.html", "feed.xml")) {
            Files.setLastModifiedTime(out().resolve(kept), old);
        }
        Object folder = Files.readAttributes(out(), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        try (SiteWriter writer = new SiteWriter(out())) {
            writer.keep("a/index.html");
            writer.keep("b/index.html");
            writer.keep("c/index.html");
            writer.keep("e/index.html");
            writer.keep("f/index.html");
            writer.write("feed.xml", "feed.xml".getBytes(StandardCharsets.UTF_8));
            writer.write("index.html", "new home".getBytes(StandardCharsets.UTF_8));
            writer.write("d/index.html", "new page".getBytes(StandardCharsets.UTF_8));
            writer.commit();
            assertThat(writer.changedFiles()).containsExactly("d/index.html", "index.html");
        }
        assertThat(Files.readAttributes(out(), java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("the same folder, updated in place").isEqualTo(folder);
        for (String kept : List.of("a/index.html", "b/index.html", "c/index.html", "feed.xml")) {
            assertThat(Files.getLastModifiedTime(out().resolve(kept))).as(kept).isEqualTo(old);
        }
        assertThat(out().resolve("index.html")).hasContent("new home");
        assertThat(out().resolve("d/index.html")).hasContent("new page");
        assertThat(out().resolve("gone")).as("removed with its empty folders").doesNotExist();
        assertThat(out().resolve("CNAME")).hasContent("example.org");
        assertThat(Files.readAllLines(out().resolve(SiteWriter.MANIFEST))).containsExactly(
                "a/index.html", "b/index.html", "c/index.html", "d/index.html", "e/index.html", "f/index.html",
                "feed.xml", "index.html");
        assertThat(entries(dir)).as("no staging folder left").isEqualTo(1);
    }

    @Test
    void unchangedFilesKeepTheirModificationTime() throws Exception {
        build("index.html", "same.html");
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out().resolve("same.html"), old);
        Files.setLastModifiedTime(out().resolve("index.html"), old);
        try (SiteWriter writer = new SiteWriter(out())) {
            writer.write("same.html", "same.html".getBytes(StandardCharsets.UTF_8));
            writer.write("index.html", "changed".getBytes(StandardCharsets.UTF_8));
            writer.commit();
        }
        assertThat(Files.getLastModifiedTime(out().resolve("same.html"))).isEqualTo(old);
        assertThat(Files.getLastModifiedTime(out().resolve("index.html"))).isNotEqualTo(old);
        assertThat(out().resolve("index.html")).hasContent("changed");
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"../escape.html", "a/../../escape.html", "/abs.html", "a\\b.html", "a\0b", "", "."})
    void refusesPathsOutsideTheOutput(String path) {
        try (SiteWriter writer = new SiteWriter(out())) {
            assertThatThrownBy(() -> writer.write(path, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }
}
