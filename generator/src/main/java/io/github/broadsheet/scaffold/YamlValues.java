package io.github.broadsheet.scaffold;

import io.github.broadsheet.text.Escapes;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes values as YAML that reads back as exactly the same value: every text as a double-quoted scalar, so
 * titles with quotes, colons, {@code #}, leading dashes or words like {@code yes} and {@code null} stay text.
 * Each result fits on one line, so it can follow {@code key: } in an archetype without changing line numbers.
 */
public final class YamlValues {

    private YamlValues() {
    }

    /** {@code text} as a double-quoted YAML scalar, with backslash escapes for quotes and control characters. */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        Escapes.quoted(out, text, YamlValues::unicode);
        return out.toString();
    }

    /**
     * Control characters, the Unicode line and paragraph separators and the BOM would break the line or be rejected
     * by the parser; escaped, they survive the round trip unchanged.
     */
    private static boolean unicode(String text, int i) {
        char c = text.charAt(i);
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029 || c == 0xfeff;
    }

    /** A YAML flow list of quoted texts, {@code ["diplomacy", "Syria"]}, or {@code []}. */
    public static String list(List<String> items) {
        return items.stream().map(YamlValues::quoted).collect(Collectors.joining(", ", "[", "]"));
    }
}
