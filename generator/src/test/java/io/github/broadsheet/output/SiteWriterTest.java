package io.github.broadsheet.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.problem.BuildFailedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteWriterTest {

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("public");
    }

    private void build(String... files) throws Exception {
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
    void commitsTheStagedSiteAndLeavesNothingBeside() throws Exception {
        build("index.html", "articles/a/index.html");
        assertThat(Files.readString(out().resolve("articles/a/index.html"))).isEqualTo("articles/a/index.html");
        assertThat(entries(dir)).isEqualTo(1);
    }

    @Test
    void replacesOneFileOfABuiltSiteInPlaceButNothingOutsideIt() throws Exception {
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
    void withoutCommitThePreviousSiteStaysExactlyAsItWas() throws Exception {
        build("index.html");
        try (SiteWriter writer = new SiteWriter(out())) {
            writer.write("index.html", "broken".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("index.html");
        assertThat(entries(dir)).as("staging folder removed").isEqualTo(1);
    }

    @Test
    void removesWhatTheLastBuildWroteButKeepsForeignFiles() throws Exception {
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
    void refusesPathsOutsideTheOutput(String path) throws Exception {
        try (SiteWriter writer = new SiteWriter(out())) {
            assertThatThrownBy(() -> writer.write(path, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a file                   | pom.xml            | it is a file, not a folder
            a link to a file         | link.html          | it is a symbolic link to the file
            a path below a file      | pom.xml/public     | it lies below
            a broken link            | broken             | which does not exist
            """)
    void anOutputPathThatIsNoFolderIsRefusedBeforeAnythingIsWritten(String what, String output, String reason)
            throws Exception {
        Path pom = dir.resolve("pom.xml");
        Files.writeString(pom, "<project/>");
        Files.createSymbolicLink(dir.resolve("link.html"), pom);
        Files.createSymbolicLink(dir.resolve("broken"), dir.resolve("missing"));
        assertThatThrownBy(() -> new SiteWriter(dir.resolve(output)))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageContaining(dir.resolve(output).toString()).hasMessageContaining(reason)
                .hasMessageNotContaining("\n");
        assertThat(pom).isRegularFile().hasContent("<project/>");
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("pom.xml", "link.html", "broken");
        }
    }

    /** Whatever a user put into the output stays: a new site with a file or folder on its path is refused. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a file at a page's path, full rebuild       | robots.txt | robots.txt        | false
            a file where the site needs a folder        | CNAME      | CNAME/index.html  | false
            a folder's file where the site has a file   | docs/a.pdf | docs              | false
            a file at a page's path, in-place commit    | robots.txt | robots.txt        | true
            """)
    void aNewSiteNeverReplacesAFileItDidNotWrite(String what, String foreign, String page, boolean keepMost)
            throws Exception {
        build("index.html", "a/index.html", "b/index.html", "c/index.html");
        Files.createDirectories(out().resolve(foreign).getParent());
        Files.writeString(out().resolve(foreign), "the user's own");
        Map<String, SiteWriterFaultTest.Entry> before = SiteWriterFaultTest.tree(out(), true);
        try (SiteWriter writer = new SiteWriter(out())) {
            if (keepMost) {
                List.of("index.html", "a/index.html", "b/index.html", "c/index.html").forEach(writer::keep);
            } else {
                writer.write("index.html", "new home".getBytes(StandardCharsets.UTF_8));
            }
            writer.write(page, "the site's".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(writer::commit).isInstanceOf(BuildFailedException.class)
                    .hasMessageStartingWith("The site was not published: refusing to replace " + out().resolve(foreign))
                    .hasMessageContaining("Broadsheet did not write it").hasMessageNotContaining("\n");
        }
        assertThat(SiteWriterFaultTest.tree(out(), true)).isEqualTo(before);
        assertThat(entries(dir)).isEqualTo(1);
    }

    /**
     * A new output folder and its folders get the umask's mode (0755 under the usual 022), files too (0644), also
     * a private source file copied into the site and a file replaced by the live server; an existing output
     * folder keeps its own mode through both kinds of commit. Web servers reading a copy ({@code rsync -a}) need
     * this.
     */
    @Test
    void modesFollowTheUmaskAndAnExistingOutputFolderKeepsItsMode() throws Exception {
        Assumptions.assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null,
                "no POSIX file modes on this file system: modes not checked");
        String folderMode = mode(Files.createDirectory(dir.resolve("probe")));
        String fileMode = mode(Files.createFile(dir.resolve("probe.txt")));
        Path source = dir.resolve("private.css");
        Files.writeString(source, "body {}");
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-------"));
        Path output = dir.resolve("site/public");

        fullBuild(output, source, "1");
        assertThat(mode(output)).as("new output folder").isEqualTo(folderMode);
        assertThat(mode(output.resolve("css"))).as("a folder in it").isEqualTo(folderMode);
        assertThat(mode(output.resolve("index.html"))).as("a page").isEqualTo(fileMode);
        assertThat(mode(output.resolve("css/style.css"))).as("a copied private file").isEqualTo(fileMode);

        Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rwxr-x---"));
        fullBuild(output, source, "2");
        assertThat(mode(output)).as("after a full rebuild").isEqualTo("rwxr-x---");
        try (SiteWriter writer = new SiteWriter(output)) {
            List.of("a/index.html", "b/index.html", "css/style.css").forEach(writer::keep);
            writer.write("index.html", "home 3".getBytes(StandardCharsets.UTF_8));
            writer.commit();
        }
        assertThat(mode(output)).as("after an in-place commit").isEqualTo("rwxr-x---");
        assertThat(mode(output.resolve("index.html"))).as("a page replaced in place").isEqualTo(fileMode);

        SiteWriter.replaceFile(output, "a/index.html", "quick".getBytes(StandardCharsets.UTF_8));
        assertThat(mode(output.resolve("a/index.html"))).as("a page replaced by the live server").isEqualTo(fileMode);
    }

    /** A deploy setup: the output is a link to the web server's folder. It stays a link; the site goes there. */
    @Test
    void aSymbolicLinkOutputStaysALinkAndTheSiteIsWrittenWhereItPoints() throws Exception {
        Path www = Files.createDirectories(dir.resolve("www/news"));
        Files.createSymbolicLink(out(), www);
        build("index.html", "a/index.html", "gone/index.html");
        Files.writeString(www.resolve("CNAME"), "news.example.org");
        build("index.html", "b/index.html");
        try (SiteWriter writer = new SiteWriter(out())) {
            writer.keep("index.html");
            writer.keep("b/index.html");
            writer.write("c/index.html", "c".getBytes(StandardCharsets.UTF_8));
            writer.commit();
        }
        SiteWriter.replaceFile(out(), "c/index.html", "c, quick".getBytes(StandardCharsets.UTF_8));

        assertThat(out()).isSymbolicLink();
        assertThat(Files.readSymbolicLink(out())).isEqualTo(www);
        assertThat(www.resolve("index.html")).hasContent("index.html");
        assertThat(www.resolve("b/index.html")).hasContent("b/index.html");
        assertThat(www.resolve("c/index.html")).hasContent("c, quick");
        assertThat(www.resolve("gone")).doesNotExist();
        assertThat(www.resolve("CNAME")).hasContent("news.example.org");
        try (Stream<Path> beside = Files.list(www.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("news");
        }
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("public", "www");
        }
    }

    /** Leftovers of builds killed under an earlier version (or this one) are removed; a user's look-alike stays. */
    @Test
    void theNextBuildRemovesStagingAndOldFoldersLeftBesideTheOutput() throws Exception {
        build("index.html");
        Files.createDirectories(dir.resolve(".public.staging-8412345678901234567/articles"));
        Files.writeString(dir.resolve(".public.staging-8412345678901234567/articles/x.html"), "half");
        Files.createDirectories(dir.resolve(".public.old-3f2a9c"));
        Files.createDirectories(dir.resolve(".public.old-backup"));
        build("index.html");
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("public", ".public.old-backup");
        }
    }

    /**
     * An older version moved the files a user put into the output over to the new site only after its swap; a build
     * killed in between left them in the old folder alone. The next build puts them back (and no page of the old
     * site), then removes the old folder.
     */
    @Test
    void filesThatOnlyALeftoverOldFolderHoldsArePutBack() throws Exception {
        build("index.html", "a/index.html");
        Path old = Files.createDirectories(dir.resolve(".public.old-4411223344556677/.well-known"));
        Files.writeString(old.resolveSibling(SiteWriter.MANIFEST), "index.html\na/index.html\nold/index.html\n");
        Files.writeString(old.resolveSibling("index.html"), "the old home");
        Files.createDirectories(old.resolveSibling("old"));
        Files.writeString(old.resolveSibling("old/index.html"), "an old page");
        Files.writeString(old.resolveSibling("CNAME"), "news.example.org");
        Files.writeString(old.resolve("security.txt"), "Contact: desk@example.org");
        build("index.html", "a/index.html");
        assertThat(out().resolve("CNAME")).hasContent("news.example.org");
        assertThat(out().resolve(".well-known/security.txt")).hasContent("Contact: desk@example.org");
        assertThat(out().resolve("index.html")).hasContent("index.html");
        assertThat(out().resolve("old")).doesNotExist();
        assertThat(entries(dir)).isEqualTo(1);
    }

    /** Two builds of one output at once take turns: each commits a whole site, and nothing is left beside. */
    @Test
    void twoBuildsAtOnceEachCommitAWholeSite() throws Exception {
        build("index.html");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> builds = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                String variant = "v" + round;
                builds.add(pool.submit(() -> {
                    try (SiteWriter writer = new SiteWriter(out())) {
                        for (String page : List.of("index.html", "a/index.html", "b/index.html")) {
                            writer.write(page, variant.getBytes(StandardCharsets.UTF_8));
                        }
                        writer.commit();
                    }
                    return null;
                }));
            }
            for (Future<?> build : builds) {
                build.get();
            }
        } finally {
            pool.shutdown();
        }
        String home = Files.readString(out().resolve("index.html"));
        assertThat(out().resolve("a/index.html")).hasContent(home);
        assertThat(out().resolve("b/index.html")).hasContent(home);
        assertThat(entries(dir)).isEqualTo(1);
    }

    /** Every page written anew (with this variant of their text) and the stylesheet copied: a folder swap. */
    private static void fullBuild(Path output, Path stylesheet, String variant) throws Exception {
        try (SiteWriter writer = new SiteWriter(output)) {
            for (String page : List.of("index.html", "a/index.html", "b/index.html")) {
                writer.write(page, (page + variant).getBytes(StandardCharsets.UTF_8));
            }
            writer.copy("css/style.css", stylesheet);
            writer.commit();
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getFileAttributeView(path, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS).readAttributes().permissions());
    }
}
