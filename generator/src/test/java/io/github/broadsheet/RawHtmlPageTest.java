package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.problem.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real archives hold raw HTML that is not closed, headings that are links and URLs with spaces, backslashes or
 * umlauts: the pages around such an article stay as the theme made them and valid, and the build says which lines
 * it repaired.
 */
class RawHtmlPageTest {

    @TempDir
    java.nio.file.Path dir;

    private TestSite site() {
        return new TestSite(dir)
                .article("2026-05-01-older.md", "title: Older story\ndate: 2026-05-01", "The older one.\n")
                .article("2026-05-02-archive.md", "title: From the archive\ndate: 2026-05-02", """
                        ### [The original post](https://example.org/original)

                        Read <a href="https://example.org/source">the source

                        <div class="pull">

                        A paragraph the author meant to put in a box.
                        """)
                .article("2026-05-03-newer.md", "title: Newer story\ndate: 2026-05-03", "The newer one.\n");
    }

    @Test
    void thePageAroundUnclosedHtmlStaysAsTheThemeMadeIt() throws Exception {
        TestSite site = site().build();
        Document page = site.page("articles/archive/");
        // Read as browsers read it: the theme's neighbour links are not inside the author's link or box.
        for (Element neighbour : page.select("nav.neighbours a")) {
            assertThat(neighbour.parents()).as(neighbour.outerHtml())
                    .noneMatch(parent -> parent.normalName().equals("a") || parent.hasClass("pull")
                            || parent.hasClass("article-body"));
        }
        assertThat(page.select("nav.neighbours a").eachAttr("rel")).containsExactly("next", "prev");
        assertThat(page.select("footer.site-footer").first().parents()).noneMatch(p -> p.hasClass("article-body"));
        assertThat(page.select(".article-body .pull p").text()).isEqualTo("A paragraph the author meant to put in a box.");
        // The heading keeps its id and its link, with its own anchor beside it, not around it.
        Element heading = page.selectFirst(".article-body h3");
        assertThat(heading.id()).isEqualTo("the-original-post");
        assertThat(heading.select("a[href=https://example.org/original]").text()).isEqualTo("The original post");
        assertThat(heading.select("a.heading-anchor").attr("href")).isEqualTo("#the-original-post");
        assertThat(site.text("articles/archive/index.html")).doesNotContain("class=\"heading-anchor\"><a ");
        assertThat(site.report().warnings()).extracting(Problem::toString).containsExactly(
                "content/articles/2026-05-02-archive.md:7: warning: HTML that would break the page around it was"
                        + " repaired: <a href=\"https://example.org/source\"> is not closed before </p>: as in"
                        + " browsers, it carries on after it, up to </a> or the end",
                "content/articles/2026-05-02-archive.md:9: warning: HTML that would break the page around it was"
                        + " repaired: <div class=\"pull\"> is never closed: closed at the end");
    }

    /**
     * Link URLs are percent-encoded where a URL may not hold a character as written (the HTML is then valid), and
     * still lead to the site's own files.
     */
    @Test
    void linksWithCharactersAUrlMayNotHoldArePercentEncodedAndStillFound() throws Exception {
        TestSite site = new TestSite(dir)
                .article("2026-05-01-files/index.md", "title: Files\ndate: 2026-05-01", """
                        The [plan](Straße.pdf), [Wikipedia](https://de.wikipedia.org/wiki/Straße) and a
                        [path](https://example.org/a\\b).
                        """)
                .file("content/articles/2026-05-01-files/Straße.pdf", "%PDF-1.4\n")
                .build();
        assertThat(site.page("articles/files/").select(".article-body a").eachAttr("href")).containsExactly(
                "Stra%C3%9Fe.pdf", "https://de.wikipedia.org/wiki/Stra%C3%9Fe", "https://example.org/a%5Cb");
        assertThat(site.output().resolve("articles/files/Straße.pdf")).isRegularFile();
        assertThat(site.report().warnings()).isEmpty();
    }

    /** The warnings come again on a rebuild that takes the rendering from the build cache. */
    @Test
    void aRebuildWarnsAgain() throws Exception {
        TestSite site = site().build();
        assertThat(site.report().warnings()).hasSize(2);
        site.article("2026-05-04-another.md", "title: Another\ndate: 2026-05-04", "Another.\n").build();
        assertThat(site.report().warnings()).hasSize(2);
        assertThat(site.page("articles/archive/").select("nav.neighbours a").first().parents())
                .noneMatch(parent -> parent.normalName().equals("a"));
    }
}
