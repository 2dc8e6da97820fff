package io.github.broadsheet.config;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One taxonomy a site publishes: its key (what front-matter names), the URL segment of its pages and its display
 * names. The keys are fixed ({@link #KEYS}); which of them a site has, under which path and names, is configured.
 * A taxonomy's terms get a paginated page at {@code /<path>/<term-slug>/}, an Atom feed beside it, and the
 * taxonomy an index at {@code /<path>/}.
 *
 * @param key    {@code section}, {@code authors}, {@code series} or {@code tags}
 * @param path   one URL segment, e.g. {@code sections}
 * @param name   the display name of one term's kind, e.g. {@code Section}
 * @param plural the display name of the index, e.g. {@code Sections}
 */
public record Taxonomy(String key, String path, String name, String plural) {

    /** The keys a taxonomy can have, in their default order. */
    public static final List<String> KEYS = List.of("section", "authors", "series", "tags");

    private static final Pattern SEGMENT = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    /** @throws IllegalArgumentException for an unknown key or a path that is not one plain URL segment */
    public Taxonomy {
        key = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        if (!KEYS.contains(key)) {
            throw new IllegalArgumentException("unknown taxonomy key '" + key + "'; the keys are "
                    + String.join(", ", KEYS));
        }
        // Defaults: path, name, plural.
        String[] fallback = switch (key) {
            case "section" -> new String[] {"sections", "Section", "Sections"};
            case "authors" -> new String[] {"authors", "Author", "Authors"};
            case "series" -> new String[] {"series", "Series", "Series"};
            default -> new String[] {"tags", "Tag", "Tags"};
        };
        path = path == null || path.isBlank() ? fallback[0] : path.strip();
        if (!SEGMENT.matcher(path).matches()) {
            throw new IllegalArgumentException("taxonomy " + key + ": path '" + path + "' must be one URL segment of"
                    + " lower-case letters, digits, '-' and '_', such as 'sections'");
        }
        name = name == null || name.isBlank() ? fallback[1] : name.strip();
        plural = plural == null || plural.isBlank() ? fallback[2] : plural.strip();
    }

    /** The taxonomy of {@code key} with its default path and names. */
    public static Taxonomy of(String key) {
        return new Taxonomy(key, null, null, null);
    }

    /** The four taxonomies, in their default order: what a site has when it configures none. */
    public static List<Taxonomy> defaults() {
        return KEYS.stream().map(Taxonomy::of).toList();
    }

    /** Site path of the index, e.g. {@code /sections/}. */
    public String indexPath() {
        return "/" + path + "/";
    }
}
