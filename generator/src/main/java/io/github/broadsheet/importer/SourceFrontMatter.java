package io.github.broadsheet.importer;

import io.github.broadsheet.content.FrontMatterParser;
import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * The front-matter of a Jekyll or Hugo source file, in any of the forms they write: YAML between {@code ---}
 * lines (read by Broadsheet's own {@link FrontMatterParser}, so values come out as a build would see them), TOML
 * between {@code +++} lines ({@code tomlj}: dates become {@code java.time} values) and a JSON object ending at a
 * line {@code }}. Every key keeps its line, for the report.
 *
 * @param values   keys and values (texts, numbers, booleans, {@code java.time} values from TOML, lists, mappings)
 * @param keyLines the 1-based line of each top-level key in the source file
 * @param body     the text after the front-matter
 * @param bodyLine the line the body starts on
 * @param format   {@code yaml}, {@code toml}, {@code json}, or {@code none} for a file without front-matter
 */
public record SourceFrontMatter(Map<String, Object> values, Map<String, Integer> keyLines, String body, int bodyLine,
                                String format) {

    public SourceFrontMatter {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        keyLines = Map.copyOf(keyLines);
    }

    /** Line of a key, or 1 for keys that are missing. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, 1);
    }

    /** A value by key, case-insensitively (Hugo reads {@code publishDate} and {@code publishdate} alike). */
    public Optional<Object> get(String key) {
        Object exact = values.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        return values.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key) && e.getValue() != null)
                .map(Map.Entry::getValue).findFirst();
    }

    /** Line of a key looked up case-insensitively. */
    public int lineOfAny(String key) {
        return keyLines.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
                .findFirst().orElse(1);
    }

    /**
     * The front-matter of {@code text}; a file without any has empty values and the whole text as body.
     *
     * @throws MalformedException with the file's line when the front-matter cannot be read
     */
    public static SourceFrontMatter parse(Path file, String text) throws MalformedException {
        String first = text.lines().findFirst().orElse("").stripTrailing();
        return switch (first) {
            case "---" -> yaml(file, text);
            case "+++" -> toml(text);
            case "{" -> json(file, text);
            default -> new SourceFrontMatter(Map.of(), Map.of(), text, 1, "none");
        };
    }

    /** Front-matter that cannot be read, with the line of the problem. */
    public static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        MalformedException(int line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static SourceFrontMatter yaml(Path file, String text) throws MalformedException {
        // "---\n---": Jekyll's way of saying "process this file", with no keys; Broadsheet's parser wants keys.
        List<String> head = text.lines().limit(2).toList();
        if (head.size() == 2 && head.get(1).stripTrailing().equals("---")) {
            int cut = text.indexOf('\n', text.indexOf('\n') + 1);
            return new SourceFrontMatter(Map.of(), Map.of(), cut < 0 ? "" : text.substring(cut + 1), 3, "yaml");
        }
        FrontMatterParser.Result result = new FrontMatterParser().parse(file, text);
        if (result instanceof FrontMatterParser.Failed failed) {
            Problem problem = failed.problem();
            throw new MalformedException(problem.line(), problem.message());
        }
        var fm = ((FrontMatterParser.Parsed) result).frontMatter();
        return new SourceFrontMatter(fm.values(), fm.keyLines(), fm.body(), fm.bodyLine(), "yaml");
    }

    private static SourceFrontMatter toml(String text) throws MalformedException {
        List<String> lines = text.lines().toList();
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals("+++")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new MalformedException(1, "TOML front-matter is not closed: no line '+++' after it");
        }
        String toml = String.join("\n", lines.subList(1, close));
        TomlParseResult result = Toml.parse(toml);
        if (result.hasErrors()) {
            var error = result.errors().get(0);
            throw new MalformedException(error.position().line() + 1, "malformed TOML in front-matter: "
                    + error.getMessage());
        }
        Map<String, Integer> keyLines = new HashMap<>();
        for (String key : result.keySet()) {
            TomlPosition position = result.inputPositionOf(List.of(key));
            if (position != null) {
                keyLines.put(key, position.line() + 1);
            }
        }
        return new SourceFrontMatter(plainToml(result), keyLines, bodyAfter(text, close + 1), close + 2, "toml");
    }

    private static SourceFrontMatter json(Path file, String text) throws MalformedException {
        List<String> lines = text.lines().toList();
        int close = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripTrailing().equals("}")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new MalformedException(1, "JSON front-matter is not closed: no line '}' after it");
        }
        // JSON is YAML's flow style; tabs, which YAML refuses for indentation, cannot occur inside JSON strings.
        String json = String.join("\n", lines.subList(0, close + 1)).replace('\t', ' ');
        FrontMatterParser.Result result = new FrontMatterParser().parse(file, "---\n" + json + "\n---\n");
        if (result instanceof FrontMatterParser.Failed failed) {
            throw new MalformedException(Math.max(1, failed.problem().line() - 1), failed.problem().message()
                    .replace("YAML", "JSON"));
        }
        var fm = ((FrontMatterParser.Parsed) result).frontMatter();
        Map<String, Integer> keyLines = new HashMap<>();
        fm.keyLines().forEach((key, line) -> keyLines.put(key, line - 1));
        return new SourceFrontMatter(fm.values(), keyLines, bodyAfter(text, close + 1), close + 2, "json");
    }

    /** The text from line {@code index} (0-based) on. */
    private static String bodyAfter(String text, int index) {
        int at = 0;
        for (int i = 0; i < index && at >= 0; i++) {
            at = text.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return at < 0 ? "" : text.substring(at);
    }

    /** A TOML table as plain maps and lists; dates and times stay {@code java.time} values. */
    public static Map<String, Object> plainToml(TomlTable table) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (String key : table.keySet()) {
            map.put(key, plainValue(table.get(List.of(key))));
        }
        return map;
    }

    private static Object plainValue(Object value) {
        if (value instanceof TomlTable table) {
            return plainToml(table);
        }
        if (value instanceof TomlArray array) {
            List<Object> list = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                list.add(plainValue(array.get(i)));
            }
            return list;
        }
        return value;
    }
}
