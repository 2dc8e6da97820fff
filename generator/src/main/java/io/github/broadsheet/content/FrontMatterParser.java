package io.github.broadsheet.content;

import io.github.broadsheet.problem.Problem;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Splits an article into its YAML front-matter and Markdown body and parses the YAML with SnakeYAML Engine.
 * Every failure becomes a {@link Problem} naming the file and the line in the file (not in the YAML block), so a
 * user can jump straight to it. Stateless and thread-safe.
 *
 * <p>Hostile YAML fails fast with a line, not with a crash: front-matter is limited in size
 * ({@link #MAX_FRONT_MATTER_CHARS}), in how deep lists and mappings nest ({@link #MAX_NESTING}: SnakeYAML's
 * composer recurses per level and overflowed the stack at about 1,000) and in aliases to lists and mappings (the
 * "billion laughs").
 */
public final class FrontMatterParser {

    /**
     * Front-matter holds a title, a date, tags and a summary, not data: 1 MB of text is far beyond any real
     * article, and well inside the 8 MB article limit, so a big value fails here, at once, with its line.
     */
    public static final int MAX_FRONT_MATTER_CHARS = 1024 * 1024;

    /** Lists and mappings inside each other; real front-matter nests two or three deep. */
    public static final int MAX_NESTING = 32;

    private static final int MAX_ALIASES = 20;

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
        if (yaml.length() > MAX_FRONT_MATTER_CHARS) {
            int over = yamlStart + MAX_FRONT_MATTER_CHARS;
            return fail(file, lineAt(text, over), String.format(Locale.ROOT,
                    "front-matter is %.1f MB (%d characters); the limit is %d MB: it is meant for a title, a date,"
                            + " tags and a summary, not for data (the limit is passed on this line)",
                    yaml.length() / (1024.0 * 1024), yaml.length(), MAX_FRONT_MATTER_CHARS / (1024 * 1024)));
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                // Never the limit that fires: the size check above comes first, with a line and a clear message.
                .setCodePointLimit(MAX_FRONT_MATTER_CHARS + 1)
                // The whole block in one buffer: with the default 1 KB SnakeYAML copies its window for every
                // kilobyte of a long value, quadratic (a 7.5 MB value took 45 s, 0.15 s in one buffer).
                .setBufferSize(yaml.length() + 1)
                .build();
        Node root;
        Object data;
        try {
            Optional<Node> node = new Composer(settings,
                    new NestingLimit(new ParserImpl(settings, new StreamReader(settings, yaml)))).getSingleNode();
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
            Optional<YamlHints.Hint> hint = YamlHints.explain(yaml,
                    Math.max(yamlLine, problem.map(Mark::getLine).orElse(0)), e.getProblem());
            if (hint.isPresent()) {
                return fail(file, hint.get().line() + 2, "malformed YAML in front-matter: " + hint.get().message());
            }
            // When the line reported is not where the broken construct began (an unclosed '[' noticed on a
            // later line), name that line too: it is usually where the fix goes.
            String started = e.getContextMark().filter(context -> context.getLine() != yamlLine)
                    .map(context -> " that starts on line " + (context.getLine() + 2)).orElse("");
            return fail(file, yamlLine + 2, "malformed YAML in front-matter: " + firstLine(e.getProblem()
                    + (e.getContext() == null ? "" : " (" + e.getContext() + started + ")")));
        } catch (NestingLimit.TooDeep e) {
            return fail(file, e.line + 2, "front-matter nests lists or mappings more than " + MAX_NESTING
                    + " levels deep; flatten it");
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
        if (value instanceof List) {
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

    /** The 1-based line of the character at {@code offset}. */
    static int lineAt(String text, int offset) {
        int line = 1;
        for (int at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
            line++;
        }
        return line;
    }

    /**
     * SnakeYAML's events as they go to the composer, counting how deep lists and mappings nest: the composer
     * builds one level per recursive call, so a few thousand {@code [} overflowed the stack (a
     * {@code StackOverflowError} of 1,100 frames, no file named). Past {@link #MAX_NESTING} it stops with the line.
     */
    private static final class NestingLimit implements Parser {

        /** Thrown at the collection that nests too deep; {@code line} is 0-based in the YAML block. */
        static final class TooDeep extends RuntimeException {
            final int line;

            TooDeep(int line) {
                super(null, null, false, false);
                this.line = line;
            }
        }

        private final Parser events;
        private int depth;

        NestingLimit(Parser events) {
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return events.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return events.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return events.hasNext();
        }

        @Override
        public Event next() {
            Event event = events.next();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_NESTING) {
                        throw new TooDeep(event.getStartMark().map(Mark::getLine).orElse(0));
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> {
                }
            }
            return event;
        }
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static Result fail(Path file, int line, String message) {
        return new Failed(Problem.error(file, line, message));
    }
}
