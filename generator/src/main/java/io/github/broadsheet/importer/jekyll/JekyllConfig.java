package io.github.broadsheet.importer.jekyll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The settings of a Jekyll site's {@code _config.yml} that decide its URLs and dates: {@code permalink},
 * {@code url} and {@code baseurl}, {@code timezone}, front-matter {@code defaults}, {@code excerpt_separator},
 * {@code collections_dir} and {@code exclude}.
 *
 * @param file     the file read, or {@code null} when the site has none
 * @param values   every top-level setting
 */
record JekyllConfig(Path file, Map<String, Object> values) {

    /** One entry of {@code defaults}: values for the files its scope matches. */
    record Default(String path, String type, Map<String, Object> values) {

        /** Whether the scope covers a file ({@code path} relative to the site) of a type (posts, drafts, pages). */
        boolean covers(String file, String fileType) {
            boolean pathMatches = path.isEmpty() || file.equals(path) || file.startsWith(path.endsWith("/") ? path : path + "/");
            return pathMatches && (type.isEmpty() || type.equals(fileType));
        }
    }

    /** The configuration of the site at {@code root}; without {@code _config.yml}, Jekyll's defaults. */
    static JekyllConfig read(Path root) throws IOException, InvalidException {
        Path file = root.resolve("_config.yml");
        if (!Files.isRegularFile(file)) {
            return new JekyllConfig(null, Map.of());
        }
        Object data;
        try {
            data = new Load(LoadSettings.builder().setLabel("_config.yml").build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
        } catch (YamlEngineException e) {
            throw new InvalidException("_config.yml is not valid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        if (data instanceof Map<?, ?> map) {
            map.forEach((key, value) -> values.put(String.valueOf(key), value));
        }
        return new JekyllConfig(file, values);
    }

    /** {@code _config.yml} that cannot be read. */
    static final class InvalidException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidException(String message) {
            super(message);
        }
    }

    String text(String key, String fallback) {
        Object value = values.get(key);
        return value == null ? fallback : String.valueOf(value).strip();
    }

    String permalink() {
        return text("permalink", "date");
    }

    String baseurl() {
        String value = text("baseurl", "");
        if (value.isEmpty() || value.equals("/")) {
            return "";
        }
        String path = value.startsWith("/") ? value : "/" + value;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    String url() {
        String value = text("url", "");
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    List<Default> defaults() {
        List<Default> defaults = new ArrayList<>();
        if (values.get("defaults") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> entry && entry.get("values") instanceof Map<?, ?> entryValues) {
                    Map<?, ?> scope = entry.get("scope") instanceof Map<?, ?> s ? s : Map.of();
                    Map<String, Object> copy = new LinkedHashMap<>();
                    entryValues.forEach((k, v) -> copy.put(String.valueOf(k), v));
                    defaults.add(new Default(scope.get("path") == null ? "" : String.valueOf(scope.get("path")),
                            scope.get("type") == null ? "" : String.valueOf(scope.get("type")), copy));
                }
            }
        }
        return defaults;
    }

    /** The values of every default whose scope covers the file, later entries winning. */
    Map<String, Object> defaultsFor(String file, String type) {
        Map<String, Object> merged = new LinkedHashMap<>();
        defaults().stream().filter(d -> d.covers(file, type))
                // Jekyll applies the most specific scope last: longer paths, then those with a type.
                .sorted(java.util.Comparator.comparingInt((Default d) -> d.path().length())
                        .thenComparingInt(d -> d.type().isEmpty() ? 0 : 1))
                .forEach(d -> merged.putAll(d.values()));
        return merged;
    }

    List<String> exclude() {
        List<String> names = new ArrayList<>();
        if (values.get("exclude") instanceof List<?> list) {
            list.forEach(item -> names.add(String.valueOf(item)));
        }
        return names;
    }
}
