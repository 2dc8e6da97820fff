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
 * Splits an article into its front-matter and Markdown body and reads the front-matter: YAML between {@code ---}
 * lines with SnakeYAML Engine, and, as Hugo sites write it, TOML between {@code +++} lines ({@link TomlFrontMatter})
 * or a JSON object (read as the YAML flow style it is).
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

    /** The three ways a file starts its front-matter: YAML, TOML (Hugo), JSON (Hugo). */
    private enum Format {
        YAML("YAML", "'---'"), TOML("TOML", "'+++'"), JSON("JSON", "'}'");

        final String name;
        final String closing;

        Format(String name, String closing) {
            this.name = name;
            this.closing = closing;
        }
    }

    /** Where the front-matter's text lies in the file: {@code [start, end)}, its first line, and where the body starts. */
    private record Block(String text, int start, int firstLine, int bodyStart, int bodyLine) {
    }

    public Result parse(Path file, String text) {
        if (text.isBlank()) {
            return fail(file, 1, "empty file: an article needs front-matter with at least title and date");
        }
        String first = firstLine(text).strip();
        Format format = switch (first) {
            case "---" -> Format.YAML;
            case "+++" -> Format.TOML;
            case "{" -> Format.JSON;
            default -> null;
        };
        if (format == null) {
            return fail(file, 1, "no front-matter: the file must start with a line '---', then YAML "
                    + "(title: ..., date: ...), then a closing '---' (or TOML between '+++' lines, or a JSON object)");
        }
        Block block = block(text, format);
        if (block == null) {
            return fail(file, 1, "front-matter is not closed: add a line " + format.closing + " after the "
                    + format.name + " block");
        }
        if (block.text().length() > MAX_FRONT_MATTER_CHARS) {
            int over = block.start() + MAX_FRONT_MATTER_CHARS;
            return fail(file, lineAt(text, over), String.format(Locale.ROOT,
                    "front-matter is %.1f MB (%d characters); the limit is %d MB: it is meant for a title, a date,"
                            + " tags and a summary, not for data (the limit is passed on this line)",
                    block.text().length() / (1024.0 * 1024), block.text().length(),
                    MAX_FRONT_MATTER_CHARS / (1024 * 1024)));
        }
        return switch (format) {
            case YAML -> yaml(file, text, block, block.text());
            // JSON is YAML's flow style; tabs, which YAML refuses for indentation, cannot be inside JSON strings.
            case JSON -> yaml(file, text, block, block.text().replace('\t', ' '));
            case TOML -> TomlFrontMatter.parse(file, text, block.text(), block.firstLine(),
                    text.substring(block.bodyStart()), block.bodyLine());
        };
    }

    /**
     * The front-matter block: for YAML and TOML the lines between the opening fence and the closing one ({@code ---}
     * or {@code ...}, {@code +++}); for JSON the object from its {@code {} line to the first line that is only
     * {@code }}. Null when it is not closed.
     */
    private static Block block(String text, Format format) {
        int afterFirst = text.indexOf('\n') + 1;
        if (afterFirst == 0) {
            return null;
        }
        int start = format == Format.JSON ? 0 : afterFirst;
        int line = 2;
        for (int position = afterFirst; position <= text.length(); line++) {
            int end = text.indexOf('\n', position);
            String current = (end < 0 ? text.substring(position) : text.substring(position, end)).stripTrailing();
            int next = end < 0 ? text.length() : end + 1;
            boolean closes = switch (format) {
                case YAML -> current.equals("---") || current.equals("...");
                case TOML -> current.equals("+++");
                case JSON -> current.equals("}");
            };
            if (closes) {
                int stop = format == Format.JSON ? next : position;
                return new Block(text.substring(start, stop), start, format == Format.JSON ? 1 : 2, next, line + 1);
            }
            if (end < 0) {
                return null;
            }
            position = next;
        }
        return null;
    }

    private Result yaml(Path file, String text, Block block, String yaml) {
        int firstLine = block.firstLine();
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
                // Jekyll's "---\n---": no keys; the article's own checks say what it lacks (a Jekyll post may take
                // its date and title from its file name).
                return new Parsed(new FrontMatter(Map.of(), Map.of(), text.substring(block.bodyStart()),
                        block.bodyLine()));
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
                return fail(file, hint.get().line() + firstLine, "malformed YAML in front-matter: "
                        + hint.get().message());
            }
            // When the line reported is not where the broken construct began (an unclosed '[' noticed on a
            // later line), name that line too: it is usually where the fix goes.
            String started = e.getContextMark().filter(context -> context.getLine() != yamlLine)
                    .map(context -> " that starts on line " + (context.getLine() + firstLine)).orElse("");
            return fail(file, yamlLine + firstLine, "malformed YAML in front-matter: " + firstLine(e.getProblem()
                    + (e.getContext() == null ? "" : " (" + e.getContext() + started + ")")));
        } catch (NestingLimit.TooDeep e) {
            return fail(file, e.line + firstLine, "front-matter nests lists or mappings more than " + MAX_NESTING
                    + " levels deep; flatten it");
        } catch (YamlEngineException e) {
            return fail(file, firstLine, "malformed YAML in front-matter: "
                    + firstLine(String.valueOf(e.getMessage())));
        }
        if (!(data instanceof Map<?, ?> map) || !(root instanceof MappingNode mapping)) {
            return fail(file, firstLine, "front-matter must be YAML keys and values (title: ..., date: ...), not "
                    + (data == null ? "nothing" : "a " + kind(data)));
        }
        Map<String, Integer> keyLines = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                keyLines.put(key.getValue(), key.getStartMark().map(Mark::getLine).orElse(0) + firstLine);
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), value));
        return new Parsed(new FrontMatter(values, keyLines, text.substring(block.bodyStart()), block.bodyLine()));
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

    static Result fail(Path file, int line, String message) {
        return new Failed(Problem.error(file, line, message));
    }
}
