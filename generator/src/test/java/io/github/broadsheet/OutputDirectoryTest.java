package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.problem.BuildFailedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever the output directory is set to, a build never damages what is there: a path that is a file (or a link
 * to one, or lies below one) fails the build with one line before anything is written, a link that leads to the
 * project folder is refused like the folder itself, and a link to a deploy folder stays a link through every
 * kind of rebuild, the site written where it points.
 */
class OutputDirectoryTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the project's pom.xml       | pom.xml            | it is a file, not a folder
            a link to pom.xml           | site.html          | it is a symbolic link to the file
            a folder below pom.xml      | pom.xml/public     | which is a file
            """)
    void anOutputPathThatIsAFileFailsTheBuildAndIsLeftAsItWas(String what, String output, String reason)
            throws Exception {
        TestSite site = new TestSite(dir).article("a.md", "title: A\ndate: 2026-01-01", "Body.\n")
                .file("pom.xml", "<project/>\n")
                .configure(b -> b.outputDirectory(Path.of(output)));
        Files.createSymbolicLink(dir.resolve("site.html"), Path.of("pom.xml"));
        BuildFailedException failure = site.buildFailing();
        assertThat(failure.getMessage()).startsWith("refusing output directory " + dir.resolve(output))
                .contains(reason).doesNotContain("\n");
        assertThat(dir.resolve("pom.xml")).isRegularFile().hasContent("<project/>");
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("content", "pom.xml", "site.html");
        }
    }

    @Test
    void aLinkToTheProjectFolderIsRefusedLikeTheFolderItself() throws Exception {
        Path project = dir.resolve("project");
        TestSite site = new TestSite(project).article("a.md", "title: A\ndate: 2026-01-01", "Body.\n")
                .configure(b -> b.outputDirectory(Path.of("target/public")));
        Files.createDirectories(project.resolve("target"));
        Files.createSymbolicLink(project.resolve("target/public"), Path.of(".."));
        assertThat(site.buildFailing().getMessage()).contains("(a symbolic link to " + project + ")")
                .contains("it is the project folder");
        assertThat(project.resolve("target/public")).isSymbolicLink();
        assertThat(project.resolve("index.html")).doesNotExist();
    }

    @Test
    void aLinkedOutputStaysALinkThroughFullAndIncrementalRebuilds() throws Exception {
        Path project = dir.resolve("project");
        Path www = Files.createDirectories(dir.resolve("www/news"));
        TestSite site = new TestSite(project).configure(b -> b.cacheDirectory(Path.of("target/cache")))
                .article("a.md", "title: Alpha\ndate: 2026-01-01\ntags: [trams]", "Alpha.\n")
                .article("b.md", "title: Beta\ndate: 2026-01-02", "Beta.\n");
        Files.createDirectories(project.resolve("target"));
        Files.createSymbolicLink(site.output(), www);
        site.build();
        Files.writeString(www.resolve("CNAME"), "news.example.org");
        site.article("b.md", "title: Beta two\ndate: 2026-01-02", "Beta, edited.\n").build();
        assertThat(site.report().rendered()).as("an incremental rebuild").isLessThan(site.report().pages());
        site.file("templates/partials/footer.ftlh", "<footer>Our own footer</footer>\n").build();
        site.build();
        assertThat(site.report().upToDate()).isTrue();

        assertThat(site.output()).isSymbolicLink();
        assertThat(site.page("articles/b/").select("h1").text()).isEqualTo("Beta two");
        assertThat(www.resolve("articles/b/index.html")).isRegularFile();
        assertThat(www.resolve("CNAME")).hasContent("news.example.org");
        try (Stream<Path> beside = Files.list(www.getParent())) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("news");
        }
        try (Stream<Path> beside = Files.list(project.resolve("target"))) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("public", "cache");
        }
    }
}
