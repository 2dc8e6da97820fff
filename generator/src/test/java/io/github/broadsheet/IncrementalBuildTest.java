package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds with the build cache must give exactly what a clean build gives, step after step, while reusing the
 * renderings of unchanged articles and leaving unchanged output files untouched.
 */
class IncrementalBuildTest {

    @TempDir
    Path dir;

    private TestSite incremental() {
        return new TestSite(dir.resolve("project")).configure(b -> b.cacheDirectory(Path.of("target/cache")));
    }

    /** A fresh copy of the project's content, built without cache into a fresh folder. */
    private Map<String, String> cleanBuildOf(TestSite project) throws Exception {
        Path clean = dir.resolve("clean-" + System.nanoTime());
        copy(project.root().resolve("content"), clean.resolve("content"));
        TestSite site = new TestSite(clean);
        site.build();
        return tree(site.output());
    }

    @Test
    void everyStepEqualsACleanBuildByteForByte() throws Exception {
        TestSite site = incremental()
                .article("a.md", "title: Alpha\ndate: 2026-01-01\ntags: [trams, budget]", "Alpha body about trams.\n")
                .article("b.md", "title: Beta\ndate: 2026-01-02\ntags: [trams]", "Beta body about trams and buses.\n")
                .article("c.md", "title: Gamma\ndate: 2026-01-03\ntags: [budget]", "Gamma body about the budget.\n");
        site.build();
        assertThat(tree(site.output())).isEqualTo(cleanBuildOf(site));

        java.util.List<Consumer<TestSite>> steps = java.util.List.of(
                s -> s.article("b.md", "title: Beta edited\ndate: 2026-01-02\ntags: [trams]", "Beta now talks about the budget too.\n"),
                s -> s.article("d.md", "title: Delta\ndate: 2026-01-04\ntags: [Trams, new tag]", "A new article about trams.\n"),
                s -> rename(s, "a.md", "alpha-renamed.md"),
                s -> delete(s, "c.md"),
                s -> s.article("d.md", "title: Delta\ndate: 2026-01-04\ntags: [budget]", "Tags changed: no more trams.\n"));
        for (Consumer<TestSite> step : steps) {
            step.accept(site);
            site.build();
            assertThat(tree(site.output())).isEqualTo(cleanBuildOf(site));
            assertThat(site.report().rendered()).as("pages rendered again").isPositive()
                    .isLessThan(site.report().pages());
        }
        assertThat(site.output().resolve("articles/c")).doesNotExist();
        assertThat(site.output().resolve("articles/alpha-renamed/index.html")).exists();
    }

    @Test
    void aRebuildReusesRenderingsAndLeavesUnchangedFilesAlone() throws Exception {
        TestSite site = incremental()
                .article("a.md", "title: Alpha\ndate: 2026-01-01", "Alpha.\n")
                .article("b.md", "title: Beta\ndate: 2026-01-02", "Beta.\n");
        site.build();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Path page = site.output().resolve("articles/a/index.html");
        Files.setLastModifiedTime(page, old);
        site.build();
        assertThat(site.report().notes()).contains("build cache: 2 of 2 Markdown bodies reused");
        assertThat(Files.getLastModifiedTime(page)).isEqualTo(old);

        site.article("b.md", "title: Beta\ndate: 2026-01-02", "Beta, edited.\n").build();
        assertThat(site.report().notes()).contains("build cache: 1 of 2 Markdown bodies reused");
    }

    @Test
    void aCorruptCacheIsIgnored() throws Exception {
        TestSite site = incremental().article("a.md", "title: Alpha\ndate: 2026-01-01", "Alpha.\n");
        site.build();
        Files.write(site.root().resolve("target/cache/markdown.bin"), new byte[] {0, 0, 0, 5, 'h', 'e', 'l'});
        site.article("b.md", "title: Beta\ndate: 2026-01-02", "Beta.\n").build();
        assertThat(site.report().notes()).anyMatch(n -> n.contains("unreadable"));
        assertThat(site.page("articles/a/").select("h1").text()).isEqualTo("Alpha");
    }

