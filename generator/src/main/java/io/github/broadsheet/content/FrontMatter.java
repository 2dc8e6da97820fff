package io.github.broadsheet.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The YAML block at the top of an article, already parsed, with the line of each key so later checks can point
 * at the exact line, and the Markdown body that follows it.
 *
 * @param values   the keys in file order, values as SnakeYAML built them (String, Boolean, Number, List, Map)
 * @param keyLines for each key, its 1-based line in the file
 * @param body     the Markdown after the closing {@code ---}
 * @param bodyLine 1-based line where the body starts
 */
public record FrontMatter(Map<String, Object> values, Map<String, Integer> keyLines, String body, int bodyLine) {

    public FrontMatter {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        keyLines = Map.copyOf(keyLines);
    }

    /** Line of a key, or 1 (the opening {@code ---}) for keys that are missing. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 1);
    }
}
