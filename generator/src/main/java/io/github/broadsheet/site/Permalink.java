package io.github.broadsheet.site;

import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.JekyllNames;
import io.github.broadsheet.content.MarkdownFiles;
import io.github.broadsheet.content.Slugifier;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A permalink pattern filled in for an article: Broadsheet's {@code :year}, {@code :month}, {@code :day} and
 * {@code :slug}, and the placeholders Jekyll and Hugo sites use, so an archive keeps its URLs with a setting instead
 * of a {@code url:} per article: {@code :title} (Jekyll's: the file name, case, accents and dots kept; the slug
 * when front-matter sets one),
 * {@code :categories} (Jekyll's categories, lower case, as folders; none leaves no empty folder),
 * {@code :section} (the article's {@code section:}, else its first category), {@code :output_ext} ({@code .html}), {@code :hour}, {@code :minute},
 * {@code :second}, {@code :i_day}, {@code :i_month}, {@code :short_month}, {@code :long_month},
 * {@code :short_year}, {@code :y_day}, {@code :week}, {@code :short_day}, {@code :long_day}. A pattern ending in
 * {@code .html} names the page's file, as Jekyll's default {@code /:categories/:year/:month/:day/:title.html}.
 */
public final class Permalink {

    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");
    private static final Pattern LEADING_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");

    private Permalink() {
    }

    /** Whether a path holds placeholders to fill ({@code /:year/:title/}), rather than being a path itself. */
    public static boolean isPattern(String path) {
        return PLACEHOLDER.matcher(path).find();
    }

    /** The article's page path for {@code pattern}. */
    public static String of(String pattern, Article article) {
        Map<String, String> values = dateValues(article.date());
        values.put("slug", article.slug());
        // Jekyll's :title: the slug when front-matter gives one, else the file name as Jekyll makes it a URL part
        // (case, accents and dots kept: 2014-12-17-Release-1.0.md is Release-1.0).
        values.put("title", article.lineOf("slug") > 0 ? article.slug() : JekyllNames.prettyCased(
                LEADING_DATE.matcher(MarkdownFiles.articleName(article.source())).replaceFirst("")));
        List<String> categories = article.categories().stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct()
                .toList();
        values.put("categories", String.join("/", categories));
        // The newsroom's section (the desk) when the article has one; an archive's first category otherwise.
        String section = article.editorial().section();
        values.put("section", !section.isEmpty() ? Slugifier.slugify(section)
                : categories.isEmpty() ? "" : Slugifier.slugify(categories.get(0)));
        values.put("output_ext", ".html");
        return expand(pattern, values);
    }

    /** The date placeholders of Jekyll's URLs, for a date as it was written. */
    public static Map<String, String> dateValues(OffsetDateTime date) {
        Map<String, String> values = new HashMap<>();
        values.put("year", String.format(Locale.ROOT, "%04d", date.getYear()));
        values.put("month", String.format(Locale.ROOT, "%02d", date.getMonthValue()));
        values.put("day", String.format(Locale.ROOT, "%02d", date.getDayOfMonth()));
        values.put("hour", String.format(Locale.ROOT, "%02d", date.getHour()));
        values.put("minute", String.format(Locale.ROOT, "%02d", date.getMinute()));
        values.put("second", String.format(Locale.ROOT, "%02d", date.getSecond()));
        values.put("i_day", Integer.toString(date.getDayOfMonth()));
        values.put("i_month", Integer.toString(date.getMonthValue()));
        values.put("short_month", date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        values.put("long_month", date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        values.put("short_year", String.format(Locale.ROOT, "%02d", date.getYear() % 100));
        values.put("y_day", String.format(Locale.ROOT, "%03d", date.getDayOfYear()));
        values.put("w_year", Integer.toString(date.get(IsoFields.WEEK_BASED_YEAR)));
        values.put("week", String.format(Locale.ROOT, "%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        values.put("w_day", Integer.toString(date.getDayOfWeek().getValue()));
        values.put("short_day", date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        values.put("long_day", date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        return values;
    }

    /**
     * {@code template} with its placeholders filled in as Jekyll does it: the longest known name wins
     * ({@code :title:output_ext}, {@code :title_suffix}), an unknown one stays as written, and the result is cleaned
     * of {@code ..}, {@code ./} and empty folders ({@code /:categories/} without categories).
     */
    public static String expand(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
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
