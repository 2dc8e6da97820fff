package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.config.Newsroom;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front page of the default theme: the lead story (newest {@code featured: true}, else newest), top stories, a
 * block per section in the configured order (three or more stories a grid with as many columns, one or two a list),
 * then "Latest", paginated by {@code pageSize} (12 by default). Also the summaries cards and meta descriptions show.
 */
class FrontPageTest {

    @TempDir
    Path dir;

    /** 20 articles, a20 newest; a10 is featured. */
    private TestSite site() {
        TestSite site = new TestSite(dir);
        for (int n = 1; n <= 20; n++) {
            String section = n >= 15 || n <= 2 ? null : n >= 12 || n == 10 ? "World" : n == 11 || n == 9 ? "Business"
                    : n == 8 ? "Culture" : "Sport";
            site.article("a" + n + ".md", "title: Story " + n + "\ndate: 2026-03-" + String.format("%02d", n)
                    + (section == null ? "" : "\nsection: " + section) + (n == 10 ? "\nfeatured: true" : ""),
                    "Body of story " + n + ".\n");
        }
        return site.configure(b -> b.newsroom(new Newsroom(null, List.of("Culture", "World"), null, null)));
    }

    @Test
    void leadTopStoriesSectionBlocksInOrderAndLatest() throws Exception {
        Document home = site().build().page("");
        assertThat(home.select(".lead-story .lead-title a").text()).isEqualTo("Story 10");
        assertThat(home.select(".lead-story .kicker").text()).isEqualTo("World");
        assertThat(titles(home.selectFirst(".top-stories"))).containsExactly("Story 20", "Story 19", "Story 18",
                "Story 17");
        assertThat(home.select(".front-section h2")).extracting(Element::text)
                .containsExactly("Culture", "World", "Business", "Sport");
        List<Element> blocks = home.select(".front-section");
        // One or two stories: a list, no grid.
        assertThat(blocks.get(0).select(".block-grid")).isEmpty();
        assertThat(titles(blocks.get(0).selectFirst(".story-list"))).containsExactly("Story 8");
        assertThat(blocks.get(2).select(".block-grid")).isEmpty();
        assertThat(titles(blocks.get(2).selectFirst(".story-list"))).containsExactly("Story 11", "Story 9");
        // Three or more: a grid with a column per story (the lead is not repeated in its section).
        Element world = blocks.get(1).selectFirst(".block-grid");
        assertThat(world.className()).contains("block-grid-3");
        assertThat(world.select(".card-title a")).extracting(Element::text)
                .containsExactly("Story 14", "Story 13", "Story 12");
        Element sport = blocks.get(3).selectFirst(".block-grid");
        assertThat(sport.className()).contains("block-grid-4");
        assertThat(sport.select(".card")).hasSize(4);
        assertThat(titles(home.selectFirst(".front-latest"))).containsExactly("Story 16", "Story 15");
        assertThat(home.select(".front-latest a[rel=next]").attr("href")).isEqualTo("/news/page/2/");
    }

    /** When the lead, top stories and blocks show every story of page 1, "Latest" would head an empty list. */
    @Test
    void withEveryStoryInABlockOnlyTheWayToOlderPagesIsLeft() throws Exception {
        TestSite site = new TestSite(dir);
        for (int n = 1; n <= 14; n++) {
            site.article("a" + n + ".md", "title: Story " + n + "\ndate: 2026-03-" + String.format("%02d", n)
                    + "\nsection: " + (n >= 6 && n <= 9 ? "World" : "Sport"), "Body of story " + n + ".\n");
        }
        Document home = site.build().page("");
        assertThat(home.select(".front-section .card-title")).hasSize(8);
        assertThat(home.select(".front-latest")).isEmpty();
        assertThat(home.select("h2")).extracting(Element::text).doesNotContain("Latest");
        assertThat(home.select(".pagination a[rel=next]").attr("href")).isEqualTo("/news/page/2/");
    }

    @Test
    void latestIsPaginatedByTwelve() throws Exception {
        TestSite site = site().build();
        Document second = site.page("page/2/");
        assertThat(second.select(".card-title a")).extracting(Element::text).containsExactly("Story 8", "Story 7",
                "Story 6", "Story 5", "Story 4", "Story 3", "Story 2", "Story 1");
        assertThat(site.output().resolve("page/3")).doesNotExist();
        assertThat(site.page("sections/world/").select(".card")).hasSize(4);
    }

    @Test
    void withoutAFeaturedStoryTheNewestLeads() throws Exception {
        Document home = site().article("a10.md", "title: Story 10\ndate: 2026-03-10\nsection: World", "Ten.\n")
                .build().page("");
        assertThat(home.select(".lead-story .lead-title a").text()).isEqualTo("Story 20");
        assertThat(titles(home.selectFirst(".top-stories"))).containsExactly("Story 19", "Story 18", "Story 17",
                "Story 16");
    }

    @Test
    void cardsShowAbout30WordsAndTheMetaDescriptionAtMost160Characters() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int w = 1; w <= 60; w++) {
            body.append("wordnumber").append(w).append(' ');
        }
        TestSite site = new TestSite(dir).article("long.md", "title: Long\ndate: 2026-03-01\ntags: [x]",
                body.toString().strip() + ".\n").build();
        String card = site.page("tags/x/").select(".card-summary").text();
        assertThat(card).endsWith("…");
        String[] words = card.substring(0, card.length() - 1).split(" ");
        assertThat(words).hasSizeBetween(25, 30);
        assertThat(words[words.length - 1]).isEqualTo("wordnumber" + words.length);
        Document article = site.page("articles/long/");
        String description = article.select("meta[name=description]").attr("content");
        assertThat(description).hasSizeLessThanOrEqualTo(160).endsWith("…");
        String[] cut = description.substring(0, description.length() - 1).split(" ");
        assertThat(cut[cut.length - 1]).isEqualTo("wordnumber" + cut.length);
        assertThat(article.select("meta[property=og:description]").attr("content")).isEqualTo(description);
    }

    private static List<String> titles(Element block) {
        return block.select(".story-title a, .card-title a").stream().map(Element::text).toList();
    }
}
