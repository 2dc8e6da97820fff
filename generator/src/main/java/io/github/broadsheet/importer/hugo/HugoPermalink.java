package io.github.broadsheet.importer.hugo;

import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hugo's URLs of regular pages: the default path (the content folder's path plus the file name, or {@code slug}),
 * a section's {@code permalinks} pattern ({@code :year}, {@code :month}, {@code :slug}, {@code :title},
 * {@code :filename}, {@code :section}...), made the way Hugo's {@code MakePathSanitized} makes them: letters,
 * digits and {@code ._~#+@} kept, runs of spaces and hyphens one hyphen, other characters dropped, lower-case unless
 * {@code disablePathToLower}.
 */
final class HugoPermalink {

    private static final Pattern PLACEHOLDER = Pattern.compile(":(\\w+)");

    /**
     * What the placeholders of one page are made of.
     *
     * @param slug     front-matter {@code slug}, or {@code null}
     * @param fileName the file name without extension; a bundle's folder name
     * @param folder   the folder it is in, relative to the content folder ({@code blog/2019}; a bundle's parent)
     * @param date     Hugo's {@code .Date}, in the offset it was written with
     */
    record Page(String title, String slug, String fileName, String folder, OffsetDateTime date) {
    }

    private HugoPermalink() {
    }

    /** Hugo's {@code UnicodeSanitize}: what a URL path keeps of a text. */
    static String sanitize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean hyphen = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == '.' || c == '/' || c == '\\' || c == '_' || c == '#' || c == '+' || c == '~'
                    || c == '@' || Character.isLetter(c) || Character.isDigit(c)
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK;
            if (allowed) {
                if (hyphen) {
                    out.append('-');
                    hyphen = false;
                }
                out.appendCodePoint(c);
            } else if (out.length() > 0 && (c == '-' || Character.isWhitespace(c))) {
                hyphen = true;
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** {@code urlize}: sanitized, lower-case unless the site keeps case. */
    static String urlize(String text, boolean lower) {
        String sanitized = sanitize(text);
        return lower ? sanitized.toLowerCase(Locale.ROOT) : sanitized;
    }

    /** A section's pattern filled in for a page, sanitized as Hugo does with the result. */
    static String expand(String pattern, Page page, boolean lower) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = value(m.group(1), page, lower);
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return path(out.toString(), lower);
    }

    private static String value(String name, Page page, boolean lower) {
        OffsetDateTime date = page.date();
        String slugOrTitle = page.slug() != null ? urlize(page.slug(), lower) : urlize(page.title(), lower);
        String fileName = urlize(page.fileName(), lower);
        return switch (name) {
            case "year" -> String.format("%04d", date.getYear());
            case "month" -> String.format("%02d", date.getMonthValue());
            case "monthname" -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "day" -> String.format("%02d", date.getDayOfMonth());
            case "weekday" -> Integer.toString(date.getDayOfWeek().getValue() % 7);
            case "weekdayname" -> date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "yearday" -> Integer.toString(date.getDayOfYear());
            case "section" -> page.folder().isEmpty() ? "" : page.folder().split("/")[0];
            // Hugo's sections are folders with an _index.md below the first level; a page's folder path is what
            // they add up to on sites that have them all, as most do.
            case "sections" -> page.folder();
            case "title" -> urlize(page.title(), lower);
            case "slug" -> slugOrTitle;
            case "filename", "contentbasename" -> fileName;
            case "slugorfilename", "slugorcontentbasename" -> page.slug() != null ? urlize(page.slug(), lower) : fileName;
            default -> null;
        };
    }

    /** The default URL: the page's folder path, then its slug or file name. */
    static String defaultPath(Page page, boolean lower) {
        String last = page.slug() != null ? page.slug() : page.fileName();
        return path("/" + page.folder() + "/" + last + "/", lower);
    }

    /** A path sanitized as a whole, with one slash between parts and a leading slash. */
    static String path(String path, boolean lower) {
        String clean = urlize(path, lower).replaceAll("/{2,}", "/");
        return clean.startsWith("/") ? clean : "/" + clean;
    }
}
