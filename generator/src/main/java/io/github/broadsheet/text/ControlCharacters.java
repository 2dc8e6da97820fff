package io.github.broadsheet.text;

import java.util.Locale;

/**
 * The characters no text of a site may hold: the C0 controls except tab and line feed (a bell, an ANSI escape),
 * DEL, the C1 controls, and what XML 1.0 forbids besides (U+FFFE, U+FFFF, a surrogate without its pair). They
 * cannot be shown, a terminal acts on them, and one of them makes {@code feed.xml} ill-formed XML that feed
 * readers refuse. Front-matter and site settings holding one are refused, bodies have them removed, and the
 * feed, sitemap and JSON writers replace any that still come their way.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether the character at {@code index} is one of them (a surrogate counts only without its pair). */
    public static boolean isForbiddenAt(CharSequence text, int index) {
        return forbidden(text.charAt(index), index > 0 ? text.charAt(index - 1) : 0,
                index + 1 < text.length() ? text.charAt(index + 1) : 0);
    }

    /** The index of the first such character, or -1. */
    public static int indexOf(String text) {
        // Over a copy of the characters: with the C1 compiler Maven runs with (.mvn/jvm.config), String.charAt is
        // not intrinsic and made this scan three times slower (80 MB: 0.5 s against 0.17 s).
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // Most characters are decided by these two comparisons.
            if ((c < 0x20 || c >= 0x7F) && forbidden(chars, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text with each such character replaced by {@code replacement} ({@code ""} removes them); the same
     * instance when it has none, so a clean text costs one scan and no copy.
     */
    public static String replace(String text, String replacement) {
        int first = indexOf(text);
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        StringBuilder out = new StringBuilder(chars.length).append(chars, 0, first);
        for (int i = first; i < chars.length; i++) {
            char c = chars[i];
            if ((c < 0x20 || c >= 0x7F) && forbidden(chars, i)) {
                out.append(replacement);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean forbidden(char[] chars, int index) {
        return forbidden(chars[index], index > 0 ? chars[index - 1] : 0, index + 1 < chars.length ? chars[index + 1] : 0);
    }

    /** {@code before} and {@code after} are the neighbours, 0 at either end, for surrogate pairs. */
    private static boolean forbidden(char c, char before, char after) {
        if (c < 0x20) {
            return c != '\t' && c != '\n';
        }
        if (c < 0x7F) {
            return false;
        }
        if (c <= 0x9F) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return !Character.isLowSurrogate(after);
        }
        if (Character.isLowSurrogate(c)) {
            return !Character.isHighSurrogate(before);
        }
        return c >= 0xFFFE;
    }

    /** The character as users look it up, {@code U+0007}. */
    public static String name(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