    @Test
    void aCacheCutShortIsIgnored() throws Exception {
        TestSite site = incremental()
                .article("a.md", "title: Alpha\ndate: 2026-01-01", "Alpha.\n")
                .article("b.md", "title: Beta\ndate: 2026-01-02", "Beta.\n");
        site.build();
        Path cache = site.root().resolve("target/cache/markdown.bin");
        byte[] whole = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(whole, whole.length - 1));
        site.article("c.md", "title: Gamma\ndate: 2026-01-03", "Gamma.\n").build();
        assertThat(site.report().notes()).anyMatch(n -> n.contains("unreadable"))
                .contains("build cache: 0 of 3 Markdown bodies reused");
        assertThat(tree(site.output())).isEqualTo(cleanBuildOf(site));
    }

    @Test
    void aFailedBuildLeavesTheLastCacheAsItWas() throws Exception {
        TestSite site = incremental()
                .article("a.md", "title: Alpha\ndate: 2026-01-01", "Alpha.\n")
                .article("b.md", "title: Beta\ndate: 2026-01-02", "Beta.\n");
        site.build();
        Path cache = site.root().resolve("target/cache/markdown.bin");
        byte[] saved = Files.readAllBytes(cache);

        site.article("c.md", "title: Gamma\ndate: 2026-01-03", "Gamma links to [nowhere](../nowhere/).\n")
                .buildFailing();
        assertThat(Files.readAllBytes(cache)).isEqualTo(saved);
        try (Stream<Path> files = Files.list(cache.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("markdown.bin."));
        }

        delete(site, "c.md");
        site.article("b.md", "title: Beta\ndate: 2026-01-02", "Beta, edited.\n").build();
        assertThat(site.report().notes()).contains("build cache: 1 of 2 Markdown bodies reused");
    }

    /** Renderings come back from the cache exactly as rendered: text outside Latin-1, code, headings, quotes. */
    @Test
    void renderingsFromTheCacheEqualFreshOnes() throws Exception {
        String body = "## Über „Zürich“ — 東京 and 🚋\n\nThe “tram” isn’t late; ﬁne.\n\n"
                + "```java\nString s = \"<b>ü</b>\"; // 東京\n```\n\n## Second\n\nMore text.\n";
        TestSite site = incremental()
                .article("a.md", "title: Ünïcode “title”\ndate: 2026-01-01\ntoc: true", body)
                .article("b.md", "title: Beta\ndate: 2026-01-02", "Beta.\n");
        site.build();
        Map<String, String> first = tree(site.output());
        site.article("b.md", "title: Beta\ndate: 2026-01-02", "Beta, edited.\n").build();
        assertThat(site.report().notes()).contains("build cache: 1 of 2 Markdown bodies reused");
        assertThat(tree(site.output()).get("articles/a/index.html")).isEqualTo(first.get("articles/a/index.html"))
                .contains("東京", "🚋", "„Zürich“");
        assertThat(tree(site.output())).isEqualTo(cleanBuildOf(site));
    }

    @Test
    void aBuildWithNothingChangedSaysSoAndWritesNothing() throws Exception {
        TestSite site = incremental()
                .article("a.md", "title: Alpha\ndate: 2026-01-01\ntags: [trams]", "Alpha.\n")
                .article("b.md", "title: Beta\ndate: 2026-01-02", "Beta.\n");
        site.build();
        assertThat(site.report().upToDate()).isFalse();
        Map<String, FileTime> before = times(site.output());

        site.build();
        assertThat(site.report().upToDate()).isTrue();
        assertThat(site.report().rendered()).isZero();
        assertThat(site.report().summary()).startsWith("up to date, nothing rebuilt: 2 articles, ")
                .contains(" pages unchanged");
        assertThat(times(site.output())).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(site.output().getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("public", "cache");
        }

        // Saving a file without changing it (same bytes, new time) changes nothing either.
        Path source = site.root().resolve("content/articles/a.md");
        Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        site.build();
        assertThat(site.report().upToDate()).isTrue();
        assertThat(times(site.output())).isEqualTo(before);
    }

    @Test
    void everyKindOfChangeRebuildsAndEqualsACleanBuild() throws Exception {
        TestSite site = incremental()
                .article("a.md", "title: Alpha\ndate: 2026-01-01\ntags: [trams]", "Alpha.\n")
                .article("b.md", "title: Beta\ndate: 2026-01-02", "Beta.\n");
        site.build();
        Map<String, String> changes = new java.util.LinkedHashMap<>();
        changes.put("an edited article", "edit");
        changes.put("a project template", "template");
        changes.put("a project static file", "static");
        changes.put("an output file deleted", "deleteOutput");
        changes.put("an output file edited", "editOutput");
        for (Map.Entry<String, String> change : changes.entrySet()) {
            switch (change.getValue()) {
                case "edit" -> site.article("b.md", "title: Beta two\ndate: 2026-01-02", "Beta, edited.\n");
                case "template" -> site.file("templates/partials/footer.ftlh", "<footer>Our own footer</footer>\n");
                case "static" -> site.file("static/extra.txt", "extra\n");
                case "deleteOutput" -> Files.delete(site.output().resolve("articles/a/index.html"));
                default -> Files.writeString(site.output().resolve("articles/a/index.html"), "scribbled");
            }
            site.build();
            assertThat(site.report().upToDate()).as(change.getKey()).isFalse();
            assertThat(tree(site.output())).as(change.getKey()).isEqualTo(cleanBuildOfProject(site));
            int rendered = site.report().rendered();
            switch (change.getValue()) {
                case "edit" -> assertThat(rendered).as("pages rendered again").isPositive()
                        .isLessThan(site.report().pages());
                case "template", "static" -> assertThat(rendered).as("pages rendered again")
                        .isEqualTo(site.report().pages());
                default -> assertThat(rendered).as("only the damaged page is rendered again").isEqualTo(1);
            }
            site.build();
            assertThat(site.report().upToDate()).as("second build after " + change.getKey()).isTrue();
        }
        assertThat(site.text("articles/a/index.html")).contains("Our own footer");
        assertThat(site.text("extra.txt")).isEqualTo("extra\n");
    }

    @Test
    void aConfigurationChangeRebuilds() throws Exception {
        TestSite site = incremental().article("a.md", "title: Alpha\ndate: 2026-01-01", "Alpha.\n");
        site.build();
        site.configure(b -> b.site(new io.github.broadsheet.config.SiteSettings("Other Times", "Tests",
                "https://example.org/news/", "en", "Desk"))).build();
        assertThat(site.report().upToDate()).isFalse();
        assertThat(site.report().rendered()).isEqualTo(site.report().pages());
        assertThat(site.page("").title()).contains("Other Times");
    }

    @Test
    void anArticleIsPublishedWhenItsTimeComesEvenWithNothingElseChanged() throws Exception {
        TestSite site = incremental()
                .article("a.md", "title: Alpha\ndate: 2026-01-01", "Alpha.\n")
                .article("later.md", "title: Later\ndate: 2026-12-01T08:00:00Z", "Not yet.\n");
        site.build();
        assertThat(site.output().resolve("articles/later/index.html")).doesNotExist();

        site.configure(b -> b.now(java.time.Instant.parse("2026-11-30T00:00:00Z"))).build();
        assertThat(site.report().upToDate()).as("still before the article's date").isTrue();

        site.configure(b -> b.now(java.time.Instant.parse("2026-12-01T08:00:00Z"))).build();
        assertThat(site.report().upToDate()).isFalse();
        assertThat(site.page("articles/later/").select("h1").text()).isEqualTo("Later");
    }

    @Test
    void warningsAreRepeatedWhenNothingChanged() throws Exception {
        TestSite site = incremental()
                .article("a.md", "title: A\ndate: 2026-01-01", "See [the missing page](/news/articles/nope/).\n")
                .configure(b -> b.failOnBrokenLinks(false));
        site.build();
        List<String> warnings = site.report().warnings().stream().map(Object::toString).toList();
        assertThat(warnings).hasSize(1);
        site.build();
        assertThat(site.report().upToDate()).isTrue();
        assertThat(site.report().warnings()).extracting(Object::toString).isEqualTo(warnings);
    }

    @Test
    void aCorruptLastBuildRecordIsIgnored() throws Exception {
        TestSite site = incremental().article("a.md", "title: Alpha\ndate: 2026-01-01", "Alpha.\n");
        site.build();
        Path record;
        try (Stream<Path> files = Files.list(site.root().resolve("target/cache"))) {
            record = files.filter(f -> f.getFileName().toString().startsWith("last-build-")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(record);
        Files.write(record, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        site.build();
        assertThat(site.report().upToDate()).isFalse();
        assertThat(site.report().notes()).anyMatch(n -> n.startsWith("last-build record") && n.contains("ignored"));
        site.build();
        assertThat(site.report().upToDate()).as("the rebuild wrote a good record").isTrue();
    }

    @Test
    void aChangedAuthorBioRendersOnlyThePagesThatShowThatAuthor() throws Exception {
        TestSite site = incremental()
                .file("content/authors/jana-novak.md", "---\nname: Jana Novak\n---\nJana covers transport.\n")
                .file("content/authors/piet.md", "---\nname: Piet de Vries\n---\nPiet covers culture.\n")
                .article("p1.md", "title: Arias\ndate: 2026-01-01\nauthor: piet\ntags: [opera]", "Arias sung.\n")
                .article("p2.md", "title: Season\ndate: 2026-01-02\nauthor: piet\ntags: [opera]", "A season.\n")
                .article("j1.md", "title: Trams\ndate: 2026-01-03\nauthor: jana-novak\ntags: [trams]",
                        "Trams on line four.\n")
                .article("p3.md", "title: Tickets\ndate: 2026-01-04\nauthor: piet\ntags: [opera]", "Tickets.\n")
                .article("p4.md", "title: Tenor\ndate: 2026-01-05\nauthor: piet\ntags: [opera]", "A tenor.\n");
        site.build();
        Map<String, String> before = tree(site.output());

        site.file("content/authors/jana-novak.md", "---\nname: Jana Novak\n---\nJana covers transport and"
                + " *cycling*.\n").build();
        assertThat(tree(site.output())).isEqualTo(cleanBuildOf(site));
        assertThat(site.page("authors/jana-novak/").select(".profile-bio em").text()).isEqualTo("cycling");
        // Rendered again: the pages whose model holds a view of Jana (her bio is part of it): her page, the authors'
        // index, her article, the lists that show it (home, tags/trams/, archive, 404) and its neighbours, which name
        // it. Kept: Piet's page, his other articles, tags/opera/, the tag index and search (6 of 15).
        assertThat(site.report().rendered()).isEqualTo(9);
        assertThat(site.report().pages()).isEqualTo(15);
        // Of those, only the author's page reads differently.
        Map<String, String> after = tree(site.output());
        assertThat(after.keySet().stream().filter(f -> f.endsWith(".html") && !after.get(f).equals(before.get(f))))
                .containsExactly("authors/jana-novak/index.html");
    }

    private static void rename(TestSite site, String from, String to) {
        try {
            Path articles = site.root().resolve("content/articles");
            Files.move(articles.resolve(from), articles.resolve(to));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(TestSite site, String name) {
        try {
            Files.delete(site.root().resolve("content/articles").resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** A clean build of a copy of the whole project (content, templates, static files). */
    private Map<String, String> cleanBuildOfProject(TestSite project) throws Exception {
        Path clean = dir.resolve("clean-" + System.nanoTime());
        for (String folder : List.of("content", "templates", "static")) {
            if (Files.isDirectory(project.root().resolve(folder))) {
                copy(project.root().resolve(folder), clean.resolve(folder));
            }
        }
        TestSite site = new TestSite(clean);
        site.build();
        return tree(site.output());
    }

    private static Map<String, FileTime> times(Path root) throws IOException {
        return files(root, Files::getLastModifiedTime);
    }

    private static Map<String, String> tree(Path root) throws IOException {
        return files(root, Files::readString);
    }

    /** What {@code read} gives for each regular file below {@code root}, by relative path. */
    private static <T> Map<String, T> files(Path root, FileReader<T> read) throws IOException {
        Map<String, T> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), read.apply(file));
            }
        }
        return files;
    }

    private interface FileReader<T> {
        T apply(Path file) throws IOException;
    }
}
