package io.github.broadsheet.importer.wordpress;

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
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WordPress fixture ({@code importer/wordpress}: an export with 20 published posts, drafts, a scheduled post,
 * pages, authors, classic and block-editor content, and its uploads folder) imported and built.
 */
class WordPressImportTest {

    private static final Path EXPORT = ImportFixtures.resource("wordpress/riverside.wordpress.2024-06-01.xml");
    private static final Path UPLOADS = ImportFixtures.resource("wordpress/uploads");

    private static ImportReport importInto(Path project) throws Exception {
        return new Importer().run(ImportFixtures.request(ImportSource.WORDPRESS, EXPORT, project));
    }

    @Test
    void everyPublishedPostIsAtItsOldUrlAndNoShortcodeOrBlockIsLeft(@TempDir Path project) throws Exception {
        importInto(project);
        Path output = new TestSite(project).build().output();
        for (String url : ImportFixtures.expected("wordpress/expected-urls.txt", "post")) {
            assertThat(output.resolve(ImportFixtures.file(url))).as("page of old URL " + url).isRegularFile();
        }
        try (var pages = Files.walk(output)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(page.toFile(), "UTF-8");
                html.select("pre, code, script").remove();
                assertThat(html.body().html()).as(page.toString()).doesNotContain("[caption").doesNotContain("[gallery")
                        .doesNotContain("&lt;!-- wp:").doesNotContain("<!-- wp:").doesNotContain("[contact-form-7");
            }
        }
    }

    @Test
    void classicPostsGetParagraphsFiguresGalleriesAndEmbeds(@TempDir Path project) throws Exception {
        importInto(project);
        String bridge = ImportFixtures.article(project, "2021-03-15-bridge-reopens");
        assertThat(bridge).contains("date: 2021-03-15T09:30:00+01:00\n", "updated: 2021-03-16T12:00:00+01:00\n",
                "section: \"Local\"\n", "tags: [\"Transport\", \"bridge\", \"traffic\"]\n", "authors: [\"jana-novak\"]\n",
                "image: \"bridge.jpg\"\n", "image_alt: \"The bridge at dawn\"\n", "image_caption: \"The reopened bridge\"\n",
                "url: \"/2021/03/15/bridge-reopens/\"\n",
                "eight months of repairs.\n\nCars and bikes",
                "![The bridge at dawn](bridge.jpg \"The reopened bridge at dawn\")", "\n<!--more-->\n",
                "cost €2.4 million", "[market that moved](../../../06/05/market-days/)",
                // The picture above the break would break list pages: the teaser's text is the summary.
                "summary: \"The Old Bridge reopened on Monday after eight months of repairs. Cars and bikes crossed it"
                        + " again by seven o'clock.\"\n");
        assertThat(project.resolve("content/articles/2021-03-15-bridge-reopens/bridge.jpg"))
                .hasSameBinaryContentAs(UPLOADS.resolve("2021/03/bridge.jpg"));
        assertThat(ImportFixtures.article(project, "2021-04-02-council-video")).contains(
                "::youtube{id=\"dQw4w9WgXcQ\" title=\"YouTube video\"}", "::vimeo{id=\"76979871\" title=\"Vimeo video\"}",
                "[bridge reopening](../../../03/15/bridge-reopens/)");
        assertThat(ImportFixtures.article(project, "2021-06-05-market-days")).contains(":::gallery\n"
                + "![Vegetable stall](market-1.jpg \"Vegetables from the valley\")\n"
                + "![Fish stall](market-2.jpg \"Fresh fish\")\n![Flower stall](market-3.jpg)\n:::");
        assertThat(ImportFixtures.article(project, "2023-02-06-flood-what-we-know")).contains(":::gallery\n"
                + "![Map of the flooded streets](flood-map.jpg \"Flooded streets on Monday\")\n"
                + "![Water in the square](flood-1.jpg \"The square under water\")\n"
                + "![Sandbags](flood-2.jpg \"Sandbags on Mill Street\")\n:::");
        assertThat(ImportFixtures.article(project, "2022-03-20-checking-numbers")).contains(
                "a simple script to check budget figures – here it is:",
                "```python\ndef check(total, parts):\n    return total == sum(parts)\n```",
                "1. Collect the figures\n   * from the council\n   * from the auditors\n2. Run the script");
        assertThat(ImportFixtures.article(project, "2022-02-02-readers-react")).contains("views.\n\n> The bridge is back!")
                .doesNotContain("script");
    }

    @Test
    void blockEditorPostsBecomeCleanMarkdown(@TempDir Path project) throws Exception {
        importInto(project);
        assertThat(ImportFixtures.article(project, "2022-01-20-mayor-budget")).contains(
                "The mayor presented the **2022 budget** on Thursday.",
                "![The mayor at the lectern](mayor.jpg \"Mayor Ana Costa in the council chamber\")",
                "\n<!--more-->\n", "## Where the money goes",
                "* Schools: €12 million\n  * of which repairs: €3 million\n* Roads: €8 million",
                "| Parks \\| gardens | 0.4  | 0.3  |", "*Spending in millions of euros*",
                "> “This budget is a start,” she said.\n> — Mayor Ana Costa", "\n---\n",
                ":::pullquote{cite=\"The budget plan\"}\nEvery school gets a new roof by 2025.\n:::",
                "    total = schools + roads + parks")
                .doesNotContain("wp:", "<figure");
        assertThat(ImportFixtures.article(project, "2022-03-03-flood-defences")).contains(
                "::youtube{id=\"w7Ft2ymGmfc\" title=\"The wall under construction\"}",
                "::vimeo{id=\"22439234\" title=\"Vimeo video\"}",
                "> [Post on X](https://twitter.com/riversidepost/status/1490000000000000000)",
                "> [Embedded content from maps.example.org](https://maps.example.org/embed?flood-wall)")
                .doesNotContain("iframe");
        assertThat(ImportFixtures.article(project, "2022-05-21-open-air-stage")).contains(":::gallery\n"
                + "![The open-air stage](stage.jpg \"The stage by night\")\n"
                + "![The mayor at the lectern](mayor.jpg \"Mayor Ana Costa\")\n:::");
        assertThat(ImportFixtures.article(project, "2023-02-07-flood-in-pictures")).contains(":::gallery\n"
                + "![Water in the square](flood-1.jpg \"The square under water\")\n"
                + "![Sandbags](flood-2.jpg \"Sandbags on Mill Street\")\n:::");
        // Media files missing from the uploads (or on another host) become links: ::video and ::audio play only
        // files of the site, since pages load nothing from other hosts.
        assertThat(ImportFixtures.article(project, "2022-06-01-jazz-recordings")).contains(
                "[Video: The first set](https://riverside.example.com/wp-content/uploads/2022/06/jazz.mp4)",
                "[Audio: Interview with the band](https://cdn.example.net/jazz-interview.mp3)");
        assertThat(ImportFixtures.article(project, "2022-07-01-subscribe")).contains(
                "We now send a weekly newsletter.", "**Subscribe:** send an email to news@riverside.example.com.");
    }

    @Test
    void statusesDatesAuthorsAndPages(@TempDir Path project) throws Exception {
        ImportReport report = importInto(project);
        assertThat(ImportFixtures.article(project, "2031-05-01-festival-2031")).contains("date: 2031-05-01T09:00:00+02:00\n",
                "url: \"/2031/05/01/festival-2031/\"\n").doesNotContain("draft");
        assertThat(ImportFixtures.article(project, "2023-03-01-ideas-for-the-harbour")).contains("draft: true\n",
                "date: 2023-03-01T10:00:00+01:00\n", "url: \"/2023/03/01/ideas-for-the-harbour/\"\n");
        assertThat(ImportFixtures.article(project, "2023-03-05-night-buses")).contains("draft: true\n");
        assertThat(ImportFixtures.article(project, "2020-10-01-welcome")).contains("featured: true\n", "date: 2020-10-01T08:00:00+02:00\n")
                .doesNotContain("section");
        assertThat(ImportFixtures.article(project, "2022-09-10-library-100"))
                .contains("summary: \"The town library celebrates its centenary with a week of events.\"\n");
        assertThat(ImportFixtures.article(project, "2022-07-09-cafe-culture")).contains("url: \"/2022/07/09/café-culture/\"\n");
        assertThat(ImportFixtures.article(project, "2022-01-14-weekly-roundup")).contains("authors: [\"piet-de-vries\"]\n");
        assertThat(Files.list(project.resolve("content/articles")).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.contains("staff-party") || name.contains("budget-detail") || name.contains("test-post"));

        Map<String, String> authors = ImportFixtures.files(project.resolve("content/authors"));
        assertThat(authors).containsOnlyKeys("jana-novak.md", "piet-de-vries.md", "site-admin.md");
        assertThat(authors.get("jana-novak.md")).isEqualTo("---\nname: \"Jana Novak\"\n---\n");

        Map<String, String> pages = ImportFixtures.files(project.resolve("content/pages"));
        assertThat(pages).containsOnlyKeys("about.md", "about-contact.md", "privacy-policy.md", "jobs.md");
        assertThat(pages.get("about-contact.md")).contains("url: \"/about/contact/\"\n");
        assertThat(pages.get("jobs.md")).contains("draft: true\n");
        String all = String.join("\n", pages.values());
        for (String url : ImportFixtures.expected("wordpress/expected-urls.txt", "page")) {
            assertThat(all).contains("url: \"" + url + "\"");
        }

        assertThat(report.counts()).containsEntry("articles", 20).containsEntry("scheduled articles", 1)
                .containsEntry("draft articles", 2).containsEntry("pages", 3).containsEntry("draft pages", 1)
                .containsEntry("authors", 3).containsEntry("comments left out", 4)
                .containsEntry("private posts left out", 1).containsEntry("posts in the trash left out", 1)
                .containsEntry("password-protected posts left out (their text would be public)", 1)
                .containsEntry("private pages left out", 1);
        assertThat(report.schemes()).contains("WordPress permalink structure /%year%/%monthnum%/%day%/%postname%/,"
                + " inferred from the links of 19 of 20 published posts; drafts and scheduled posts get URLs of that structure");
    }

    @Test
    void reportsWhatItDidNotConvertWithTheLineOfTheExport(@TempDir Path project) throws Exception {
        ImportReport report = importInto(project);
        assertThat(report.noteLines()).contains(
                "riverside.wordpress.2024-06-01.xml:499: shortcode [contact-form-7] not converted (removed): it belongs to a plugin or theme of the old site",
                "riverside.wordpress.2024-06-01.xml:614: dynamic block wp:latest-posts not converted (removed): WordPress filled it in when a page was requested; Broadsheet's own lists and search replace it",
                "riverside.wordpress.2024-06-01.xml:877: page break <!--nextpage--> removed: Broadsheet shows an article on one page",
                "riverside.wordpress.2024-06-01.xml:1014: file https://riverside.example.com/wp-content/uploads/2020/11/missing.jpg is not in the uploads folder: kept as a link to the old site");
        String export = Files.readString(EXPORT, StandardCharsets.UTF_8);
        assertThat(export.lines().skip(498).findFirst().orElseThrow()).contains("[contact-form-7");
        assertThat(export.lines().skip(613).findFirst().orElseThrow()).contains("wp:latest-posts");
        assertThat(export.lines().skip(876).findFirst().orElseThrow()).contains("<!--nextpage-->");
    }

    @Test
    void withoutTheUploadsFolderPicturesStayLinksToTheOldSite(@TempDir Path project, @TempDir Path elsewhere) throws Exception {
        Path export = elsewhere.resolve("export.xml");
        Files.copy(EXPORT, export);
        ImportReport report = new Importer().run(ImportFixtures.request(ImportSource.WORDPRESS, export, project));
        assertThat(ImportFixtures.article(project, "2021-06-05-market-days"))
                .contains("![Vegetable stall](https://riverside.example.com/wp-content/uploads/2021/06/market-1.jpg");
        assertThat(report.schemes()).anyMatch(line -> line.startsWith("no uploads folder given (-Dsite.uploads=...)"));

        Path given = project.resolve("other");
        ImportReport withUploads = new Importer().run(ImportFixtures.request(ImportSource.WORDPRESS, export,
                Optional.of(UPLOADS), given));
        assertThat(given.resolve("content/articles/2021-06-05-market-days/market-1.jpg")).isRegularFile();
        assertThat(withUploads.written().clashes()).isZero();
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
