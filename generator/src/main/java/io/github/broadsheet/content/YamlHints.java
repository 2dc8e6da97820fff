package io.github.broadsheet.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What probably went wrong when front-matter is not valid YAML, in words an author can act on. The parser
 * notices an unclosed quote only where the quoted text happens to end, often lines later ("expected &lt;block
 * end&gt;, but found '&lt;scalar&gt;'"), and a colon inside an unquoted title as "mapping values are not allowed";
 * this looks at the lines themselves for these two mistakes, the most common ones in real front-matter.
 */
final class YamlHints {

    /** {@code key: "value} or {@code key: 'value} at the start of a line: a quoted value, quote kept. */
    private static final Pattern QUOTED = Pattern.compile("^\\s*([\\w-]+)\\s*:\\s+([\"'])(.*)$");
    /** {@code key: plain value} whose value holds ": ". */
    private static final Pattern COLON_IN_VALUE = Pattern.compile("^\\s*([\\w-]+)\\s*:\\s+([^\"'\\[{|>#&*!].*?:\\s.*)$");

    /** A hint, with the 0-based line of the YAML block it names. */
    record Hint(int line, String message) {
    }

    private YamlHints() {
    }

    /**
     * @param yaml      the front-matter block
     * @param errorLine the 0-based line where the parser gave up
     * @param problem   the parser's words
     */
    static Optional<Hint> explain(String yaml, int errorLine, String problem) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i <= Math.min(errorLine, lines.length - 1); i++) {
            Matcher quoted = QUOTED.matcher(lines[i]);
            if (quoted.matches() && !closes(quoted.group(3), quoted.group(2).charAt(0))) {
                String quote = quoted.group(2);
                return Optional.of(new Hint(i, "unclosed quote? the value of '" + quoted.group(1) + "' starts with "
                        + quote + " but the line does not close it; end the value with " + quote
                        + (quote.equals("\"") ? " (write a quote inside the value as \\\")"
                                : " (write an apostrophe inside the value as '')")));
            }
        }
        if (problem != null && problem.contains("mapping values are not allowed") && errorLine < lines.length) {
            Matcher colon = COLON_IN_VALUE.matcher(lines[errorLine]);
            if (colon.matches()) {
                return Optional.of(new Hint(errorLine, "the value of '" + colon.group(1) + "' contains ': ', which"
                        + " YAML reads as another key; a value containing ': ' must be quoted: " + colon.group(1)
                        + ": \"" + colon.group(2).strip().replace("\"", "\\\"") + "\""));
            }
        }
        return Optional.empty();
    }

    /** Whether the rest of the line after an opening quote closes it (escapes as YAML writes them). */
    private static boolean closes(String rest, char quote) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }
}
