package io.github.broadsheet.content;

import io.github.broadsheet.digest.Sha256;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a title, file name or tag into a URL path segment: lower-case ASCII letters, digits and single dashes.
 * Accents are removed by Unicode decomposition ({@code São Paulo -> sao-paulo}); symbols that carry meaning are
 * spelled out so {@code C++}, {@code C#} and {@code C} stay apart; text with nothing left gets a stable,
 * hash-based fallback, never an empty path segment.
 */
public final class Slugifier {

    /** Letters that decomposition does not split into a base letter plus accents. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "ae"), Map.entry('ø', "o"),
            Map.entry('Ø', "o"), Map.entry('œ', "oe"), Map.entry('Œ', "oe"), Map.entry('ł', "l"),
            Map.entry('Ł', "l"), Map.entry('đ', "d"), Map.entry('Đ', "d"), Map.entry('ð', "d"),
            Map.entry('þ', "th"), Map.entry('Þ', "th"), Map.entry('ı', "i"));

    /** Symbols that distinguish names ("C++" is not "C"); everything else becomes a separator. */
    private static final Map<Character, String> SYMBOLS = Map.of(
            '+', "plus", '#', "sharp", '&', "and", '@', "at", '%', "percent");

    private Slugifier() {
    }

    /** The slug of {@code text}, or {@code ""} when no letter or digit survives (callers choose a fallback). */
    public static String slugify(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean dash = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String word = null;
            if (c < 128 && Character.isLetterOrDigit(c)) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.append(Character.toLowerCase(c));
                continue;
            }
            if (LETTERS.containsKey(c)) {
                word = LETTERS.get(c);
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.append(word);
                continue;
            }
            word = SYMBOLS.get(c);
            if (word != null) {
                if (out.length() > 0) {
                    out.append('-');
                }
                out.append(word);
            }
            dash = true;
        }
        return out.toString();
    }

    /** Like {@link #slugify}, but text without letters or digits gets {@code prefix + short hash}. */
    public static String slugifyOr(String text, String prefix) {
        String slug = slugify(text);
        return slug.isEmpty() ? prefix + shortHash(text) : slug;
    }

    /** Eight hex digits of SHA-256: stable across runs and machines, short enough for a URL. */
    public static String shortHash(String text) {
        return Sha256.hex(text, 8);
    }

    /** Case-insensitive, locale-independent key for comparing names ("SYRIA" and "syria"). */
    public static String foldCase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
