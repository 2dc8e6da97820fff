package io.github.broadsheet.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jekyll's own ways of turning file names into URL parts and titles ({@code Jekyll::Utils.slugify} in its
 * {@code default} and {@code pretty} modes, {@code titleize_slug}), so old URLs come out exactly as Jekyll made them:
 * the engine's {@code :title} permalink placeholder and a Jekyll post's title from its file name, and the importer.
 */
public final class JekyllNames {

    /** {@code default} mode: everything but letters, marks and digits becomes a hyphen. */
    private static final Pattern DEFAULT = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");
    /** {@code pretty} mode: a few URL-safe punctuation characters stay. */
    private static final Pattern PRETTY = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}._~!$&'()+,;=@]+");

    private JekyllNames() {
    }

    /** {@code Utils.slugify(text)}: lower-case, runs of other characters one hyphen, none at the ends. */
    public static String slugify(String text) {
        return trimHyphens(DEFAULT.matcher(text).replaceAll("-")).toLowerCase(Locale.ROOT);
    }

    /** {@code Utils.slugify(text, mode: "pretty", cased: true)}, what {@code :title} uses. */
    public static String prettyCased(String text) {
        return trimHyphens(PRETTY.matcher(text).replaceAll("-"));
    }

    private static String trimHyphens(String text) {
        return text.replaceAll("^-+|-+$", "");
    }

    /** {@code Utils.titleize_slug}: {@code release-1.0 -> Release 1.0}. */
    public static String titleize(String slug) {
        return Arrays.stream(slug.split("-")).filter(word -> !word.isEmpty())
                .map(word -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
    }
}
