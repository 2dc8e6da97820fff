package io.github.broadsheet.importer.jekyll;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.TestSite;
import io.github.broadsheet.importer.ImportFixtures;
import io.github.broadsheet.importer.ImportReport;
import io.github.broadsheet.importer.ImportSource;
import io.github.broadsheet.importer.Importer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jekyll fixture ({@code importer/jekyll/site}, 25 posts, 2 drafts, pages, assets) imported and built: every URL
 * Jekyll 4.3.1 served for a post (listed in {@code expected-urls.txt}) is a page or a redirect of the new site, and
 * each Jekyll and kramdown construct comes out as Broadsheet Markdown or as a report line.
 */
class JekyllImportTest {

    private static final Path SITE = ImportFixtures.resource("jekyll/site");

    private static ImportReport importInto(Path project) throws Exception {
        return new Importer().run(ImportFixtures.request(ImportSource.JEKYLL, SITE, project));
    }

    @Test
    void everyOldPostUrlIsAPageOrARedirectOfTheBuiltSite(@TempDir Path project) throws Exception {
        importInto(project);
        TestSite site = new TestSite(project).build();
        Path output = site.output();
        for (String url : ImportFixtures.expected("jekyll/expected-urls.txt", "post")) {
            Path page = output.resolve(ImportFixtures.file(url));
            assertThat(page).as("page of old URL " + url).isRegularFile();
            assertThat(Jsoup.parse(page.toFile(), "UTF-8").select("article h1, h1").text()).isNotBlank();
        }
        for (String url : ImportFixtures.expected("jekyll/expected-urls.txt", "alias")) {
            Document redirect = Jsoup.parse(output.resolve(ImportFixtures.file(url)).toFile(), "UTF-8");
            assertThat(redirect.select("meta[http-equiv=refresh]").attr("content"))
                    .as("redirect at " + url).contains("/news/city/works/2016/09/12/pier-renovation.html");
        }
    }

