package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds small sites end to end with the default theme and checks what a reader would see. */
class GeneratorTest {

    /** The headlines of a front page in the order shown: lead story, top stories, section blocks, latest. */
    static final String HEADLINES = "main .lead-title a, main .story-title a, main .card-title a";

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir);
    }

    private TestSite threeArticles() {
        return site()
                .article("2026-01-10-first.md", "title: First story\ndate: 2026-01-10\ntags: [Trams, budget]",
                        "First body with a [link to the second](../second/).\n")
                .article("2026-02-10-second.md", "title: Second story\ndate: 2026-02-10 09:30\ntags: [trams]\nauthor: Jana",
                        "## Section\n\nSecond body.\n")
                .article("nested/2026-03-10-third.md", "title: Third story\ndate: 2026-03-10T08:00:00+01:00\ntags: budget",
                        "Third body.\n")
                .article("2026-04-01-draft.md", "title: Draft story\ndate: 2026-04-01\ndraft: true", "Not yet.\n")
                .article("2027-01-01-future.md", "title: Future story\ndate: 2027-01-01", "Later.\n");
    }

    @Test
    void writesIndexAndOnePagePerPublishedArticle() throws Exception {
        TestSite site = threeArticles().build();
        Document index = site.page("");
        // The front page: the newest story leads, the others are top stories beside it.
        assertThat(index.select(HEADLINES)).extracting(Element::text)
                .containsExactly("Third story", "Second story", "First story");
        assertThat(index.select(HEADLINES).first().attr("href")).isEqualTo("/news/articles/third/");
        for (String slug : List.of("first", "second", "third")) {
            assertThat(site.page("articles/" + slug + "/").select("h1").text()).endsWith("story");
        }
        assertThat(site.output().resolve("articles/draft")).doesNotExist();
        assertThat(site.output().resolve("articles/future")).doesNotExist();
        assertThat(site.report().articles()).isEqualTo(3);
    }

    @Test
    void articlePageShowsTitleDateAuthorTagsBodyAndNeighbours() throws Exception {
        Document page = threeArticles().build().page("articles/second/");
        assertThat(page.title()).isEqualTo("Second story – Test Times");
        assertThat(page.select("time").first().attr("datetime")).isEqualTo("2026-02-10T09:30Z");
        assertThat(page.select(".byline .author").text()).isEqualTo("By Jana");
        assertThat(page.select("article.article .tag-list a")).extracting(Element::text).containsExactly("Trams");
        assertThat(page.select(".article-body h2#section").text()).isEqualTo("Section");
        assertThat(page.select("a[rel=prev]").attr("href")).isEqualTo("/news/articles/first/");
        assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/news/articles/third/");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void paginatesTheIndex() throws Exception {
        TestSite site = site().configure(b -> b.pageSize(2));
        for (int i = 1; i <= 5; i++) {
            site.article("a" + i + ".md", "title: Story " + i + "\ndate: 2026-01-0" + i, "Body.\n");
        }
        site.build();
        assertThat(site.page("").select(HEADLINES).eachText()).containsExactly("Story 5", "Story 4");
        assertThat(site.page("page/2/").select("main article h2").text()).contains("Story 3", "Story 2");
        assertThat(site.page("page/3/").select("main article")).hasSize(1);
        assertThat(site.page("").select("a[rel=next]").attr("href")).isEqualTo("/news/page/2/");
        assertThat(site.page("page/2/").select("a[rel=prev]").attr("href")).isEqualTo("/news/");
    }

    @Test
    void numbersOnlyTheFirstLastAndNearestPages() throws Exception {
        TestSite site = site().configure(b -> b.pageSize(1));
        for (int i = 1; i <= 12; i++) {
            site.article("a" + i + ".md", "title: Story " + i + "\ndate: 2026-01-" + (10 + i), "Body.\n");
        }
        site.build();
        Document middle = site.page("page/6/");
        assertThat(middle.select(".pagination ol li").eachText())
                .containsExactly("1", "…", "4", "5", "6", "7", "8", "…", "12");
        assertThat(middle.select(".pagination ol a").eachAttr("href")).containsExactly("/news/", "/news/page/4/",
                "/news/page/5/", "/news/page/7/", "/news/page/8/", "/news/page/12/");
        assertThat(middle.select(".pagination [aria-current=page]").text()).isEqualTo("6");
        assertThat(site.page("").select(".pagination ol li").eachText()).containsExactly("1", "2", "3", "…", "12");
        assertThat(site.page("page/3/").select(".pagination ol li").eachText())
                .containsExactly("1", "2", "3", "4", "5", "…", "12");
        assertThat(site.page("page/12/").select(".pagination ol li").eachText())
                .containsExactly("1", "…", "10", "11", "12");
    }

    @Test
    void everyInternalLinkResolvesToAGeneratedFile() throws Exception {
        TestSite site = threeArticles().build();
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element link : doc.select("a[href], link[href]")) {
                    String href = link.attr("href");
                    if (href.startsWith("https://") || href.startsWith("#")) {
                        continue;
                    }
                    String path = URI.create("https://example.org" + pageUrl(site, file)).resolve(href).getPath();
                    assertThat(path).as("link %s on %s", href, file).startsWith("/news/");
                    Path target = site.output().resolve(path.substring("/news/".length()));
                    if (!Files.isRegularFile(target) && !Files.isRegularFile(target.resolve("index.html"))) {
                        broken.add(site.output().relativize(file) + " -> " + href);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    private static String pageUrl(TestSite site, Path file) {
        String relative = site.output().relativize(file).toString().replace('\\', '/');
        return "/news/" + relative.replaceFirst("index\\.html$", "");
    }

    @Test
    void escapesTitlesSummariesAndTagsEverywhere() throws Exception {
        TestSite site = site().article("x.md", """
                title: "<script>alert(1)</script> & \\"quotes\\""
                date: 2026-01-01
                summary: "<img src=x onerror=alert(1)> & co"
                author: "<b>Bold</b>"
                tags: ["<script>tag</script>", "A&B"]""", "Body.\n").build();
        for (String path : List.of("", "articles/x/", "tags/", "tags/script-tag-script/", "tags/a-and-b/", "authors/",
                "authors/b-bold-b/")) {
            Document page = site.page(path);
            assertThat(page.select("script:not([type=application/ld+json])")).as("scripts on %s", path).isEmpty();
            assertThat(page.select("script[type=application/ld+json]").html()).doesNotContain("<");
            assertThat(page.select("img[onerror], b")).as("injected elements on %s", path).isEmpty();
        }
        Document article = site.page("articles/x/");
        assertThat(article.select("h1").text()).isEqualTo("<script>alert(1)</script> & \u201Cquotes\u201D");
        assertThat(article.select("meta[name=description]").attr("content")).isEqualTo("<img src=x onerror=alert(1)> & co");
    }

    @Test
    void reportsEveryBadFileAtOnceAndKeepsThePreviousSite() throws Exception {
        TestSite site = threeArticles().build();
        byte[] before = Files.readAllBytes(site.output().resolve("index.html"));
        site.article("bad-1.md", "date: 2026-01-01", "No title.\n")
                .article("bad-2.md", "title: T\ndate: someday", "Bad date.\n")
                .file("content/articles/bad-3.md", "---\ntitle: [unclosed\n---\n");
        BuildFailedException failure = site.buildFailing();
        assertThat(failure.problems()).extracting(p -> p.toString().replace('\\', '/'))
                .containsExactly(
                        "content/articles/bad-1.md:1: missing title: every article needs 'title: ...' in its front-matter",
                        "content/articles/bad-2.md:3: date 'someday' is not a date; use 2026-11-27, 2026-11-27T09:30:00+01:00 or 2026-11-27 09:30",
                        failure.problems().get(2).toString());
        assertThat(failure.problems().get(2).toString()).startsWith("content/articles/bad-3.md:2: malformed YAML");
        assertThat(failure.getMessage()).contains("bad-1.md", "bad-2.md", "bad-3.md");
        assertThat(Files.readAllBytes(site.output().resolve("index.html"))).isEqualTo(before);
        assertThat(site.output().resolve("articles/first/index.html")).exists();
        try (Stream<Path> beside = Files.list(dir.resolve("target"))) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("public");
        }
    }

    @Test
    void twoArticlesOnOneUrlNameBothFiles() {
        BuildFailedException failure = site()
                .article("2026-01-01-same.md", "title: A\ndate: 2026-01-01", "")
                .article("other/same.md", "title: B\ndate: 2026-01-02", "")
                .buildFailing();
        assertThat(failure.problems()).extracting(Problem::toString).containsExactly(
                "content/articles/2026-01-01-same.md: /articles/same/index.html is written twice: by its page"
                        + " /articles/same/ and by the page /articles/same/ of content/articles/other/same.md; set"
                        + " another 'slug:', or, if two articles of different days share the slug, put the date into"
                        + " the permalink setting (e.g. /:year/:month/:day/:slug/)",
                "content/articles/other/same.md: /articles/same/index.html is written twice: by its page"
                        + " /articles/same/ and by the page /articles/same/ of content/articles/2026-01-01-same.md; set"
                        + " another 'slug:', or, if two articles of different days share the slug, put the date into"
                        + " the permalink setting (e.g. /:year/:month/:day/:slug/)");
    }

    @Test
    void oneSlugOnDifferentDaysBuildsWhenThePermalinkHoldsTheDate() throws Exception {
        TestSite site = site()
                .article("2025-06-01-survey.md", "title: Survey 2025\ndate: 2025-06-01", "")
                .article("2026-06-01-survey.md", "title: Survey 2026\ndate: 2026-06-01", "")
                .configure(b -> b.permalink("/:year/:month/:day/:slug/"))
                .build();
        assertThat(site.page("2025/06/01/survey/").select("h1").text()).isEqualTo("Survey 2025");
        assertThat(site.page("2026/06/01/survey/").select("h1").text()).isEqualTo("Survey 2026");
    }

    @Test
    void copiesBundleFilesNextToTheArticle() throws Exception {
        TestSite site = site()
                .article("2026-07-river/index.md", "title: River\ndate: 2026-07-01\nslug: river-gauge",
                        "![Gauge](gauge.svg)\n")
                .file("content/articles/2026-07-river/gauge.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .build();
        assertThat(site.output().resolve("articles/river-gauge/gauge.svg")).exists();
        assertThat(site.page("articles/river-gauge/").select("img").attr("alt")).isEqualTo("Gauge");
    }

    @Test
    void buildsAreByteForByteReproducible() throws Exception {
        TestSite first = threeArticles().build();
        List<String> one = snapshot(first.output());
        first.build();
        assertThat(snapshot(first.output())).isEqualTo(one);
    }

    static List<String> snapshot(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return root.relativize(f) + " " + java.util.Arrays.hashCode(Files.readAllBytes(f));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void tagPagesListTheirArticlesNewestFirst() throws Exception {
        TestSite site = threeArticles().build();
        Document trams = site.page("tags/trams/");
        assertThat(trams.select("h1").text()).isEqualTo("Trams");
        assertThat(trams.select("main article h2 a")).extracting(Element::text)
                .containsExactly("Second story", "First story");
        Document index = site.page("tags/");
        assertThat(index.select(".tag-index li a")).extracting(Element::text).containsExactly("budget", "Trams");
        assertThat(index.select(".tag-index li .count")).extracting(Element::text).containsExactly("2", "2");
    }
}
