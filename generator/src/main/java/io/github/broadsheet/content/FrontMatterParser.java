package io.github.broadsheet.content;

import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Splits an article into its YAML front-matter and Markdown body and parses the YAML with SnakeYAML Engine.
 * Every failure becomes a {@link Problem} naming the file and the line in the file (not in the YAML block), so a
 * user can jump straight to it. Stateless and thread-safe: settings are immutable and built once.
 */
public final class FrontMatterParser {

    /** The result: front-matter, or the one problem that stopped parsing. */
    public sealed interface Result permits Parsed, Failed {
    }

    public record Parsed(FrontMatter frontMatter) implements Result {
    }

    public record Failed(Problem problem) implements Result {
    }

    private static final String FENCE = "---";

    public Result parse(Path file, String text) {
        if (text.isBlank()) {
            return fail(file, 1, "empty file: an article needs front-matter with at least title and date");
        }
        if (!firstLine(text).strip().equals(FENCE)) {
            return fail(file, 1, "no front-matter: the file must start with a line '---', then YAML "
                    + "(title: ..., date: ...), then a closing '---'");
        }
        int yamlStart = text.indexOf('\n') + 1;
        int line = 2;
        int position = yamlStart;
        int closeStart = -1;
        int closeEnd = -1;
        while (position <= text.length()) {
            int end = text.indexOf('\n', position);
            String current = end < 0 ? text.substring(position) : text.substring(position, end);
            String stripped = current.stripTrailing();
            if (stripped.equals(FENCE) || stripped.equals("...")) {
                closeStart = position;
                closeEnd = end < 0 ? text.length() : end + 1;
                break;
            }
            if (end < 0) {
                break;
            }
            position = end + 1;
            line++;
        }
        if (closeStart < 0) {
            return fail(file, 1, "front-matter is not closed: add a line '---' after the YAML block");
        }
        String yaml = text.substring(yamlStart, closeStart);
        int bodyLine = line + 1;
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(20)
                .build();
        Node root;
        Object data;
        try {
            Optional<Node> node = new Compose(settings).composeString(yaml);
            if (node.isEmpty()) {
                return fail(file, 2, "front-matter is empty: it needs at least title and date");
            }
            root = node.get();
            data = new StandardConstructor(settings).constructSingleDocument(node);
        } catch (MarkedYamlEngineException e) {
            // At the end of the block ("expected ']' but got <stream end>") the context mark, where the
            // unclosed construct began, is the line a user needs.
            Optional<Mark> problem = e.getProblemMark();
            Optional<Mark> mark = problem.isPresent() && problem.get().getIndex() < yaml.strip().length()
                    ? problem : e.getContextMark().or(() -> problem);
            int yamlLine = mark.map(Mark::getLine).orElse(0);
            // When the line reported is not where the broken construct began (an unclosed '[' noticed on a
            // later line), name that line too: it is usually where the fix goes.
            String started = e.getContextMark().filter(context -> context.getLine() != yamlLine)
                    .map(context -> " that starts on line " + (context.getLine() + 2)).orElse("");
            return fail(file, yamlLine + 2, "malformed YAML in front-matter: " + firstLine(e.getProblem()
                    + (e.getContext() == null ? "" : " (" + e.getContext() + started + ")")));
        } catch (YamlEngineException e) {
            return fail(file, 2, "malformed YAML in front-matter: " + firstLine(String.valueOf(e.getMessage())));
        }
        if (!(data instanceof Map<?, ?> map) || !(root instanceof MappingNode mapping)) {
            return fail(file, 2, "front-matter must be YAML keys and values (title: ..., date: ...), not "
                    + (data == null ? "nothing" : "a " + kind(data)));
        }
        Map<String, Integer> keyLines = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                keyLines.put(key.getValue(), key.getStartMark().map(Mark::getLine).orElse(0) + 2);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), value));
        return new Parsed(new FrontMatter(values, keyLines, text.substring(closeEnd), bodyLine));
    }

    static String kind(Object value) {
        if (value instanceof java.util.List) {
            return "list";
        }
        if (value instanceof Map) {
            return "mapping";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Number) {
            return "number";
        }
        return "text";
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static Result fail(Path file, int line, String message) {
        return new Failed(Problem.error(file, line, message));
    }
}
