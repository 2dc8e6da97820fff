package io.github.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every URL of a site, at the root of its host and under a path. */
class SiteUrlsTest {

    private static final SiteUrls NEWS = new SiteUrls("https://example.org/news/", "/news/");
    private static final SiteUrls ROOT = new SiteUrls("https://example.org/", "/");

    @Test
    void linksAndAbsoluteUrlsGoUnderTheBase() {
        assertThat(NEWS.path("/tags/")).isEqualTo("/news/tags/");
        assertThat(NEWS.path("/")).isEqualTo("/news/");
        assertThat(NEWS.path("css/style.3f9a2c1b.css")).isEqualTo("/news/css/style.3f9a2c1b.css");
        assertThat(ROOT.path("/tags/")).isEqualTo("/tags/");
        assertThat(NEWS.absolute("/articles/x/")).isEqualTo("https://example.org/news/articles/x/");
        assertThat(NEWS.absolute("/")).isEqualTo("https://example.org/news/");
    }

    /** The search index's URLs: relative to the base URL, so its script resolves them against the index's own. */
    @Test
    void urlsAreRelativeToTheBaseUrlSoTheScriptResolvesThemAgainstTheIndex() {
        assertThat(NEWS.relative("/articles/x/")).isEqualTo("articles/x/");
        assertThat(ROOT.relative("/articles/x/")).isEqualTo("articles/x/");
    }

    @Test
    void referencesOnAPageResolveAsABrowserWould() {
        assertThat(NEWS.resolve("/articles/x/", "https://cdn.example.com/a.jpg"))
                .hasValue("https://cdn.example.com/a.jpg");
        assertThat(NEWS.resolve("/articles/x/", "/img/a.jpg")).hasValue("https://example.org/news/img/a.jpg");
        assertThat(NEWS.resolve("/articles/x/", "a.jpg")).hasValue("https://example.org/news/articles/x/a.jpg");
        assertThat(NEWS.resolve("/articles/x/", "a b.jpg")).isEmpty();
    }

    @Test
    void linksAreTurnedBackIntoSitePaths() {
        assertThat(NEWS.rootRelative("https://example.org/news/tags/")).isEqualTo("/news/tags/");
        assertThat(NEWS.rootRelative("https://example.org/other/")).isEqualTo("https://example.org/other/");
        assertThat(NEWS.sitePath("/news/tags/")).hasValue("/tags/");
        assertThat(NEWS.sitePath("/news/")).hasValue("/");
        assertThat(NEWS.sitePath("/other/x/")).isEmpty();
        assertThat(ROOT.sitePath("/tags/")).hasValue("/tags/");
        assertThat(NEWS.sitePath(NEWS.path("/archive/"))).hasValue("/archive/");
    }
}
