package io.github.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The configuration's key decides whether the last build's output can be reused, so every setting must be in it:
 * a setting missing there would keep a site built with the old value. Each record component of the configuration
 * is changed in turn ({@link ConfigVariants}), so a component added later is checked without a change to this test.
 */
class SiteConfigTest {

    private static final Path PROJECT = Path.of("project").toAbsolutePath();
    private static final SiteConfig CONFIG = SiteConfig.builder(PROJECT)
            .themesDirectory(Path.of("themes"))
            .cacheDirectory(Path.of("target/cache"))
            .now(Instant.parse("2026-11-27T12:00:00Z"))
            .build();

    @Test
    void everySettingChangesTheKey() throws Exception {
        String key = CONFIG.key();
        Map<String, SiteConfig> variants = ConfigVariants.eachSettingChanged(CONFIG);
        variants.forEach((setting, changed) -> assertThat(changed.key()).as("the key with another %s", setting)
                .isNotEqualTo(key));
        assertThat(variants.keySet()).contains("layout.outputDirectory", "site.baseUrl", "publishing.now",
                "publishing.sanitizeHtml", "related.language", "checks.failOnBrokenLinks", "site.timeZone",
                "site.copyright", "newsroom.taxonomies", "newsroom.sections", "newsroom.headerMenu",
                "newsroom.footerMenu");
    }

    @Test
    void equalConfigurationsHaveEqualKeys() {
        SiteConfig again = SiteConfig.builder(PROJECT).themesDirectory(Path.of("themes"))
                .cacheDirectory(Path.of("target/cache")).now(Instant.parse("2026-11-27T12:00:00Z")).build();
        assertThat(again.key()).isEqualTo(CONFIG.key());
    }

    @Test
    void withMethodsChangeOneSettingOnly() {
        SiteConfig served = CONFIG.withLayout(CONFIG.layout().withOutputDirectory(Path.of("target/serve")))
                .withSite(CONFIG.site().withBaseUrl("http://127.0.0.1:8080"))
                .withPublishing(CONFIG.publishing().withDrafts(true).withFuture(true));
        assertThat(served.layout().outputDirectory()).isEqualTo(PROJECT.resolve("target/serve"));
        assertThat(served.layout().withOutputDirectory(CONFIG.layout().outputDirectory())).isEqualTo(CONFIG.layout());
        assertThat(served.site().baseUrl()).isEqualTo("http://127.0.0.1:8080/");
        assertThat(served.site().withBaseUrl(CONFIG.site().baseUrl())).isEqualTo(CONFIG.site());
        assertThat(served.publishing().withDrafts(false).withFuture(false)).isEqualTo(CONFIG.publishing());
        assertThat(CONFIG.publishing().withNow(Instant.EPOCH).now()).isEqualTo(Instant.EPOCH);
        assertThat(served.related()).isEqualTo(CONFIG.related());
        assertThat(served.checks()).isEqualTo(CONFIG.checks());
    }

    @Test
    void theProjectsSourcesAreContentFirstThenTemplatesStaticFilesAndThemes() {
        assertThat(CONFIG.layout().sources()).containsExactly(PROJECT.resolve("content"),
                PROJECT.resolve("templates"), PROJECT.resolve("static"), PROJECT.resolve("themes"));
        SiteConfig withoutThemes = SiteConfig.builder(PROJECT).build();
        assertThat(withoutThemes.layout().sources()).containsExactly(PROJECT.resolve("content"),
                PROJECT.resolve("templates"), PROJECT.resolve("static"));
    }
}
