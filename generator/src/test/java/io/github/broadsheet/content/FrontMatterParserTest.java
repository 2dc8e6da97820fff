package io.github.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser();
    private final Path file = Path.of("content/articles/a.md");

    @Test
    void splitsYamlAndBody() {
        var result = parser.parse(file, "---\ntitle: Hello\ntags: [a, b]\nfoo: 3\n---\n# Body\n");
        assertThat(result).isInstanceOf(FrontMatterParser.Parsed.class);
        FrontMatter fm = ((FrontMatterParser.Parsed) result).frontMatter();
        assertThat(fm.values()).containsEntry("title", "Hello").containsEntry("tags", List.of("a", "b"))
                .containsEntry("foo", 3);
        assertThat(fm.body()).isEqualTo("# Body\n");
        assertThat(fm.bodyLine()).isEqualTo(6);
        assertThat(fm.lineOf("tags")).isEqualTo(3);
    }

    @Test
    void keepsDatesAsTextForOurOwnParser() {
        var fm = ((FrontMatterParser.Parsed) parser.parse(file, "---\ndate: 2026-11-27\n---\n")).frontMatter();
        assertThat(fm.values().get("date")).isEqualTo("2026-11-27");
    }

    /** The size limit counts the YAML between the fences: a block of exactly the limit parses, one more fails. */
    @Test
    void frontMatterUpToTheSizeLimitParses() {
        String key = "title: ";
        String atLimit = "a".repeat(FrontMatterParser.MAX_FRONT_MATTER_CHARS - key.length() - 1);
        assertThat(parser.parse(file, "---\n" + key + atLimit + "\n---\nBody\n"))
                .isInstanceOf(FrontMatterParser.Parsed.class);
        var over = parser.parse(file, "---\n" + key + atLimit + "a\n---\nBody\n");
        assertThat(over).isInstanceOf(FrontMatterParser.Failed.class);
        assertThat(((FrontMatterParser.Failed) over).problem().toString())
                .startsWith("content/articles/a.md:2: front-matter is 1.0 MB (1048577 characters); the limit is 1 MB");
    }

    /** Nesting is counted per level, not per bracket: 32 levels parse, 33 fail on the line of the 33rd. */
    @Test
    void nestingUpToTheLimitParses() {
        int limit = FrontMatterParser.MAX_NESTING;
        // The front-matter mapping itself is the first level.
        String inner = "[".repeat(limit - 1) + "]".repeat(limit - 1);
        assertThat(parser.parse(file, "---\nx: " + inner + "\n---\n")).isInstanceOf(FrontMatterParser.Parsed.class);
        var deeper = parser.parse(file, "---\ny: 1\nx:\n  " + "[".repeat(limit) + "]".repeat(limit) + "\n---\n");
        assertThat(deeper).isInstanceOf(FrontMatterParser.Failed.class);
        assertThat(((FrontMatterParser.Failed) deeper).problem().toString()).isEqualTo(
                "content/articles/a.md:4: front-matter nests lists or mappings more than 32 levels deep; flatten it");
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("empty file", "", 1, "empty file"),
                Arguments.of("only whitespace", "  \n\n", 1, "empty file"),
                Arguments.of("no front-matter", "# Just Markdown\n", 1, "no front-matter"),
                Arguments.of("not closed", "---\ntitle: x\ndate: 2026-01-01\n# Body\n", 1, "not closed"),
                Arguments.of("malformed YAML", "---\ntitle: x\ndate: [2026\n---\n", 3, "malformed YAML"),
                Arguments.of("bad indentation", "---\ntitle: x\n  date: 2026-01-01\n---\n", 3, "malformed YAML"),
                Arguments.of("duplicate key", "---\ntitle: a\ntitle: b\n---\n", 3, "malformed YAML"),
                Arguments.of("a list, not keys", "---\n- a\n- b\n---\n", 2, "must be YAML keys"),
                Arguments.of("TOML not closed", "+++\ntitle = 'x'\n", 1, "add a line '+++' after the TOML block"),
                Arguments.of("malformed TOML", "+++\ntitle = 'x'\ndate = \n+++\n", 3, "malformed TOML"),
                Arguments.of("TOML nested too deep", "+++\nx = " + "[".repeat(40) + "]".repeat(40) + "\n+++\n", 2,
                        "nests arrays or tables more than 32 levels"),
                Arguments.of("JSON not closed", "{\n  \"title\": \"x\"\n", 1, "add a line '}' after the JSON block"),
                Arguments.of("malformed JSON", "{\n  \"title\": \"x\",\n  \"date\" \"2026\"\n}\n", 3,
                        "malformed YAML"));
    }

    @Test
    void tomlAndJsonFrontMatterAsHugoWritesThem() {
        var toml = (FrontMatterParser.Parsed) parser.parse(file, "+++\ntitle = \"Hugo post\"\n"
                + "date = 2024-03-01T10:00:00+01:00\ntags = [\"a\", \"b\"]\n[params]\nkicker = \"x\"\n+++\nBody\n");
        assertThat(toml.frontMatter().values()).containsEntry("title", "Hugo post").containsEntry("tags", List.of("a", "b"))
                .containsEntry("date", java.time.OffsetDateTime.parse("2024-03-01T10:00:00+01:00"))
                .containsEntry("params", Map.of("kicker", "x"));
        assertThat(toml.frontMatter().lineOf("date")).isEqualTo(3);
        assertThat(toml.frontMatter().body()).isEqualTo("Body\n");
        assertThat(toml.frontMatter().bodyLine()).isEqualTo(8);

        var json = (FrontMatterParser.Parsed) parser.parse(file, "{\n\t\"title\": \"JSON post\",\n\t\"date\": \"2024-03-01\","
                + "\n\t\"tags\": [\"a\"]\n}\nBody\n");
        assertThat(json.frontMatter().values()).containsEntry("title", "JSON post").containsEntry("tags", List.of("a"));
        assertThat(json.frontMatter().lineOf("date")).isEqualTo(3);
        assertThat(json.frontMatter().bodyLine()).isEqualTo(6);
    }

    @Test
    void emptyYamlFrontMatterHasNoKeys() {
        var empty = (FrontMatterParser.Parsed) parser.parse(file, "---\n---\nBody\n");
        assertThat(empty.frontMatter().values()).isEmpty();
        assertThat(empty.frontMatter().bodyLine()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void reportsFileAndLine(String name, String text, int line, String message) {
        var result = parser.parse(file, text);
        assertThat(result).isInstanceOf(FrontMatterParser.Failed.class);
        Problem problem = ((FrontMatterParser.Failed) result).problem();
        assertThat(problem.file()).isEqualTo(file);
        assertThat(problem.line()).isEqualTo(line);
        assertThat(problem.message()).contains(message);
        assertThat(problem.toString()).startsWith("content/articles/a.md:" + line + ": ");
    }
}
