package io.github.broadsheet.importer;

import io.github.broadsheet.content.FrontMatterParser;
import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
        String format = switch (first) {
            case "---" -> "yaml";
            case "+++" -> "toml";
            case "{" -> "json";
            default -> null;
        };
        if (format == null) {
            return new SourceFrontMatter(Map.of(), Map.of(), text, 1, "none");
        }
        // Broadsheet's own parser, so values come out exactly as a build will see them.
        FrontMatterParser.Result result = new FrontMatterParser().parse(file, text);
        if (result instanceof FrontMatterParser.Failed failed) {
            Problem problem = failed.problem();
            throw new MalformedException(problem.line(), problem.message());
        }
        var fm = ((FrontMatterParser.Parsed) result).frontMatter();
        return new SourceFrontMatter(fm.values(), fm.keyLines(), fm.body(), fm.bodyLine(), format);
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
}
