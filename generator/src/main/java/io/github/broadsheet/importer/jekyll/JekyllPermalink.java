package io.github.broadsheet.importer.jekyll;

import io.github.broadsheet.content.JekyllNames;
import io.github.broadsheet.site.Permalink;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jekyll's URLs: the built-in permalink styles, and a permalink template filled in the way
 * {@code Jekyll::URL} does it ({@code :categories}, {@code :year}, {@code :title}, {@code :output_ext}...), so every
 * imported post keeps the exact URL it had.
 */
final class JekyllPermalink {

    /** Jekyll's default style, {@code date}. */
    static final String DEFAULT = "/:categories/:year/:month/:day/:title:output_ext";

    private static final Map<String, String> STYLES = Map.of(
            "date", DEFAULT,
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");

    private JekyllPermalink() {
    }

    /** The template of a {@code permalink} setting: a style name, or the template itself. */
    static String template(String setting) {
        if (setting == null || setting.isBlank()) {
            return DEFAULT;
        }
        String value = setting.strip();
        return STYLES.getOrDefault(value.startsWith(":") ? value.substring(1) : value, value);
    }

    /** Whether a template makes folder URLs (pages then get {@code /about/} rather than {@code /about.html}). */
    static boolean pretty(String template) {
        return template.endsWith("/");
    }

    /**
     * The placeholders of a post.
     *
     * @param date       the post's date in the site's time zone
     * @param slug       the slug part of the file name, or front-matter {@code slug}
     * @param fileName   the file name without extension (with its date)
     * @param categories the post's categories, in order
     */
    static Map<String, String> placeholders(OffsetDateTime date, String slug, String fileName, List<String> categories) {
        Map<String, String> values = Permalink.dateValues(date);
        values.put("title", JekyllNames.prettyCased(slug));
        values.put("slug", JekyllNames.slugify(slug));
        values.put("name", JekyllNames.slugify(fileName));
        values.put("categories", String.join("/", categories.stream()
                .map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList()));
        values.put("output_ext", ".html");
        return values;
    }

    /** The placeholders of a page: its folder and file name. */
    static Map<String, String> pagePlaceholders(String path, String basename) {
        return Map.of("path", path, "basename", basename, "output_ext", ".html");
    }

    /** The URL of {@code template} with its placeholders filled in, cleaned as {@code Jekyll::URL#sanitize_url}. */
    static String expand(String template, Map<String, String> values) {
        return Permalink.expand(template, values);
    }
}
