package io.github.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies of a configuration with one setting changed each, found by walking the record components by reflection,
 * so that a setting added later is covered by every test that uses this without a change to the test (the build
 * cache's key in SiteConfigTest, the text the Maven plugin hands to the build JVM in ConfigTextTest).
 */
public final class ConfigVariants {

    private ConfigVariants() {
    }

    /** {@code group.setting} (e.g. {@code site.baseUrl}) -> the configuration with that setting changed. */
    public static Map<String, SiteConfig> eachSettingChanged(SiteConfig config) throws Exception {
        Map<String, SiteConfig> variants = new LinkedHashMap<>();
        for (RecordComponent part : SiteConfig.class.getRecordComponents()) {
            Record group = (Record) part.getAccessor().invoke(config);
            for (RecordComponent setting : group.getClass().getRecordComponents()) {
                Record changedGroup = with(group, setting, changed(setting.getAccessor().invoke(group)));
                assertThat(changedGroup).as("%s.%s changed", part.getName(), setting.getName()).isNotEqualTo(group);
                variants.put(part.getName() + "." + setting.getName(), (SiteConfig) with(config, part, changedGroup));
            }
        }
        return variants;
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
