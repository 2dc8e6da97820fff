package io.github.broadsheet.fork;

import java.util.ArrayList;
import java.util.List;

/**
 * Values written one per line between the Maven plugin and the build JVM it starts: backslash, tab, line feed and
 * carriage return are escaped ({@code \\ \t \n \r}), {@code null} is written as {@code \0}, so a value never spans
 * lines and a tab can separate the fields of one line.
 */
final class LineText {

    static final String NULL = "\\0";

    private LineText() {
    }

    static String escape(String value) {
        if (value == null) {
            return NULL;
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        if (text.equals(NULL)) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i == text.length()) {
                throw new IllegalArgumentException("a value ends in a lone backslash: " + text);
            }
            char next = text.charAt(i);
            out.append(switch (next) {
                case '\\' -> '\\';
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> throw new IllegalArgumentException("unknown escape \\" + next + " in: " + text);
            });
        }
        return out.toString();
    }

    /** The fields, escaped and joined by tabs; an empty list is an empty line. */
    static String fields(List<String> values) {
        List<String> escaped = new ArrayList<>(values.size());
        values.forEach(value -> escaped.add(escape(value)));
        return String.join("\t", escaped);
    }

    /** The fields of a line written by {@link #fields}. */
    static List<String> fields(String line) {
        if (line.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String field : line.split("\t", -1)) {
            values.add(unescape(field));
        }
        return values;
    }
}
