package io.github.broadsheet.importer.hugo;

import io.github.broadsheet.content.TomlFrontMatter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * The settings of a Hugo site that decide its URLs and dates, from {@code hugo.toml}/{@code .yaml}/{@code .json}
 * (or the older {@code config.*}) and {@code config/_default/}: {@code baseURL}, {@code permalinks},
 * {@code taxonomies}, {@code timeZone}, {@code uglyURLs}, {@code disablePathToLower}, {@code contentDir}. Hugo reads
 * keys case-insensitively, and so does this.
 *
 * @param files  the files read, for the report
 * @param values every setting, keys as written
 */
record HugoConfig(List<Path> files, Map<String, Object> values) {

    private static final List<String> NAMES = List.of("hugo", "config");
    private static final List<String> EXTENSIONS = List.of("toml", "yaml", "yml", "json");

    /** Hugo's configuration of the site at {@code root}; none at all gives Hugo's defaults. */
    static HugoConfig read(Path root) throws IOException, InvalidException {
        List<Path> files = new java.util.ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            Optional<Path> file = EXTENSIONS.stream().map(ext -> root.resolve(name + "." + ext)).filter(Files::isRegularFile)
                    .findFirst();
            if (file.isPresent()) {
                files.add(file.get());
                values.putAll(parse(file.get()));
                break;
            }
        }
        Path folder = root.resolve("config").resolve("_default");
        if (Files.isDirectory(folder)) {
            try (var list = Files.list(folder)) {
                for (Path file : list.sorted().toList()) {
                    String fileName = file.getFileName().toString();
                    int dot = fileName.lastIndexOf('.');
                    if (dot < 0 || !EXTENSIONS.contains(fileName.substring(dot + 1))) {
                        continue;
                    }
                    String key = fileName.substring(0, dot);
                    files.add(file);
                    Map<String, Object> parsed = parse(file);
                    if (NAMES.contains(key)) {
                        values.putAll(parsed);
                    } else {
                        // config/_default/permalinks.toml holds the value of "permalinks".
                        values.put(key, parsed);
                    }
                }
            }
        }
        return new HugoConfig(files, values);
    }

    /** A configuration file that cannot be read. */
    static final class InvalidException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidException(String message) {
            super(message);
        }
    }

    private static Map<String, Object> parse(Path file) throws IOException, InvalidException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        if (name.endsWith(".toml")) {
            TomlParseResult result = Toml.parse(text);
            if (result.hasErrors()) {
                var error = result.errors().get(0);
                throw new InvalidException(name + ":" + error.position().line() + ": " + error.getMessage());
            }
            return TomlFrontMatter.plain(result);
        }
        try {
            Object data = new Load(LoadSettings.builder().setLabel(name).build())
                    .loadFromString(name.endsWith(".json") ? text.replace('\t', ' ') : text);
            Map<String, Object> values = new LinkedHashMap<>();
            if (data instanceof Map<?, ?> map) {
                map.forEach((k, v) -> values.put(String.valueOf(k), v));
            }
            return values;
        } catch (YamlEngineException e) {
            throw new InvalidException(name + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** A setting by name, any case. */
    Optional<Object> get(String key) {
        return lookup(values, key);
    }

    static Optional<Object> lookup(Map<?, ?> map, String key) {
        return map.entrySet().stream().filter(e -> String.valueOf(e.getKey()).equalsIgnoreCase(key))
                .map(e -> (Object) e.getValue()).filter(v -> v != null).findFirst();
    }

    String text(String key, String fallback) {
        return get(key).map(String::valueOf).map(String::strip).orElse(fallback);
    }

    boolean flag(String key) {
        return get(key).map(v -> v instanceof Boolean b ? b : "true".equalsIgnoreCase(String.valueOf(v))).orElse(false);
    }

    /** The permalink pattern of a top-level section, if configured (flat or under {@code page}, Hugo 0.112+). */
    Optional<String> permalink(String section) {
        Optional<Object> permalinks = get("permalinks");
        if (permalinks.isEmpty() || !(permalinks.get() instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Optional<Object> pages = lookup(map, "page");
        if (pages.isPresent() && pages.get() instanceof Map<?, ?> pageMap) {
            Optional<Object> pattern = lookup(pageMap, section);
            if (pattern.isPresent()) {
                return pattern.map(String::valueOf);
            }
        }
        return lookup(map, section).filter(v -> !(v instanceof Map)).map(String::valueOf);
    }

    /** Every configured permalink pattern, for the report. */
    Map<String, String> permalinks() {
        Map<String, String> patterns = new java.util.TreeMap<>();
        if (get("permalinks").orElse(null) instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value instanceof Map<?, ?> inner) {
                    if (String.valueOf(key).equalsIgnoreCase("page")) {
                        inner.forEach((k, v) -> patterns.put(String.valueOf(k), String.valueOf(v)));
                    }
                } else {
                    patterns.put(String.valueOf(key), String.valueOf(value));
                }
            });
        }
        return patterns;
    }

    /** The plural names of the site's taxonomies: Hugo's {@code tags} and {@code categories} unless configured. */
    List<String> taxonomies() {
        if (get("taxonomies").orElse(null) instanceof Map<?, ?> map) {
            return map.values().stream().map(v -> String.valueOf(v).toLowerCase(Locale.ROOT)).toList();
        }
        return List.of("tags", "categories");
    }

    /** Whether a section's pages end in {@code .html}: {@code uglyURLs = true}, or per section in a table. */
    boolean ugly(String section) {
        Optional<Object> setting = get("uglyURLs");
        if (setting.isPresent() && setting.get() instanceof Map<?, ?> map) {
            return lookup(map, section).map(v -> Boolean.TRUE.equals(v)).orElse(false);
        }
        return flag("uglyURLs");
    }
}
