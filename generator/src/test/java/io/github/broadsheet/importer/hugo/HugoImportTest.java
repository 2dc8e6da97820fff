package io.github.broadsheet.importer.hugo;

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
 * The Hugo fixture ({@code importer/hugo/site}: 24 pages in sections, 3 root pages, bundles, TOML, YAML and JSON
 * front-matter, shortcodes) imported and built: every URL Hugo 0.111 served for a regular page (listed in
 * {@code expected-urls.txt}) is a page or a redirect of the new site.
 */
class HugoImportTest {

    private static final Path SITE = ImportFixtures.resource("hugo/site");

    private static ImportReport importInto(Path project) throws Exception {
        return new Importer().run(ImportFixtures.request(ImportSource.HUGO, SITE, project));
    }

    @Test
    void everyOldUrlIsAPageOrARedirectOfTheBuiltSite(@TempDir Path project) throws Exception {
        importInto(project);
        Path output = new TestSite(project).build().output();
        for (String url : ImportFixtures.expected("hugo/expected-urls.txt", "post")) {
            assertThat(output.resolve(ImportFixtures.file(url))).as("page of old URL " + url).isRegularFile();
        }
        Document flood = Jsoup.parse(output.resolve(ImportFixtures.file("/2019/06/flood-test-old/")).toFile(), "UTF-8");
        assertThat(flood.select("meta[http-equiv=refresh]").attr("content")).contains("/2019/06/flood-test-passes/");
        Document closure = Jsoup.parse(output.resolve(ImportFixtures.file("/closures/main-road/")).toFile(), "UTF-8");
        assertThat(closure.select("meta[http-equiv=refresh]").attr("content")).contains("/news/2021/02/02/road-closure/");
        try (var pages = Files.walk(output)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(page.toFile(), "UTF-8");
                html.select("pre, code, script").remove();
                assertThat(html.body().html()).as(page.toString()).doesNotContain("{{&lt;").doesNotContain("{{%")
                        .doesNotContain("{{<");
            }
        }
    }

    @Test
    void convertsFrontMatterOfEveryFormat(@TempDir Path project) throws Exception {
        importInto(project);
        assertThat(ImportFixtures.article(project, "2019-05-04-dam-opens")).contains(
                "date: 2019-05-04T10:30:00-04:00\n", "updated: 2019-05-06T08:00:00-04:00\n",
                "section: \"Environment\"\n", "tags: [\"Infrastructure\", \"dam\", \"water\"]\n",
                "series: \"Dam project\"\n", "authors: [\"maria-lopez\"]\n",
                "summary: \"After six years the dam holds its first water.\"\n", "image: \"dam.png\"\n",
                "url: \"/2019/05/valley-dam-opens/\"\n");
        assertThat(project.resolve("content/articles/2019-05-04-dam-opens/dam.png"))
                .hasSameBinaryContentAs(SITE.resolve("static/images/dam.png"));
        assertThat(ImportFixtures.article(project, "2020-02-03-school-budget")).contains("summary: \"The board voted five to two.\"\n",
                "tags: [\"schools\", \"budget\"]\n");
        assertThat(ImportFixtures.article(project, "2022-08-12-fair-opens")).contains("date: 2022-08-12T00:00:00-04:00\n");
        assertThat(ImportFixtures.article(project, "2020-11-04-election-night")).contains("date: 2020-11-04T00:15:00-05:00\n",
                "url: \"/2020/11/election-night-results/\"\n");
        assertThat(ImportFixtures.article(project, "2021-01-31-snow-day")).contains("expiryDate: 2021-03-01T00:00:00-05:00\n");
        assertThat(ImportFixtures.article(project, "2021-03-01-draft-story")).contains("draft: true\n");
        assertThat(ImportFixtures.article(project, "2019-06-10-flood-test")).contains("aliases: [\"/2019/06/flood-test-old/\"]\n");
    }

    @Test
    void convertsShortcodes(@TempDir Path project) throws Exception {
        importInto(project);
        assertThat(ImportFixtures.article(project, "2019-05-04-dam-opens")).contains(
                "![The dam wall](dam.png \"The dam wall on opening day\")",
                "::youtube{id=\"w7Ft2ymGmfc\" title=\"YouTube video\"}",
                "[first flood test](../../06/flood-test-passes/)");
        assertThat(ImportFixtures.article(project, "2019-06-10-flood-test")).contains(
                "```python\ndef water_level(hours):\n    return 12.5 + hours * 0.3\n```",
                "::vimeo{id=\"76979871\" title=\"The flood test\"}");
        assertThat(ImportFixtures.article(project, "2020-02-03-school-budget")).contains(
                "> [Post by @valleycourier on X](https://x.com/valleycourier/status/1453110110599868418)",
                "> [Post by @valleyschools on X](https://x.com/valleyschools/status/1453110110599868419)");
        assertThat(ImportFixtures.article(project, "2020-05-16-farm-market")).contains(
                "> [Post on Instagram](https://www.instagram.com/p/CxOWiQNP2MO/)", "**Bring your own bags.**")
                .doesNotContain("callout");
        assertThat(ImportFixtures.article(project, "2020-07-01-bridge-repairs")).contains("![Detour map](detour.png)",
                "![Crew: The repair crew](crew.png \"Crew: The repair crew\")",
                "> [Gist valleycourier/7a3f9d2e (detour.txt)](https://gist.github.com/valleycourier/7a3f9d2e)");
        assertThat(ImportFixtures.article(project, "2021-09-09-library-hours")).contains(
                "[Our earlier report](../../../2020/02/school-budget-passes/)", "Opening hours: 9 to 21.");
        assertThat(ImportFixtures.article(project, "2022-10-05-hospital-wing")).contains("```go-html-template\n{{< figure src=\"example.png\" >}}\n```");
        assertThat(ImportFixtures.article(project, "2023-03-14-bus-lines")).contains("[the map](../../../maps/bus-map/)");
    }

    @Test
    void rootPagesArePagesWithTheirResourcesInStatic(@TempDir Path project) throws Exception {
        importInto(project);
        Map<String, String> pages = ImportFixtures.files(project.resolve("content/pages"));
        assertThat(pages).containsOnlyKeys("about.md", "contact.md", "privacy.md");
        assertThat(pages.get("about.md")).contains("url: \"/about/\"\n", "[privacy policy](../legal/privacy/)");
        assertThat(pages.get("privacy.md")).contains("url: \"/legal/privacy/\"\n", "aliases: [\"/privacy-policy/\"]\n");
        assertThat(project.resolve("static/contact/newsroom.png")).hasSameBinaryContentAs(SITE.resolve("content/contact/newsroom.png"));
        String all = String.join("\n", pages.values());
        for (String url : ImportFixtures.expected("hugo/expected-urls.txt", "page")) {
            assertThat(all).contains("url: \"" + url + "\"");
        }
    }

    @Test
    void reportsUnknownShortcodesWithFileAndLine(@TempDir Path project) throws Exception {
        ImportReport report = importInto(project);
        assertThat(report.noteLines()).contains(
                "content/posts/farm-market.md:11: shortcode {{< callout >}} not converted (removed, the text inside kept): it is the old site's own, or one Broadsheet does not know",
                "content/posts/library-hours.md:10: shortcode {{% callout %}} not converted (removed, the text inside kept): it is the old site's own, or one Broadsheet does not know",
                "content/posts/election-night.md:13: heading id {#results} dropped: Broadsheet gives headings ids of its own; links to #results need the new id");
        assertThat(report.counts()).containsEntry("articles", 23).containsEntry("draft articles", 1).containsEntry("pages", 3);
        assertThat(report.settings()).containsExactly("<baseUrl>https://courier.example.net/</baseUrl> (from baseURL)");
    }

    @Test
    void aSecondRunGivesTheSameFiles(@TempDir Path project) throws Exception {
        importInto(project);
        Map<String, String> first = ImportFixtures.files(project.resolve("content"));
        ImportReport again = importInto(project);
        assertThat(ImportFixtures.files(project.resolve("content"))).isEqualTo(first);
        assertThat(again.written().written()).isZero();
        assertThat(again.written().clashes()).isZero();
    }
}
