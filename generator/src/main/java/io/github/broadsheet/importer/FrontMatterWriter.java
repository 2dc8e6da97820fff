package io.github.broadsheet.importer;

import io.github.broadsheet.scaffold.YamlValues;
import io.github.broadsheet.text.ControlCharacters;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * Writes an imported document's front-matter as YAML that Broadsheet reads back unchanged: texts double-quoted
 * ({@link YamlValues}), dates as ISO 8601 with their offset, lists in flow style, a mapping (an author's links) one
 * key per line. Keys come out in the order given.
 */
public final class FrontMatterWriter {

    /** {@code 2014-12-17T11:16:21-08:00}: seconds always, the offset of the source kept. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private FrontMatterWriter() {
    }

    /** The whole file: front-matter between {@code ---} lines, a blank line, the body, one final newline. */
    public static String document(Map<String, Object> frontMatter, String body) {
        StringBuilder out = new StringBuilder("---\n");
        frontMatter.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map) {
                out.append(key).append(":\n");
                map.forEach((k, v) -> out.append("  ").append(k).append(": ").append(scalar(v)).append('\n'));
            } else {
                out.append(key).append(": ").append(scalar(value)).append('\n');
            }
        });
        out.append("---\n");
        // Leading blank lines go, leading spaces stay: they may start an indented code block.
        String text = body.replaceFirst("^(?:[ \t]*\n)+", "").stripTrailing();
        if (!text.isEmpty()) {
            out.append('\n').append(text).append('\n');
        }
        return out.toString();
    }

    /**
     * Control characters (a stray form feed in an old title) are left out: Broadsheet refuses them in front-matter,
     * where they would break feeds.
     */
    private static String clean(String text) {
        return ControlCharacters.replace(text, "");
    }

    private static String scalar(Object value) {
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        if (value instanceof OffsetDateTime date) {
            return DATE.format(date);
        }
        if (value instanceof List<?> list) {
            return YamlValues.list(list.stream().map(item -> clean(String.valueOf(item))).toList());
        }
        return YamlValues.quoted(clean(String.valueOf(value)));
    }
}
