package io.github.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The configuration's key decides whether the last build's output can be reused, so every setting must be in it:
 * a setting missing there would keep a site built with the old value. Each record component of the configuration
 * is changed in turn, by reflection, so a component added later is checked without a change to this test.
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
        List<String> checked = new ArrayList<>();
        for (RecordComponent part : SiteConfig.class.getRecordComponents()) {
            Record group = (Record) part.getAccessor().invoke(CONFIG);
            for (RecordComponent setting : group.getClass().getRecordComponents()) {
                Record changedGroup = with(group, setting, changed(setting.getAccessor().invoke(group)));
                assertThat(changedGroup).as("%s.%s changed", part.getName(), setting.getName()).isNotEqualTo(group);
                SiteConfig changed = (SiteConfig) with(CONFIG, part, changedGroup);
                assertThat(changed.key()).as("the key with another %s.%s", part.getName(), setting.getName())
                        .isNotEqualTo(key);
                checked.add(part.getName() + "." + setting.getName());
            }
        }
        assertThat(checked).contains("layout.outputDirectory", "site.baseUrl", "publishing.now",
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

    /** A copy of {@code record} with one component replaced, through its canonical constructor. */
    private static Record with(Record record, RecordComponent component, Object value) throws Exception {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals(component.getName()) ? value : components[i].getAccessor().invoke(record);
        }
        Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return (Record) canonical.newInstance(values);
    }

    /** Another valid value of the same type: every check of the records accepts it. */
    private static Object changed(Object value) {
        if (value instanceof String text) {
            return text + "x";
        }
        if (value instanceof Integer number) {
            return number + 1;
        }
        if (value instanceof Double number) {
            return number + 0.5;
        }
        if (value instanceof Boolean flag) {
            return !flag;
        }
        if (value instanceof Path path) {
            return path.resolve("x");
        }
        if (value instanceof Instant instant) {
            return instant.plusSeconds(1);
        }
        if (value instanceof ZoneId zone) {
            return zone.equals(ZoneOffset.UTC) ? ZoneId.of("Europe/Berlin") : ZoneOffset.UTC;
        }
        if (value instanceof List<?> list) {
            // Lists of taxonomies, section names and menu items: one item fewer, or a section name more.
            return list.isEmpty() ? List.of("World") : list.subList(0, list.size() - 1);
        }
        if (value instanceof io.github.broadsheet.image.ImageConfig images) {
            return new io.github.broadsheet.image.ImageConfig(images.widths(), images.jpegQuality() / 2,
                    images.keepMetadata());
        }
        throw new AssertionError("no other value for " + value + "; add one to this test");
    }
}
