package io.github.broadsheet.importer.jekyll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class JekyllPermalinkTest {

    private static final OffsetDateTime DATE = OffsetDateTime.parse("2014-12-17T11:16:21+01:00");

    private static String url(String setting, String slug, List<String> categories) {
        return JekyllPermalink.expand(JekyllPermalink.template(setting),
                JekyllPermalink.placeholders(DATE, slug, "2014-12-17-" + slug, categories));
    }

    @Test
    void builtInStyles() {
        assertThat(url(null, "release-1.0", List.of("Releases", "java"))).isEqualTo("/releases/java/2014/12/17/release-1.0.html");
        assertThat(url("pretty", "release-1.0", List.of())).isEqualTo("/2014/12/17/release-1.0/");
        assertThat(url("ordinal", "x", List.of())).isEqualTo("/2014/351/x.html");
        assertThat(url("none", "x", List.of("a"))).isEqualTo("/a/x.html");
        assertThat(url("weekdate", "x", List.of())).isEqualTo("/2014/W51/Wed/x.html");
    }

    @Test
    void templatesWithEveryPlaceholder() {
        assertThat(url("/:year/:i_month/:i_day/:short_year/:short_month/:long_month/:hour:minute:second/:slug/",
                "Hello World!", List.of())).isEqualTo("/2014/12/17/14/Dec/December/111621/hello-world/");
        assertThat(url("/:categories/:title:output_ext", "Café Olé!", List.of("News"))).isEqualTo("/news/Café-Olé!.html");
        assertThat(url("/blog/:name/", "x", List.of())).isEqualTo("/blog/2014-12-17-x/");
        // Jekyll's sanitize_url: ".." becomes "/", and slashes are squeezed.
        assertThat(url("/:title/", "wait..what", List.of())).isEqualTo("/wait/what/");
    }
}
