package io.github.broadsheet.text;

/**
 * The escaping every writer of the engine shares, so that each rule is written once: text in HTML and XML (the
 * markup characters as entities), and text as a double-quoted string with backslash escapes, the form JSON and
 * YAML have in common (each says which further characters it writes as {@code \}{@code uXXXX}).
 */
public final class Escapes {

    /** Which characters of a quoted string are written as {@code \}{@code uXXXX}, besides the named escapes. */
    @FunctionalInterface
    public interface CharRule {
        /** Whether the character at {@code index} of {@code text} must be written as a Unicode escape. */
        boolean test(String text, int index);
    }

    private Escapes() {
    }

    /** Text for HTML, in content or an attribute value: {@code & < > " '} as entities ({@code '} as {@code &#39;}). */
    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        markup(out, text, 0, text.length(), "&#39;");
        return out.toString();
    }

    /** Text for XML, in content or an attribute value: {@code & < > " '} as entities ({@code '} as {@code &apos;}). */
    public static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        markup(out, text, 0, text.length(), "&apos;");
        return out.toString();
    }

    /**
     * Appends {@code text[start, end)} with {@code & < > "} as entities, and {@code '} as {@code apostrophe}, or as it
     * is when that is {@code null} (HTML content, where it means nothing).
     */
    public static void markup(StringBuilder out, CharSequence text, int start, int end, String apostrophe) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append(apostrophe == null ? "'" : apostrophe);
                default -> out.append(c);
            }
        }
    }

    /**
     * Appends {@code text} in double quotes with {@code \"}, {@code \\}, {@code \n}, {@code \r} and {@code \t}, and
     * every character that {@code unicode} names as a lower-case {@code \}{@code uXXXX}: a string that JSON and YAML
     * read back as exactly {@code text}.
     */
    public static void quoted(StringBuilder out, String text, CharRule unicode) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (unicode.test(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