    @Test
    void noLiquidOrKramdownIsLeftOutsideCode(@TempDir Path project) throws Exception {
        importInto(project);
        TestSite site = new TestSite(project).build();
        try (var pages = Files.walk(site.output())) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(page.toFile(), "UTF-8");
                html.select("pre, code, script").remove();
                String text = html.body().html();
                assertThat(text).as(page.toString()).doesNotContain("{%").doesNotContain("{{").doesNotContain("{:");
            }
        }
    }

    @Test
    void convertsLiquidAndKramdown(@TempDir Path project) throws Exception {
        importInto(project);
        String release = ImportFixtures.article(project, "2014-12-17-release-1-0");
        assertThat(release).contains("date: 2014-12-17T11:16:21-08:00\n", "section: \"releases\"\n",
                "tags: [\"java\", \"maven\"]\n", "url: \"/releases/2014/12/17/release-1.0.html\"\n",
                "image: \"release-1.0/chart.png\"\n",
                "```java\npublic class Ferry {", "![Downloads per week](release-1.0/chart.png)",
                "[budget report](release-1.0/budget-2016.pdf)");
        assertThat(project.resolve("content/articles/2014-12-17-release-1-0/release-1.0/chart.png"))
                .hasSameBinaryContentAs(SITE.resolve("assets/img/chart.png"));

        String timetable = ImportFixtures.article(project, "2015-01-05-new-year-timetable");
        assertThat(timetable).contains("date: 2015-01-05T00:00:00+01:00\n",
                "{{ page.title }} and {% if true %}tags{% endif %}",
                "[release](../../../releases/2014/12/17/release-1.0.html)");

        String storm = ImportFixtures.article(project, "2015-03-02-storm-warning");
        assertThat(storm).contains("toc: true\n", "Wind speeds reached 110 km/h overnight.\n\n## What comes next",
                "[weather service](https://weather.example.com/) expects", "### Timetable\n")
                .doesNotContain("TOC", "{:");

        assertThat(ImportFixtures.article(project, "2016-06-30-annual-survey"))
                .contains("[last year's survey](../../../2015/06/30/annual-survey.html)");
        assertThat(ImportFixtures.article(project, "2016-09-12-pier-renovation"))
                .contains("aliases: [\"/pier/\", \"/2016/09/pier-works.html\"]\n", "section: \"city\"\n",
                        "tags: [\"works\"]\n")
                .doesNotContain("port authority");
        assertThat(ImportFixtures.article(project, "2017-08-15-code-of-conduct"))
                .contains("> [Gist harbourmaster/5e2f1a9c (notes.md)](https://gist.github.com/harbourmaster/5e2f1a9c)");
        assertThat(ImportFixtures.article(project, "2018-01-15-winter-storms"))
                .contains("four days.\n\n<!--more-->\n\nThe port authority");
        assertThat(ImportFixtures.article(project, "2018-11-11-late-night"))
                .contains("date: 2018-11-11T23:30:00-05:00\n", "url: \"/transport/2018/11/12/late-night.html\"");
        assertThat(ImportFixtures.article(project, "2024-05-20-summer-schedule"))
                .contains("::youtube{id=\"dQw4w9WgXcQ\" title=\"YouTube video\"}");
        assertThat(ImportFixtures.article(project, "2023-02-02-harbour-history"))
                .contains("authors: [\"jana-novak\", \"piet-de-vries\"]\n", "toc: true\n",
                        "[storm of 2015](../../../../weather/2015/03/02/storm-warning.html)");
    }

    @Test
    void draftsAndUnpublishedPostsAreDrafts(@TempDir Path project) throws Exception {
        importInto(project);
        assertThat(ImportFixtures.article(project, "2024-06-01-harbour-tunnel")).contains("draft: true\n");
        assertThat(ImportFixtures.article(project, "2022-09-01-new-terminal")).contains("draft: true\n");
        assertThat(ImportFixtures.article(project, "2016-04-04-port-strike")).doesNotContain("draft");
    }

    @Test
    void pagesGoToContentPagesWithTheirOldUrl(@TempDir Path project) throws Exception {
        importInto(project);
        Map<String, String> pages = ImportFixtures.files(project.resolve("content/pages"));
        assertThat(pages).containsOnlyKeys("about.md", "contact.md", "imprint.md");
        assertThat(pages.get("about.md")).contains("url: \"/about.html\"\n", "summary: \"Who we are.\"\n",
                "[contact page](contact/)", "![Our office](assets/img/harbour.png)");
        assertThat(pages.get("imprint.md")).contains("url: \"/imprint/\"\n", "aliases: [\"/legal.html\"]\n");
        assertThat(project.resolve("static/assets/img/harbour.png")).hasSameBinaryContentAs(SITE.resolve("assets/img/harbour.png"));
        // Every page URL Jekyll served is one an imported page asks for (they are built once content/pages is read).
        String all = String.join("\n", pages.values());
        for (String url : ImportFixtures.expected("jekyll/expected-urls.txt", "page")) {
            assertThat(all).contains("url: \"" + url + "\"");
        }
    }

    @Test
    void reportsWhatItDidNotConvertWithFileAndLine(@TempDir Path project) throws Exception {
        ImportReport report = importInto(project);
        assertThat(report.noteLines()).contains(
                "_posts/2015-03-02-storm-warning.md:14: kramdown attribute list {: .lead} dropped: Broadsheet's Markdown has no attribute lists",
                "_posts/2015-03-02-storm-warning.md:18: kramdown attribute list {:target=\"_blank\"} dropped: Broadsheet's Markdown has no attribute lists",
                "_posts/2016-02-10-budget-vote.md:15: Liquid {% include youtube.html id=\"dQw4w9WgXcQ\" %} not converted (removed): its output depends on the old site's templates; write what it showed into the article",
                "_posts/2017-01-20-ferry-names.md:13: Liquid {{ page.tags | join: \", \" }} not converted (removed): variables of the old site's templates are not known here",
                "index.html: not imported: a list of posts made by the old theme; Broadsheet makes its own lists");
        assertThat(report.counts()).containsEntry("articles", 24).containsEntry("draft articles", 2)
                .containsEntry("pages", 3);
        assertThat(report.settings()).containsExactly("<baseUrl>https://gazette.example.org/news/</baseUrl> (from _config.yml url and baseurl)");
        assertThat(report.schemes()).anyMatch(line -> line.startsWith("Jekyll permalink /:categories/:year/:month/:day/:title:output_ext (Jekyll's default"));
        assertThat(project.resolve("target/import-report.txt")).content(StandardCharsets.UTF_8).isEqualTo(report.text());
    }

    @Test
    void aSecondRunGivesTheSameFilesAndOverwritesNothing(@TempDir Path project) throws Exception {
        importInto(project);
        Map<String, String> first = ImportFixtures.files(project.resolve("content"));
        ImportReport again = importInto(project);
        assertThat(ImportFixtures.files(project.resolve("content"))).isEqualTo(first);
        assertThat(again.written().written()).isZero();
        assertThat(again.written().clashes()).isZero();
        assertThat(again.written().unchanged()).isEqualTo(first.size() + 1);

        Path edited = project.resolve("content/articles/2015-06-30-annual-survey.md");
        Files.writeString(edited, "---\ntitle: Mine\ndate: 2015-06-30\n---\nEdited.\n");
        ImportReport third = importInto(project);
        assertThat(edited).content().isEqualTo("---\ntitle: Mine\ndate: 2015-06-30\n---\nEdited.\n");
        assertThat(third.written().clashes()).isEqualTo(1);
        assertThat(third.noteLines()).contains("_posts/2015-06-30-annual-survey.md: content/articles/2015-06-30-annual-survey.md"
                + " exists with other content and was left as it is (not overwritten); move it away to import this file again");
    }

    @Test
    void smallSiteEdgeCases(@TempDir Path project, @TempDir Path site, @TempDir Path elsewhere) throws Exception {
        Files.createDirectories(site.resolve("_posts"));
        Files.createDirectories(site.resolve("_drafts"));
        Files.writeString(site.resolve("_posts/2020-01-02-first.md"), "---\ntitle: First\n---\nSee [about]({% link about.md %}).\n");
        Files.writeString(site.resolve("_posts/notes.md"), "---\ntitle: No date\n---\n");
        Files.writeString(site.resolve("_posts/2020-01-03-old.textile"), "---\ntitle: Textile\n---\n");
        Files.writeString(site.resolve("about.md"), "---\ntitle: About\n---\nUs.\n");
        Path draft = Files.writeString(site.resolve("_drafts/idea.md"), "---\ntitle: Idea\n---\nLater.\n");
        Files.setLastModifiedTime(draft, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2024-05-06T07:08:09Z")));
        Path secret = Files.writeString(elsewhere.resolve("secret.md"), "---\ntitle: Secret\n---\nPrivate.\n");
        Files.createSymbolicLink(site.resolve("_posts/2020-01-04-linked.md"), secret);

        ImportReport report = new Importer().run(ImportFixtures.request(ImportSource.JEKYLL, site, project));
        assertThat(ImportFixtures.article(project, "2020-01-02-first")).contains("[about](../../../about.html)");
        assertThat(ImportFixtures.article(project, "2024-05-06-idea")).contains("date: 2024-05-06T07:08:09Z\n",
                "draft: true\n", "url: \"/2024/05/06/idea.html\"\n");
        assertThat(project.resolve("content/articles/2020-01-04-linked.md")).doesNotExist();
        assertThat(report.noteLines()).containsExactlyInAnyOrder(
                "_drafts/idea.md: no date: the file's modification time 2024-05-06T07:08:09Z is used",
                "_posts/2020-01-03-old.textile: a .textile post: only Markdown and HTML posts are imported",
                "_posts/2020-01-04-linked.md: a symbolic link to a file outside the site: not imported",
                "_posts/notes.md: in _posts/ but not named YYYY-MM-DD-title: Jekyll does not publish it, so it was not imported");
    }
}
