package io.github.broadsheet.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * TOML front-matter, as Hugo sites write it between {@code +++} lines, read with tomlj: the values come out as
 * plain maps and lists, dates and times as {@code java.time} values (which {@link DateParser} reads), every
 * top-level key with its line. Nesting is held to {@link FrontMatterParser#MAX_NESTING} like YAML's.
 */
public final class TomlFrontMatter {

    private TomlFrontMatter() {
    }

    /**
     * @param toml      the text between the fences
     * @param firstLine the file line of the TOML text's first line
     * @param body      the text after the closing fence, which starts on {@code bodyLine}
     */
    static FrontMatterParser.Result parse(Path file, String text, String toml, int firstLine, String body,
                                          int bodyLine) {
        TomlParseResult result;
        try {
            result = Toml.parse(toml);
        } catch (StackOverflowError e) {
            return FrontMatterParser.fail(file, firstLine, "front-matter nests arrays or tables more than "
                    + FrontMatterParser.MAX_NESTING + " levels deep; flatten it");
        }
        if (result.hasErrors()) {
            TomlParseError error = result.errors().get(0);
            return FrontMatterParser.fail(file, error.position().line() - 1 + firstLine,
                    "malformed TOML in front-matter: " + error.getMessage());
        }
        Map<String, Integer> keyLines = new HashMap<>();
        for (String key : result.keySet()) {
            TomlPosition position = result.inputPositionOf(List.of(key));
            if (position != null) {
                keyLines.put(key, position.line() - 1 + firstLine);
            }
        }
        Map<String, Object> values;
        try {
            values = plain(result, 0);
        } catch (TooDeep e) {
            return FrontMatterParser.fail(file, firstLine, "front-matter nests arrays or tables more than "
                    + FrontMatterParser.MAX_NESTING + " levels deep; flatten it");
        }
        return new FrontMatterParser.Parsed(new FrontMatter(values, keyLines, body, bodyLine));
    }

    /** A TOML table as plain maps and lists; dates and times stay {@code java.time} values. */
    public static Map<String, Object> plain(TomlTable table) {
        return plain(table, 0);
    }

    private static Map<String, Object> plain(TomlTable table, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            map.put(key, plainValue(table.get(List.of(key)), depth + 1));
        }
        return map;
    }

    private static Object plainValue(Object value, int depth) {
        if (depth > FrontMatterParser.MAX_NESTING) {
            throw new TooDeep();
        }
        if (value instanceof TomlTable table) {
            return plain(table, depth);
        }
        if (value instanceof TomlArray array) {
            List<Object> list = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                list.add(plainValue(array.get(i), depth + 1));
            }
            return list;
        }
        return value;
    }

    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }
}
