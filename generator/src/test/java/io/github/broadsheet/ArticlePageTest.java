package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import java.time.ZoneId;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article page of a news site: kicker linked to its section, standfirst, linked bylines with photos, date and
 * time in the site's time zone with "Updated ..." beside them, series navigation, corrections as a note and in
 * JSON-LD, Newer/Older and related stories as cards.
 */
class ArticlePageTest {

    @TempDir
    Path dir;

    private TestSite site() {
        return new TestSite(dir)
                .configure(b -> b.site(b.build().site().withTimeZone(ZoneId.of("Europe/Prague"))))
                .file("content/authors/jana-novak.md", "---\nname: Jana Novak\nphoto: jana.svg\n---\nJana.\n")
                .file("content/authors/jana.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"60\""
                        + " height=\"80\"></svg>\n")
                .file("content/authors/piet.md", "---\nname: Piet de Vries\n---\nPiet.\n")
                .article("2026-03-01-one.md", "title: Line 4 is planned\ndate: 2026-03-01T08:00:00Z\n"
                        + "section: City\nseries: Line 4\nauthors: [piet]\ntags: [trams]", "Trams are planned.\n")
                .article("2026-03-02-two.md", """
                        title: Tram line 4 opens
                        date: 2026-03-02T08:30:00Z
                        updated: 2026-03-03T16:45:00Z
                        section: City
                        series: Line 4
                        authors: [jana-novak, piet]
                        tags: [trams]
                        summary: The first tram left at five, on time.
                        corrections:
                          - {date: 2026-03-04T10:00:00Z, text: An earlier version gave the wrong time.}
                          - {date: 2026-03-03, text: "The line has twelve stops, not ten."}
                        """, "Trams on line 4 now run every ten minutes, the city said.\n")
                .article("2026-03-03-three.md", "title: Line 4 after a week\ndate: 2026-03-03T12:00:00Z\n"
                        + "section: City\nseries: Line 4\ntags: [trams]", "A week of trams on line 4.\n")
                .article("2026-03-04-other.md", "title: Budget passes\ndate: 2026-03-04T12:00:00Z\n"
                        + "section: Business", "The council voted.\n");
    }

    @Test
    void theHeaderHasKickerStandfirstLinkedBylinesWithPhotosAndTheTimeInTheSitesZone() throws Exception {
        Document page = site().build().page("articles/two/");
        Element header = page.selectFirst(".article-header");
        assertThat(header.select(".kicker a")).extracting(e -> e.text() + " " + e.attr("href"))
                .containsExactly("City /news/sections/city/");
        assertThat(header.select(".standfirst").text()).isEqualTo("The first tram left at five, on time.");
        assertThat(header.select(".byline .author a")).extracting(e -> e.text() + " " + e.attr("href"))
                .containsExactly("Jana Novak /news/authors/jana-novak/", "Piet de Vries /news/authors/piet/");
        assertThat(header.select("img.byline-photo")).extracting(e -> e.attr("src"))
                .containsExactly("/news/authors/jana-novak/jana.svg");
        // 08:30 UTC is 09:30 in Prague in March; the update (16:45 UTC) is on the same line, in the same zone.
        Element dateline = header.selectFirst(".dateline");
        assertThat(dateline.select("time").first().attr("datetime")).isEqualTo("2026-03-02T09:30+01:00");
        assertThat(dateline.text()).isEqualTo("March 2, 2026, 9:30 AM · Updated March 3, 2026, 5:45 PM");
        assertThat(page.text()).doesNotContainPattern("\\d+ words");
    }

    @Test
    void aSummaryTakenFromTheBodyIsNoStandfirstButStillTheDescription() throws Exception {
        Document page = site().build().page("articles/three/");
        // Shown under the headline it would repeat the first paragraph right below it.
        assertThat(page.select(".standfirst")).isEmpty();
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("A week of trams on line 4.");
        assertThat(page.select(".article-body p").first().text()).isEqualTo("A week of trams on line 4.");
    }

