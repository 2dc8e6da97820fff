package io.github.broadsheet.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.broadsheet.TestSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search-index.json}: compact, complete for published articles, distinctive terms, reproducible. */
class SearchIndexTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private TestSite site() {
        return new TestSite(dir)
                .article("2026-01-10-budget.md", """
                        title: "Council passes the <2026> budget"
                        date: 2026-01-10T10:00:00+01:00
                        tags: [budget, city council]
                        summary: "The council passed the budget after a long night."
                        """,
                        "The council treasurer presented the spreadsheet. The spreadsheet showed a deficit that "
                                + "worried the opposition. Kindergartens and kindergartens again.\n")
                .article("2026-02-01-trams.md", """
                        title: "Trams & buses: what changes"
                        date: 2026-02-01
                        tags: [transport, Budget]
                        summary: "What changes in the network."
                        """,
                        "The timetable changes on Monday. Night lines run every hour; the depot in Ostfeld closes. "
                                + "The deficit of the transport company grows.\n")
                .article("2026-03-01-draft.md", "title: Draft piece\ndate: 2026-03-01\ndraft: true\ntags: [secret]",
                        "Unfinished zeppelin.\n")
                .article("2027-01-01-future.md", "title: Scheduled piece\ndate: 2027-01-01", "Embargoed zeppelin.\n");
    }

    private JsonNode index(TestSite site) throws Exception {
        return json.readTree(site.text("search-index.json"));
    }

    @Test
    void listsPublishedArticlesNewestFirstWithShortKeys() throws Exception {
        TestSite site = site().build();
        JsonNode index = index(site);
        assertThat(index.get("v").asInt()).isEqualTo(1);
        JsonNode articles = index.get("a");
        assertThat(articles).hasSize(2);

        JsonNode trams = articles.get(0);
        assertThat(trams.get("t").asText()).isEqualTo("Trams & buses: what changes");
        assertThat(trams.get("u").asText()).isEqualTo("articles/trams/");
        assertThat(trams.get("d").asText()).isEqualTo("2026-02-01");
        JsonNode budget = articles.get(1);
        assertThat(budget.get("t").asText()).isEqualTo("Council passes the <2026> budget");
        assertThat(budget.get("d").asText()).isEqualTo("2026-01-10");
        assertThat(budget.get("s").asText()).isEqualTo("The council passed the budget after a long night.");
        List<String> keys = new ArrayList<>();
        budget.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("t", "u", "d", "g", "s", "k");

        // Tags by position in the shared list; "Budget" and "budget" are one tag.
        List<String> tagNames = new ArrayList<>();
        index.get("g").forEach(t -> tagNames.add(t.asText()));
        assertThat(tagNames).hasSize(3).doesNotContain("secret");
        // The site's one name for the tag (the newest article's spelling), shared through one position.
        assertThat(names(trams.get("g"), tagNames)).containsExactly("transport", "Budget");
        assertThat(names(budget.get("g"), tagNames)).containsExactly("Budget", "city council");
        assertThat(trams.get("g").get(1)).isEqualTo(budget.get("g").get(0));

        assertThat(site.text("search-index.json")).doesNotContain("zeppelin", "Draft piece", "Scheduled piece");
    }

    @Test
    void compactAndSafeJson() throws Exception {
        String text = site().build().text("search-index.json");
        assertThat(text).endsWith("}\n").doesNotContain("{ ", "[ ", "\" :", "\": ", ", \"");
        assertThat(text.strip()).doesNotContain("\n");
        // Markup characters are escaped, so the JSON can never be mistaken for HTML.
        assertThat(text).doesNotContain("<2026>").contains("\\u003c2026\\u003e");
    }

    @Test
    void termsAreTheBodysDistinctiveWordsNotAlreadyInTitleTagsOrSummary() throws Exception {
        JsonNode articles = index(site().build()).get("a");
        List<String> budget = Arrays.asList(articles.get(1).get("k").asText().split(" "));
        // Repeated and only here: first. In both articles: still there, but later. Stop words: never.
        assertThat(budget).startsWith("kindergartens", "spreadsheet").contains("deficit", "treasurer")
                .doesNotContain("the", "and", "budget", "council", "night");
        assertThat(budget.indexOf("deficit")).isGreaterThan(budget.indexOf("treasurer"));
        List<String> trams = Arrays.asList(articles.get(0).get("k").asText().split(" "));
        assertThat(trams).contains("timetable", "depot", "ostfeld").doesNotContain("trams", "transport", "budget");
        assertThat(trams.size()).isLessThanOrEqualTo(12); // SiteAssembler.SEARCH_KEYWORDS;
    }

    @Test
    void reproducible() throws Exception {
        String first = site().build().text("search-index.json");
        String second = site().build().text("search-index.json");
        assertThat(second).isEqualTo(first);
    }

    private static List<String> names(JsonNode positions, List<String> tagNames) {
        List<String> out = new ArrayList<>();
        positions.forEach(p -> out.add(tagNames.get(p.asInt())));
        return out;
    }
}
