package io.github.broadsheet.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.config.ConfigVariants;
import io.github.broadsheet.config.Newsroom;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.config.Taxonomy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build JVM must build with exactly the configuration the Maven plugin checked, setting by setting. */
class ConfigTextTest {

    private static final SiteConfig CONFIG = SiteConfig.builder(Path.of("project").toAbsolutePath())
            .themesDirectory(Path.of("themes"))
            .cacheDirectory(Path.of("target/cache"))
            .now(Instant.parse("2026-11-27T12:00:00Z"))
            .build();

    @Test
    void everySettingSurvivesTheTrip() throws Exception {
        assertThat(ConfigText.read(ConfigText.write(CONFIG))).isEqualTo(CONFIG);
        Map<String, SiteConfig> variants = ConfigVariants.eachSettingChanged(CONFIG);
        variants.forEach((setting, changed) -> assertThat(ConfigText.read(ConfigText.write(changed)))
                .as("the configuration with another %s", setting).isEqualTo(changed));
        assertThat(variants.keySet()).contains("publishing.feedSummaries", "publishing.termFeedSummaries",
                "layout.themesDirectory", "newsroom.headerMenu", "related.minScore");
    }

    @Test
    void textThatNeedsEscapingAndEmptyListsSurvive() {
        SiteConfig config = SiteConfig.builder(Path.of("a folder\\with\tback slash").toAbsolutePath())
                .site(new SiteSettings("Zürich – «news»", "one\\two", null, "de-CH", "Ann = Lee"))
                .permalink("/:year/\\:slug/")
                .now(Instant.parse("2026-11-27T12:00:00.123456789Z"))
                .newsroom(new Newsroom(List.of(new Taxonomy("tags", "themen", "Thema\tx", "Themen")),
                        List.of("World", "Köln"), List.of(), null))
                .build();
        SiteConfig read = ConfigText.read(ConfigText.write(config));
        assertThat(read).isEqualTo(config);
        assertThat(read.newsroom().headerMenu()).isEmpty();
        assertThat(ConfigText.write(config)).doesNotContain("\r").hasLineCount(ConfigText.write(CONFIG).split("\n").length);
    }

    @Test
    void aMissingOrUnknownSettingIsRefused() {
        String text = ConfigText.write(CONFIG);
        assertThatThrownBy(() -> ConfigText.read(text.replaceAll("(?m)^site\\.title=.*\\n", "")))
                .hasMessageContaining("site.title is missing");
        assertThatThrownBy(() -> ConfigText.read(text + "site.colour=red\n"))
                .hasMessageContaining("unknown settings: [site.colour]");
    }
}
