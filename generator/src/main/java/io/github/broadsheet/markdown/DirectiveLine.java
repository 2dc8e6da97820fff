package io.github.broadsheet.markdown;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One line of the directive syntax, read: {@code ::name{key="value" ...}} (a leaf directive), {@code :::name{...}}
 * (the opening line of a container) or {@code :::} (a container's closing line). Values are double-quoted and
 * cannot hold a {@code "}; keys are letters, digits, {@code -} and {@code _}. A line is a directive when it starts
 * with two or three colons and a {@link Directives#isKnown known} name, or with any name followed by {@code {} or
 * the end of the line: so a typo such as {@code ::yotube{id="x"}} is reported, while prose or code that happens to
 * start with colons ({@code ::std::cout}) stays text.
 *
 * @param colons     2 for a leaf, 3 for a container's opening or closing line
 * @param name       the directive's name as written, empty for a closing line
 * @param attributes the attributes in the order written
 * @param error      what is wrong with the syntax, or {@code null}
 */
record DirectiveLine(int colons, String name, Map<String, String> attributes, String error) {

    DirectiveLine {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    boolean isClosing() {
        return colons == 3 && name.isEmpty() && error == null;
    }

    /** The line read as a directive, or empty when it is not one (leading spaces already removed). */
    static Optional<DirectiveLine> read(CharSequence text) {
        String line = stripEnd(text);
        int colons = 0;
        while (colons < line.length() && line.charAt(colons) == ':') {
            colons++;
        }
        if (colons < 2 || colons > 3) {
            return Optional.empty();
        }
        int at = colons;
        if (at == line.length()) {
            return colons == 3 ? Optional.of(new DirectiveLine(3, "", Map.of(), null)) : Optional.empty();
        }
        if (!isLetter(line.charAt(at))) {
            return Optional.empty();
        }
        int nameEnd = at;
        while (nameEnd < line.length() && isNameChar(line.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = line.substring(at, nameEnd);
        boolean known = Directives.isKnown(name);
        if (nameEnd == line.length()) {
            return Optional.of(new DirectiveLine(colons, name, Map.of(), null));
        }
        if (line.charAt(nameEnd) != '{') {
            return known ? Optional.of(failed(colons, name, "after the name only {key=\"value\" ...} may follow"))
                    : Optional.empty();
        }
        return Optional.of(attributes(colons, name, line, nameEnd + 1));
    }

    private static DirectiveLine attributes(int colons, String name, String line, int start) {
        Map<String, String> attributes = new LinkedHashMap<>();
        int at = start;
        while (true) {
            at = skipSpaces(line, at);
            if (at >= line.length()) {
                return failed(colons, name, "the attributes are not closed with '}'");
            }
            if (line.charAt(at) == '}') {
                return at + 1 == line.length() ? new DirectiveLine(colons, name, attributes, null)
                        : failed(colons, name, "nothing may follow the closing '}'");
            }
            int keyEnd = at;
            while (keyEnd < line.length() && isNameChar(line.charAt(keyEnd))) {
                keyEnd++;
            }
            if (keyEnd == at || !isLetter(line.charAt(at))) {
                return failed(colons, name, "expected an attribute such as title=\"...\" at '"
                        + excerpt(line, at) + "'");
            }
            String key = line.substring(at, keyEnd);
            if (keyEnd >= line.length() || line.charAt(keyEnd) != '=' || keyEnd + 1 >= line.length()
                    || line.charAt(keyEnd + 1) != '"') {
                return failed(colons, name, "write the attribute " + key + " as " + key
                        + "=\"value\" (double quotes, no spaces around '=')");
            }
            int close = line.indexOf('"', keyEnd + 2);
            if (close < 0) {
                return failed(colons, name, "the value of " + key + " has no closing '\"'");
            }
            if (attributes.put(key, line.substring(keyEnd + 2, close)) != null) {
                return failed(colons, name, "the attribute " + key + " is given twice");
            }
            at = close + 1;
            if (at < line.length() && line.charAt(at) != ' ' && line.charAt(at) != '\t' && line.charAt(at) != '}') {
                return failed(colons, name, "separate the attributes with spaces, at '" + excerpt(line, at) + "'");
            }
        }
    }

    private static DirectiveLine failed(int colons, String name, String error) {
        return new DirectiveLine(colons, name, Map.of(), error);
    }

    private static String excerpt(String line, int at) {
        String rest = line.substring(at);
        return rest.length() > 20 ? rest.substring(0, 20) + "..." : rest;
    }

    private static int skipSpaces(String line, int at) {
        while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    private static String stripEnd(CharSequence text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.subSequence(0, end).toString();
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isNameChar(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '-' || c == '_';
    }
}
