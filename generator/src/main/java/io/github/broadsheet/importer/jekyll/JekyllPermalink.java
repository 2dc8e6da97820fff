package io.github.broadsheet.importer.jekyll;

import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

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
        Map<String, String> values = new java.util.HashMap<>();
        values.put("year", String.format("%04d", date.getYear()));
        values.put("month", String.format("%02d", date.getMonthValue()));
        values.put("day", String.format("%02d", date.getDayOfMonth()));
        values.put("hour", String.format("%02d", date.getHour()));
        values.put("minute", String.format("%02d", date.getMinute()));
        values.put("second", String.format("%02d", date.getSecond()));
        values.put("i_day", Integer.toString(date.getDayOfMonth()));
        values.put("i_month", Integer.toString(date.getMonthValue()));
        values.put("short_month", date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        values.put("long_month", date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        values.put("short_year", String.format("%02d", date.getYear() % 100));
        values.put("y_day", String.format("%03d", date.getDayOfYear()));
        values.put("w_year", Integer.toString(date.get(IsoFields.WEEK_BASED_YEAR)));
        values.put("week", String.format("%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        values.put("w_day", Integer.toString(date.getDayOfWeek().getValue()));
        values.put("short_day", date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        values.put("long_day", date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
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
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            // ":title:output_ext" and ":title_suffix": the longest known name wins, as in Jekyll.
            String value = null;
            int used = key.length();
            for (int end = key.length(); end > 0; end--) {
                value = values.get(key.substring(0, end));
                if (value != null) {
                    used = end;
                    break;
                }
            }
            String replacement = value == null ? m.group() : value + key.substring(used);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        String url = ("/" + out).replace("..", "/").replace("./", "");
        return url.replaceAll("/{2,}", "/");
    }

}