    @Test
    void aPartOfASeriesSaysWhichPartAndLinksThePartsBeforeAndAfter() throws Exception {
        TestSite site = site().build();
        Document two = site.page("articles/two/");
        assertThat(two.select(".series-part").text()).isEqualTo("Part 2 of 3");
        assertThat(two.select(".series-parts li")).extracting(Element::text)
                .containsExactly("Line 4 is planned", "Tram line 4 opens", "Line 4 after a week");
        assertThat(two.select(".series-previous").attr("href")).isEqualTo("/news/articles/one/");
        assertThat(two.select(".series-next").attr("href")).isEqualTo("/news/articles/three/");
        Document one = site.page("articles/one/");
        assertThat(one.select(".series-part").text()).isEqualTo("Part 1 of 3");
        assertThat(one.select(".series-previous")).isEmpty();
        assertThat(site.page("articles/three/").select(".series-next")).isEmpty();
        assertThat(site.page("articles/other/").select(".series-nav")).isEmpty();
        assertThat(site.page("series/line-4/").select(".card-title a")).extracting(Element::text)
                .containsExactly("Line 4 is planned", "Tram line 4 opens", "Line 4 after a week");
    }

    @Test
    void correctionsAreANoteAtTheEndAndInTheJsonLd() throws Exception {
        Document page = site().build().page("articles/two/");
        Element note = page.selectFirst("article .corrections");
        assertThat(note.select("li")).extracting(Element::text).containsExactly(
                "March 3, 2026: The line has twelve stops, not ten.",
                "March 4, 2026: An earlier version gave the wrong time.");
        // The note follows the body.
        assertThat(note.elementSiblingIndex()).isGreaterThan(page.selectFirst(".article-body").elementSiblingIndex());
        JsonNode ld = jsonLd(page);
        assertThat(ld.get("dateModified").asText()).isEqualTo("2026-03-04T10:00Z");
        assertThat(ld.at("/correction/0/@type").asText()).isEqualTo("CorrectionComment");
        assertThat(ld.at("/correction/0/text").asText()).isEqualTo("The line has twelve stops, not ten.");
        assertThat(ld.at("/correction/0/datePublished").asText()).startsWith("2026-03-03");
        assertThat(ld.at("/correction/1/datePublished").asText()).isEqualTo("2026-03-04T10:00Z");
        assertThat(ld.get("articleSection").asText()).isEqualTo("City");
        assertThat(ld.at("/author/0/@type").asText()).isEqualTo("Person");
        assertThat(ld.at("/author/0/url").asText()).isEqualTo("https://example.org/news/authors/jana-novak/");
        assertThat(site().build().page("articles/one/").select(".corrections")).isEmpty();
    }

    @Test
    void aCorrectionWithoutDateOrTextIsAnErrorAtItsLine() {
        BuildFailedException failure = new TestSite(dir)
                .article("a.md", "title: A\ndate: 2026-03-01\ncorrections:\n  - {text: No date.}", "A.\n")
                .article("b.md", "title: B\ndate: 2026-03-01\ncorrections:\n  - {date: 2026-03-02, text: Fine.}\n"
                        + "  - {date: 2026-03-03}\n  - {date: soon, text: Later.}", "B.\n")
                .buildFailing();
        String form = "corrections must be a list of {date: 2026-06-11, text: \"What was corrected.\"}";
        assertThat(failure.problems()).extracting(Problem::toString).containsExactly(
                "content/articles/a.md:4: " + form + ": entry 1 has no date",
                "content/articles/b.md:4: " + form + ": entry 2 has no text",
                "content/articles/b.md:4: " + form + ": entry 3 has 'soon', which is not a date");
    }

    @Test
    void newerOlderAndRelatedStoriesAsCards() throws Exception {
        Document page = site().build().page("articles/two/");
        assertThat(page.select(".neighbours .neighbour-newer").attr("href")).isEqualTo("/news/articles/three/");
        assertThat(page.select(".neighbours .neighbour-older").attr("href")).isEqualTo("/news/articles/one/");
        assertThat(page.select(".related .card .card-title a")).extracting(e -> e.attr("href"))
                .contains("/news/articles/one/");
    }

    static JsonNode jsonLd(Document page) throws Exception {
        return new ObjectMapper().readTree(page.select("script[type=application/ld+json]").html());
    }
}
