package io.github.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void decodesPercentEscapesAsUtf8AndKeepsBrokenOnes() {
        assertThat(SitePaths.decode("/2022/07/09/caf%c3%a9-culture/")).isEqualTo("/2022/07/09/café-culture/");
        assertThat(SitePaths.decode("/city%20works/")).isEqualTo("/city works/");
        assertThat(SitePaths.decode("/100%-sure/")).isEqualTo("/100%-sure/");
        assertThat(SitePaths.decode("/bad%ff%fe/")).isEqualTo("/bad%ff%fe/");
    }

    @Test
    void normalizesAndResolvesAgainstAPage() {
        assertThat(SitePaths.normalize("a//b/./c/../d/")).isEqualTo("/a/b/d/");
        assertThat(SitePaths.normalize("/../../x.html")).isEqualTo("/x.html");
        assertThat(SitePaths.resolve("/2019/05/post.html", "img/a.png")).isEqualTo("/2019/05/img/a.png");
        assertThat(SitePaths.resolve("/2019/05/post/", "../other/")).isEqualTo("/2019/05/other/");
        assertThat(SitePaths.pageUrl("/about")).isEqualTo("/about/");
        assertThat(SitePaths.pageUrl("/about.html")).isEqualTo("/about.html");
    }

    @Test
    void relativeLinksWorkUnderAnyBasePath() {
        assertThat(SitePaths.relative("/2014/12/17/a.html", "/2010/07/21/b.html")).isEqualTo("../../../2010/07/21/b.html");
        assertThat(SitePaths.relative("/2019/05/dam/", "/2019/06/flood/")).isEqualTo("../../06/flood/");
        assertThat(SitePaths.relative("/about/", "/about/")).isEqualTo("./");
        assertThat(SitePaths.relative("/a/b.html", "/a/c.html")).isEqualTo("c.html");
        assertThat(SitePaths.relative("/", "/x:y/")).isEqualTo("./x:y/");
    }

    @Test
    void findsSitePathsOfAbsoluteUrlsOnTheOldSite() {
        URI site = URI.create("https://example.org/blog/");
        assertThat(SitePaths.onSite("https://example.org/blog/2019/x/", site)).contains("/2019/x/");
        assertThat(SitePaths.onSite("http://www.example.org/blog/a%20b.png", site)).contains("/a b.png");
        assertThat(SitePaths.onSite("https://example.org/other/", site)).isEmpty();
        assertThat(SitePaths.onSite("https://elsewhere.net/blog/x/", site)).isEmpty();
        assertThat(SitePaths.onSite("mailto:desk@example.org", site)).isEmpty();
    }

    @Test
    void refusesUrlsBroadsheetWritesItselfOrFrontMatterRefuses() {
        assertThat(SitePaths.unusable("/2019/05/x/")).isEmpty();
        assertThat(SitePaths.unusable("/")).isPresent();
        assertThat(SitePaths.unusable("/tags/ruby/")).isPresent();
        assertThat(SitePaths.unusable("/page/2/")).isPresent();
        assertThat(SitePaths.unusable("/pages/about/")).isEmpty();
        assertThat(SitePaths.unusable("/feed.xml")).isPresent();
        assertThat(SitePaths.unusable("/100%/")).isPresent();
        assertThat(SitePaths.unusable("/.well-known/x/")).isPresent();
    }
}
