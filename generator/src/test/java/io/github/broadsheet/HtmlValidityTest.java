package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a site that uses every Markdown feature and every page type, and validates all of its pages with the Nu
 * Html Checker when {@code -Dvnu.jar=/path/to/vnu.jar} is given ({@code tools/check-html.sh --print-jar} installs
 * and prints it). Without the property the validation is skipped, but the site is still built and checked for
 * having all the features, so the part that runs everywhere keeps the fixture honest.
 */
class HtmlValidityTest {

    @TempDir
    Path dir;

    /** Every Markdown feature, a bundle image, odd tags, a draft, a future article, aliases, several pages. */
    static TestSite representativeSite(Path root) {
        TestSite site = new TestSite(root).configure(b -> b.pageSize(2).drafts(true).future(true).explainRelated(true));
        site.article("2026-05-01-features/index.md", """
                title: "Every feature: tables, code & footnotes"
                date: 2026-05-01T09:30:00+02:00
                updated: 2026-05-03
                tags: [Zürich, C++, "C#", "Straße & Verkehr", 日本語, naïve café, "100%"]
                authors: [jana-novak, Piet]
                section: City & Region
                series: Line 4
                featured: true
                corrections:
                  - {date: 2026-05-02, text: 'An earlier version said "ten" stops & more.'}
                image: chart.svg
                toc: true
                """, """
                The lead paragraph, with **strong**, *emphasis*, `inline code`, ~~struck~~ text, a footnote[^1],
                an autolink https://www.example.org/path?a=1&b=2 and a [link](https://example.org/ "Title").

                ![Chart of the river level](chart.svg)

                ## A table

                | City    | Trams | Share |
                |:--------|------:|:-----:|
                | Zürich  |    15 |  30 % |
                | Wien    |    28 |  <br> |
                | Köln    |       |       |

                ## Code

                ```java
                if (a < b && c > d) { System.out.println("<tag> & 'quote'"); }
                ```

                    indented code

                ## Tasks

                - [x] done
                - [ ] not done
                  - [ ] nested

                ## Lists and quotes

                1. one
                2. two

                > A quote with a [reference link][ref].

                Term with a line  
                break and a horizontal rule:

                ***

                ### Same heading

                ### Same heading

                [ref]: https://example.org/ref
                [^1]: The footnote text, with `code`.
                """);
        site.file("content/articles/2026-05-01-features/chart.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>\n");
        site.article("2026-03-15-media/index.md", "title: Embeds, gallery and pull quote\ndate: 2026-03-15", """
                A video, click to load:

                ::youtube{id="dQw4w9WgXcQ" title="Tram line 4 opens" poster="clip.jpg" start="10"}

                ::vimeo{id="76979871" title="Harbour at dawn"}

                ::video{src="clip.mp4" poster="clip.jpg" title="The first tram"}

                ::audio{src="interview.mp3" title="Interview with the mayor"}

                :::gallery{caption="Opening day"}
                ![The depot](clip.jpg "Caption one")
                ![The first tram](clip.jpg)
                :::

                :::pullquote{cite="Jana Novak, mayor"}
                The tram is back, and it is *here to stay*.
                :::

                ```diff
                -old
                +new
                ```
                """);
        for (String media : new String[] {"clip.mp4", "interview.mp3"}) {
            site.file("content/articles/2026-03-15-media/" + media, "not really " + media + "\n");
        }
        // Images are resized, so the poster and gallery photo must be a real one.
        try {
            site.bytes("content/articles/2026-03-15-media/clip.jpg", io.github.broadsheet.image.TestImages.jpeg(
                    io.github.broadsheet.image.TestImages.photo(640, 360, 5)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        site.article("2026-05-02-more.md", """
                title: Teaser with a more marker
                date: 2026-05-02
                tags: [Zürich, transport]
                aliases: [/old/more/, /2026/05/more.html]
                """, """
                The teaser **part**, with a note[^n] and a [reference link][docs].

                <!--more-->

                The rest.

                [^n]: The note, shown on the article's page only.
                [docs]: https://example.org/docs "The docs"
                """);
        // From a real archive: a heading that is a link, and raw HTML left open (balanced, with warnings).
        site.article("2026-04-20-archive.md", "title: From the archive\ndate: 2026-04-20\ntags: [transport]", """
                ## [The original post](https://example.org/original)

                Read <a href="https://example.org/source">the source

                <div class="pull">

                A box never closed, a stray end tag </span> and a table piece: <td>cell</td>
                """);
        site.article("2026-05-03-draft.md", "title: A draft\ndate: 2026-05-03\ndraft: true\ntags: [transport]",
                "Not ready.\n");
        site.article("2027-01-01-future.md", "title: Scheduled story\ndate: 2027-01-01\ntags: [transport]",
                "Later.\n");
        // The newsroom: an author with photo, role, links and bio, a page in both menus, sections and a series.
        site.file("content/authors/jana-novak.md", """
                ---
                name: Jana Novák
                role: Transport & "city" correspondent
                photo: jana.svg
                links: {website: "https://jana.example/?a=1&b=2", mastodon: "@jana@social.example", email: jana@example.org}
                ---
                Jana covers **transport** <em>and</em> the city.
                """);
        site.file("content/authors/jana.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60\" height=\"80\">"
                + "<rect width=\"60\" height=\"80\" fill=\"#c96\"/></svg>\n");
        site.file("content/authors/piet.md", "---\nname: Piet de Vries\n---\n");
        site.file("content/pages/about.md", """
                ---
                title: About "us" & them
                updated: 2026-05-01
                menu: [header, footer]
                toc: true
                ---
                ## Who we are

                A newsroom.
                """);
        site.article("2026-04-10-line-4.md", "title: Line 4, part two\ndate: 2026-04-10T08:00:00Z\nsection: Sport\n"
                + "series: Line 4\nauthors: [piet]\nkicker: Analysis", "The second part.\n");
        for (int i = 1; i <= 5; i++) {
            site.article("2026-04-0" + i + "-story-" + i + ".md", "title: Story " + i + "\ndate: 2026-04-0" + i
                    + "\ntags: [transport, " + (i % 2 == 0 ? "C++" : "naïve café") + "]\nsection: "
                    + (i % 2 == 0 ? "Sport" : "City & Region"),
                    "Story " + i + " about trams and the city council.\n");
        }
        return site;
    }

    @Test
    void representativeSiteIsValidHtml() throws Exception {
        TestSite site = representativeSite(dir).build();
        checkFeaturesArePresent(site);
        assertValidHtml(site);
    }

    /**
     * Sanitised, the same site keeps every feature and stays valid, also where the cleaner removed something:
     * an image whose source was refused, a link without its URL, raw HTML with refused elements and attributes.
     */
    @Test
    void sanitizedSiteIsValidHtml() throws Exception {
        TestSite site = representativeSite(dir).configure(b -> b.sanitizeHtml(true))
                .article("2026-03-01-hostile.md", "title: Hostile\ndate: 2026-03-01", """
                        ![A logo](data:image/svg+xml;base64,PHN2Zz4=) [a link](JaVaScRiPt:alert(1)) and
                        <a href="vbscript:x" onclick="alert(1)">raw</a> <img src="javascript:alert(1)" alt="gone">

                        <form action="/x"><input type="text" name="q"><button>Go</button></form>
                        <table style="width:100%"><tr><td style="text-align: right" onclick="x">1</td></tr></table>
                        <details open><summary>More</summary>Text</details>
                        """)
                .build();
        checkFeaturesArePresent(site);
        assertValidHtml(site);
    }

    private static void assertValidHtml(TestSite site) throws Exception {
        String report = NuHtmlChecker.errors(site.output());
        assertThat(report).as("vnu errors in the generated site:%n%s", report).doesNotContain("error:");
    }

    /** Duplicate ids break fragment links and the skip link; vnu reports them, but jsoup can check them anywhere. */
    @Test
    void noPageHasDuplicateIds() throws Exception {
        TestSite site = representativeSite(dir).build();
        assertThat(duplicateIds(site)).isEmpty();
    }

    /**
     * Ids that Markdown generates for headings never repeat one on a page: the theme's own ids use underscores
     * ({@code main_content}, {@code toc_heading}), which heading ids never contain, and teasers
     * ({@code <!--more-->}), several to a list page, render their headings without ids.
     */
    @Test
    void headingIdsNeverCollideWithTheThemeOrOtherTeasers() throws Exception {
        TestSite site = new TestSite(dir)
                .article("a.md", "title: A\ndate: 2026-01-01\ntoc: true", "# Main\n\nText.\n\n## Toc heading\n\nMore.\n")
                .article("b.md", "title: B\ndate: 2026-01-02", "## Background\n\nTeaser.\n\n<!--more-->\n\nRest.\n")
                .article("c.md", "title: C\ndate: 2026-01-03", "## Background\n\nTeaser.\n\n<!--more-->\n\nRest.\n")
                .build();
        assertThat(duplicateIds(site)).isEmpty();
    }

    /** {@code page: id} for every id that occurs more than once on a page. */
    private static List<String> duplicateIds(TestSite site) throws IOException {
        List<String> duplicates = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(site.output())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Document page = org.jsoup.Jsoup.parse(file.toFile(), "UTF-8");
                java.util.Set<String> seen = new java.util.HashSet<>();
                page.select("[id]").forEach(e -> {
                    if (!seen.add(e.id())) {
                        duplicates.add(site.output().relativize(file) + ": " + e.id());
                    }
                });
            }
        }
        return duplicates;
    }

    /** The fixture really exercises what it claims to, so a valid result means something. */
    private static void checkFeaturesArePresent(TestSite site) throws IOException {
        Document features = site.page("articles/features/");
        assertThat(features.select(".article-body table th")).hasSize(3);
        assertThat(features.select(".article-body pre code.language-java").text()).contains("a < b && c > d");
        assertThat(features.select(".article-body pre code").size()).isGreaterThanOrEqualTo(2);
        assertThat(features.select(".article-body del, .article-body s")).isNotEmpty();
        assertThat(features.select(".article-body input[type=checkbox]")).hasSize(3);
        assertThat(features.select(".article-body sup a, .article-body .footnotes")).isNotEmpty();
        assertThat(features.select(".article-body img[alt=Chart of the river level]").attr("src"))
                .isEqualTo("/news/articles/features/chart.svg");
        assertThat(features.select(".article-body a[href^=https://www.example.org/path]")).isNotEmpty();
        assertThat(features.select("nav.toc li")).isNotEmpty();
        assertThat(site.output().resolve("articles/features/chart.svg")).isRegularFile();
        assertThat(site.page("tags/").select(".tag-index li a")).extracting(e -> e.text())
                .contains("Zürich", "C++", "C#", "Straße & Verkehr", "日本語", "naïve café", "100%");
        assertThat(site.page("").select(".badge-draft")).isNotEmpty();
        assertThat(site.page("articles/draft/").select(".badge-draft")).isNotEmpty();
        assertThat(site.output().resolve("articles/future/index.html")).isRegularFile();
        assertThat(site.output().resolve("page/4/index.html")).as("several index pages").isRegularFile();
        assertThat(site.output().resolve("old/more/index.html")).as("an alias redirect").isRegularFile();
        assertThat(site.output().resolve("2026/05/more.html")).as("an alias redirect to a file").isRegularFile();
        assertThat(site.output().resolve("404.html")).isRegularFile();
        // The newsroom's pages: lead story, kicker, bylines with photo, series, corrections, author, term and pages.
        assertThat(site.page("").select(".lead-story .lead-title a").text()).startsWith("Every feature");
        assertThat(features.select(".kicker a").text()).isEqualTo("City & Region");
        assertThat(features.select(".byline img.byline-photo")).hasSize(1);
        assertThat(features.select(".series-nav .series-parts li")).hasSize(2);
        assertThat(features.select(".corrections li")).hasSize(1);
        assertThat(site.page("authors/jana-novak/").select("img.profile-photo, .profile-links a")).hasSize(4);
        assertThat(site.page("sections/").select(".tag-index a")).hasSize(2);
        assertThat(site.page("series/line-4/").select(".card")).hasSize(2);
        assertThat(site.page("about/").select(".masthead-nav a[aria-current=page]").text())
                .isEqualTo("About \u201Cus\u201D & them");
        Document archive = site.page("articles/archive/");
        assertThat(archive.select(".article-body h2#the-original-post > a[href=https://example.org/original]")).hasSize(1);
        assertThat(archive.select(".article-body h2 > a.heading-anchor[href=#the-original-post]")).hasSize(1);
        assertThat(archive.select(".article-body div > p").text()).startsWith("A box never closed");
        assertThat(archive.select("nav.neighbours a").first().parents()).noneMatch(p -> p.normalName().equals("a"));
        Document media = site.page("articles/media/");
        assertThat(media.select(".article-body a.embed-load[data-embed-src]")).hasSize(2);
        assertThat(media.select(".article-body video[src=clip.mp4], .article-body audio[src=interview.mp3]")).hasSize(2);
        assertThat(media.select(".article-body figure.gallery > figure > img")).hasSize(2);
        assertThat(media.select(".article-body figure.pullquote > blockquote")).hasSize(1);
        assertThat(media.select(".article-body code.language-diff span.tok-ins")).hasSize(1);
        assertThat(features.select(".article-body code.language-java span.tok-kw")).isNotEmpty();
        org.jsoup.select.Elements teaser = new org.jsoup.select.Elements();
        // On a tag page: the front page shows summaries only for its lead story and section blocks.
        teaser.addAll(site.page("tags/zurich/").select(".card:has(a[href=/news/articles/more/]) .card-summary"));
        assertThat(teaser).as("the teaser on the tag page").hasSize(1);
        assertThat(teaser.select("a[href=https://example.org/docs]").text()).isEqualTo("reference link");
        assertThat(teaser.text()).isEqualTo("The teaser part, with a note and a reference link.");
        assertThat(site.page("articles/more/").select(".article-body .footnotes")).isNotEmpty();
        assertThat(site.output().resolve("archive/index.html")).isRegularFile();
        try (Stream<Path> files = Files.walk(site.output())) {
            List<String> tagPages = files.map(f -> site.output().relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.matches("tags/[^/]+/page/2/index\\.html")).toList();
            assertThat(tagPages).as("a paginated tag page").isNotEmpty();
        }
    }
}
