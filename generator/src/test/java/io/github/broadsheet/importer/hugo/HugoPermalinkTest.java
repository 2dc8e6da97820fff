package io.github.broadsheet.importer.hugo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Expected values are what Hugo 0.111.3 made of the fixture (see importer/hugo/expected-urls.txt). */
class HugoPermalinkTest {

    private static HugoPermalink.Page page(String title, String slug, String file, String folder) {
        return new HugoPermalink.Page(title, slug, file, folder, OffsetDateTime.parse("2020-11-03T23:45:00-05:00"));
    }

    @Test
    void sanitizesAsHugoDoes() {
        assertThat(HugoPermalink.urlize("Election night: results", true)).isEqualTo("election-night-results");
        assertThat(HugoPermalink.urlize("Farmers' market returns", true)).isEqualTo("farmers-market-returns");
        assertThat(HugoPermalink.urlize("River clean-up day", true)).isEqualTo("river-clean-up-day");
        assertThat(HugoPermalink.urlize("Reader Survey", false)).isEqualTo("Reader-Survey");
        assertThat(HugoPermalink.urlize("Café & Bar #1", true)).isEqualTo("café-bar-#1");
    }

    @Test
    void patternsAndDefaultPaths() {
        assertThat(HugoPermalink.expand("/:year/:month/:slug/", page("Election night: results", null, "election-night", "posts"), true))
                .isEqualTo("/2020/11/election-night-results/");
        assertThat(HugoPermalink.expand("/:year/:month/:slug/", page("The new dam opens", "valley-dam-opens", "dam", "posts"), true))
                .isEqualTo("/2020/11/valley-dam-opens/");
        assertThat(HugoPermalink.expand("/news/:year/:month/:day/:filename/", page("x", null, "storm-damage", "news"), true))
                .isEqualTo("/news/2020/11/03/storm-damage/");
        assertThat(HugoPermalink.expand("/:section/:slugorfilename/", page("x", null, "a", "news/2020"), true))
                .isEqualTo("/news/a/");
        assertThat(HugoPermalink.expand("/:sections/:title/", page("Hello", null, "a", "news/2020"), true))
                .isEqualTo("/news/2020/hello/");
        assertThat(HugoPermalink.defaultPath(page("x", "Editors-Note", "editors-note", "blog"), true)).isEqualTo("/blog/editors-note/");
        assertThat(HugoPermalink.defaultPath(page("x", null, "Reader Survey", "blog"), true)).isEqualTo("/blog/reader-survey/");
        assertThat(HugoPermalink.defaultPath(page("x", null, "Reader Survey", "blog"), false)).isEqualTo("/blog/Reader-Survey/");
    }
}
