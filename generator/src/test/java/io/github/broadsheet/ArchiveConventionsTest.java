package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conventions of Jekyll and Hugo archives, accepted as they are (issue #18): what a newsroom copies from its
 * old site into {@code content/articles/} builds, keeps its URLs, and what is not an article is reported.
 */
class ArchiveConventionsTest {

    @TempDir
    Path dir;

    @Test
    void everyMarkdownEndingIsAnArticleAndOtherFilesAreReported() throws Exception {
        TestSite site = new TestSite(dir)
                .file("content/articles/2015-05-15-release.markdown", "---\ntitle: Release\ndate: 2015-05-15\n---\nR.\n")
                .file("content/articles/a.mdown", "---\ntitle: A\ndate: 2015-01-01\n---\nA.\n")
                .file("content/articles/b.mkdn", "---\ntitle: B\ndate: 2015-01-02\n---\nB.\n")
                .file("content/articles/c.mkd", "---\ntitle: C\ndate: 2015-01-03\n---\nC.\n")
                .file("content/articles/D.MD", "---\ntitle: D\ndate: 2015-01-04\n---\nD.\n")
                .file("content/articles/bundle/index.markdown", "---\ntitle: Bundle\ndate: 2015-01-05\n---\n![x](x.svg)\n")
                .file("content/articles/bundle/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .file("content/articles/old-post.html", "---\ntitle: Old\n---\n<p>Old</p>\n")
                .file("content/articles/photo.jpg", "not really a photo")
                .file("content/articles/posts/_index.md", "---\ntitle: Posts\n---\nThe section.\n")
                .build();
        for (String slug : new String[] {"release", "a", "b", "c", "d", "bundle"}) {
            assertThat(site.output().resolve("articles/" + slug + "/index.html")).as(slug).isRegularFile();
        }
        assertThat(site.output().resolve("articles/bundle/x.svg")).isRegularFile();
        assertThat(site.report().warnings()).extracting(Problem::toString).containsExactly(
                "content/articles: warning: 2 files are neither an article (Markdown: .markdown, .mdown, .mkdn, .mkd,"
                        + " .md) nor in an article bundle (a folder with index.md), so not published: old-post.html,"
                        + " photo.jpg; move pictures into the bundle of the article that shows them, or into static/",
                "content/articles/posts/_index.md: warning: a Hugo section page (_index), not an article: left out");
    }

    @Test
    void aJekyllPostTakesItsDateAndTitleFromItsFileNameAndFrontMatterWins() throws Exception {
        TestSite site = new TestSite(dir)
                .file("content/articles/_posts/2015-05-15-release-notes.md", "---\n---\nThe notes.\n")
                .file("content/articles/_posts/2014-12-17-survey.md",
                        "---\ntitle: Survey\ndate: 2014-12-17 11:16:21 -0800\n---\nS.\n")
                .file("content/articles/_posts/2016-01-01-named.md",
                        "---\ntitle: Named\ndate: 2016-02-02\n---\nN.\n")
                .build();
        var release = site.page("articles/release-notes/");
        assertThat(release.select("h1").text()).isEqualTo("Release Notes");
        assertThat(release.select("time").first().attr("datetime")).startsWith("2015-05-15");
        assertThat(site.page("articles/survey/").select("time").first().attr("datetime"))
                .isEqualTo("2014-12-17T19:16:21Z"); // the moment, shown in the site's time zone (UTC by default)
        assertThat(site.page("articles/named/").select("time").first().attr("datetime")).startsWith("2016-02-02");
        assertThat(site.report().warnings()).isEmpty();
    }

    @Test
    void aPostWithoutADateAnywhereNamesBothWaysToGiveOne() {
        var failure = new TestSite(dir).file("content/articles/undated.md", "---\ntitle: Undated\n---\nU.\n")
                .buildFailing();
        assertThat(failure.problems()).extracting(Problem::toString).containsExactly("content/articles/undated.md:1:"
                + " missing date: add e.g. 'date: 2026-11-27' to the front-matter, or start the file name with it"
                + " (2026-11-27-title.md)");
    }

    @Test
    void jekyllKeysMeanWhatTheyMeantInJekyll() throws Exception {
        TestSite site = new TestSite(dir)
                .file("content/articles/2020-01-01-moved.md", "---\ntitle: Moved\nlayout: post\n"
                        + "permalink: /2020/moved.html\nredirect_from: [/old/moved/, /older.html]\n"
                        + "excerpt: The short of it.\n---\nThe long of it.\n")
                .file("content/articles/2020-01-02-hidden.md", "---\ntitle: Hidden\npublished: false\n---\nH.\n")
                .file("content/articles/2020-01-03-described.md", "---\ntitle: Described\n"
                        + "description: As described.\n---\nBody.\n")
                .file("content/articles/2020-01-04-split.md", "---\ntitle: Split\nexcerpt_separator: <!--cut-->\n---\n"
                        + "Before the cut.\n\n<!--cut-->\n\nAfter the cut.\n")
                .build();
        assertThat(site.page("2020/moved.html").select("h1").text()).isEqualTo("Moved");
        assertThat(site.page("old/moved/").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/news/2020/moved.html");
        assertThat(site.output().resolve("older.html")).isRegularFile();
        assertThat(site.output().resolve("articles/hidden")).doesNotExist();
        assertThat(site.page("2020/moved.html").select(".standfirst").text()).isEqualTo("The short of it.");
        assertThat(site.page("articles/described/").select(".standfirst").text()).isEqualTo("As described.");
        // A teaser is the body's own beginning: the summary (cards, meta description), never a standfirst.
        assertThat(site.page("articles/split/").select("meta[name=description]").attr("content"))
                .isEqualTo("Before the cut.");
        assertThat(site.page("articles/split/").select(".standfirst")).isEmpty();
        assertThat(site.text("2020/moved.html")).doesNotContain("layout");
    }

    @Test
    void jekyllsDefaultUrlsWithCategoriesFromFoldersAndFrontMatter() throws Exception {
        TestSite site = new TestSite(dir)
                .file("content/articles/news/_posts/2018-11-11-labour.md",
                        "---\ntitle: Labour\ncategories: Politics\ndate: 2018-11-11 10:00\n---\nL.\n")
                .file("content/articles/_posts/2018-11-12-two.md",
                        "---\ntitle: Two\ncategories: city works\n---\nT.\n")
                .file("content/articles/_posts/2018-11-13-one.md",
                        "---\ntitle: One\ncategory: city works\n---\nO.\n")
                .file("content/articles/_posts/2018-11-14-none.md", "---\ntitle: None\n---\nN.\n")
                .configure(b -> b.permalink("/:categories/:year/:month/:day/:title.html"))
                .build();
        assertThat(site.page("news/politics/2018/11/11/labour.html").select("h1").text()).isEqualTo("Labour");
        assertThat(site.page("city/works/2018/11/12/two.html").select("h1").text()).isEqualTo("Two");
        assertThat(site.page("city works/2018/11/13/one.html").select("h1").text()).isEqualTo("One");
        assertThat(site.page("2018/11/14/none.html").select("h1").text()).isEqualTo("None");
    }

    @Test
    void hugoFrontMatterAndKeys() throws Exception {
        TestSite site = new TestSite(dir)
                .file("content/articles/posts/toml.md", "+++\ntitle = \"TOML post\"\ndate = 2024-03-01T10:00:00+01:00\n"
                        + "lastmod = 2024-03-05T08:00:00+01:00\nimages = [\"/img/lead.svg\"]\nurl = \"posts/toml-post/\"\n"
                        + "aliases = [\"old-toml/\", \"/2024/toml/\"]\n+++\nFrom TOML.\n")
                .file("content/articles/posts/json.md", "{\n  \"title\": \"JSON post\",\n  \"date\": \"2024-03-02\",\n"
                        + "  \"draft\": false,\n  \"summary\": \"From JSON.\"\n}\nBody.\n")
                .file("content/articles/posts/later.md", "---\ntitle: Later\ndate: 2024-01-01\npublishDate: 2030-01-01\n---\nL.\n")
                .file("content/articles/posts/expired.md", "---\ntitle: Expired\ndate: 2024-01-01\nexpiryDate: 2025-01-01\n---\nE.\n")
                .file("content/articles/posts/expiring.md", "---\ntitle: Expiring\ndate: 2024-01-01\nExpiryDate: 2030-01-01\n---\nE.\n")
                .file("static/img/lead.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .build();
        var toml = site.page("posts/toml-post/");
        assertThat(toml.select("h1").text()).isEqualTo("TOML post");
        assertThat(toml.select("meta[property=og:image]").attr("content")).isEqualTo("https://example.org/news/img/lead.svg");
        assertThat(toml.select("script[type=application/ld+json]").html()).contains("\"dateModified\":\"2024-03-05T08:00+01:00\"");
        assertThat(site.page("posts/old-toml/").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/news/posts/toml-post/");
        assertThat(site.output().resolve("2024/toml/index.html")).isRegularFile();
        assertThat(site.page("articles/json/").select("meta[name=description]").attr("content")).isEqualTo("From JSON.");
        assertThat(site.output().resolve("articles/later")).as("published in 2030").doesNotExist();
        assertThat(site.output().resolve("articles/expired")).as("expired in 2025").doesNotExist();
        assertThat(site.output().resolve("articles/expiring/index.html")).isRegularFile();
    }

    /**
     * The posts of the importer's Jekyll fixture (which Jekyll 4.3.1 itself built, recording its URLs) copied as they
     * are, with Jekyll's default permalink: they build with no error, and the posts land on Jekyll's URLs.
     */
    @Test
    void jekyllPostsCopiedAsTheyAreBuild() throws Exception {
        Path jekyll = Path.of("src/test/resources/importer/jekyll/site");
        Path articles = dir.resolve("content/articles");
        for (String folder : new String[] {"_posts", "news/_posts", "opinion/_posts"}) {
            copyTree(jekyll.resolve(folder), articles.resolve(folder));
        }
        TestSite site = new TestSite(dir).configure(b -> b.permalink("/:categories/:year/:month/:day/:title.html")
                .failOnBrokenLinks(false)).build();
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(jekyll.resolveSibling("expected-urls.txt"))) {
            if (line.startsWith("post ")) {
                String url = java.net.URLDecoder.decode(line.substring(5), java.nio.charset.StandardCharsets.UTF_8);
                String file = url.endsWith("/") ? url + "index.html" : url;
                if (!java.nio.file.Files.isRegularFile(site.output().resolve(file.substring(1)))) {
                    missing.add(url);
                }
            }
        }
        // What a raw copy cannot know, site:import handles: permalinks set by _config.yml's defaults for a folder
        // (opinion/), a post written in HTML (a warning names it), and the day in _config.yml's time zone.
        assertThat(missing).containsExactly("/opinion/2020/a-quiet-harbour/", "/opinion/2021/why-ferries-matter/",
                "/sport/2019/07/04/html-post.html", "/transport/2018/11/12/late-night.html");
        assertThat(site.report().warnings()).extracting(Problem::message).anySatisfy(warning ->
                assertThat(warning).contains("html-post.html"));
    }

    /**
     * A yearly survey: the same slug every year. Under the default permalink the error names every file involved
     * and suggests a permalink with the date; with one, each year has its own URL.
     */
    @Test
    void aSlugThatRecursEveryYear() throws Exception {
        TestSite site = new TestSite(dir);
        for (int year = 2015; year <= 2017; year++) {
            site.file("content/articles/_posts/" + year + "-06-30-annual-survey.md", "---\ntitle: Survey " + year
                    + "\n---\nS.\n");
        }
        assertThat(site.buildFailing().problems()).extracting(Problem::toString).containsExactly(
                "content/articles/_posts/2015-06-30-annual-survey.md: /articles/annual-survey/index.html is written 3"
                        + " times: by its page /articles/annual-survey/ and by the page /articles/annual-survey/ of"
                        + " content/articles/_posts/2017-06-30-annual-survey.md and by the page /articles/annual-survey/"
                        + " of content/articles/_posts/2016-06-30-annual-survey.md; set another 'slug:', or, if two"
                        + " articles of different days share the slug, put the date into the permalink setting (e.g."
                        + " /:year/:month/:day/:slug/)",
                "content/articles/_posts/2016-06-30-annual-survey.md: /articles/annual-survey/index.html is written 3"
                        + " times: by its page /articles/annual-survey/ and by the page /articles/annual-survey/ of"
                        + " content/articles/_posts/2017-06-30-annual-survey.md and by the page /articles/annual-survey/"
                        + " of content/articles/_posts/2015-06-30-annual-survey.md; set another 'slug:', or, if two"
                        + " articles of different days share the slug, put the date into the permalink setting (e.g."
                        + " /:year/:month/:day/:slug/)",
                "content/articles/_posts/2017-06-30-annual-survey.md: /articles/annual-survey/index.html is written 3"
                        + " times: by its page /articles/annual-survey/ and by the page /articles/annual-survey/ of"
                        + " content/articles/_posts/2016-06-30-annual-survey.md and by the page /articles/annual-survey/"
                        + " of content/articles/_posts/2015-06-30-annual-survey.md; set another 'slug:', or, if two"
                        + " articles of different days share the slug, put the date into the permalink setting (e.g."
                        + " /:year/:month/:day/:slug/)");
        site.configure(b -> b.permalink("/:year/:slug/")).build();
        assertThat(site.page("2016/annual-survey/").select("h1").text()).isEqualTo("Survey 2016");
    }

    /** The posts of the importer's Hugo fixture (YAML, TOML and JSON front-matter, bundles) copied as they are. */
    @Test
    void hugoPostsCopiedAsTheyAreBuild() throws Exception {
        Path hugo = Path.of("src/test/resources/importer/hugo/site/content");
        for (String folder : new String[] {"posts", "news", "blog"}) {
            copyTree(hugo.resolve(folder), dir.resolve("content/articles/" + folder));
        }
        TestSite site = new TestSite(dir).configure(b -> b.failOnBrokenLinks(false));
        // Two sections each have an "annual-report": under the default permalink they would share a URL, and the
        // error names both files and suggests a permalink with the date.
        assertThat(site.buildFailing().problems()).filteredOn(Problem::isError).extracting(Problem::toString)
                .containsExactly("content/articles/news/annual-report.md: /articles/annual-report/index.html is written"
                        + " twice: by its page /articles/annual-report/ and by the page /articles/annual-report/ of"
                        + " content/articles/posts/annual-report.md; set another 'slug:', or, if two articles of"
                        + " different days share the slug, put the date into the permalink setting (e.g."
                        + " /:year/:month/:day/:slug/)", "content/articles/posts/annual-report.md:"
                        + " /articles/annual-report/index.html is written twice: by its page /articles/annual-report/"
                        + " and by the page /articles/annual-report/ of content/articles/news/annual-report.md; set"
                        + " another 'slug:', or, if two articles of different days share the slug, put the date into"
                        + " the permalink setting (e.g. /:year/:month/:day/:slug/)");
        site.configure(b -> b.permalink("/:year/:month/:day/:slug/")).build();
        assertThat(site.report().articles()).isGreaterThanOrEqualTo(20);
        assertThat(site.report().warnings()).filteredOn(p -> !p.message().contains("broken link"))
                .extracting(Problem::toString).containsExactly(
                        "content/articles/posts/_index.md: warning: a Hugo section page (_index), not an article: left out",
                        // The site's static/ folder is not copied: its pictures are missing, as warnings here
                        // (failOnBrokenLinks is off).
                        "content/articles/posts/dam-opens.md:11: warning: the image /images/dam.png does not exist: put it"
                                + " into the article's folder (index.md beside it) or into static/ and link it by its"
                                + " site path (/media/photo.jpg)",
                        "content/articles/posts/river-cleanup.md:6: warning: the image /images/river.png does not exist:"
                                + " put it into the article's folder (index.md beside it) or into static/ and link it"
                                + " by its site path (/media/photo.jpg)",
                        "content/articles/posts/river-cleanup.md:11: warning: the image /images/river.png does not"
                                + " exist: put it into the article's folder (index.md beside it) or into static/ and"
                                + " link it by its site path (/media/photo.jpg)");
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (java.nio.file.Files.isDirectory(file)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(file, target);
                }
            }
        }
    }

    @Test
    void theSectionPlaceholderIsTheArticlesSectionElseItsFirstCategory() throws Exception {
        TestSite site = new TestSite(dir).configure(b -> b.permalink("/:section/:year/:slug/"))
                .article("a.md", "title: A\ndate: 2026-03-01\nsection: World News\ncategories: [politics]", "A.\n")
                .article("b.md", "title: B\ndate: 2026-03-02\ncategories: [Culture, music]", "B.\n")
                .article("c.md", "title: C\ndate: 2026-03-03", "C.\n")
                .build();
        assertThat(site.page("world-news/2026/a/").select("h1").text()).isEqualTo("A");
        assertThat(site.page("culture/2026/b/").select("h1").text()).isEqualTo("B");
        assertThat(site.page("2026/c/").select("h1").text()).isEqualTo("C");
    }
}
