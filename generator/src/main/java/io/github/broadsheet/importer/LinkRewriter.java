package io.github.broadsheet.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the link destinations of a Markdown text outside code (inline links and images, reference definitions, and
 * {@code href}, {@code src} and {@code poster} attributes of raw HTML and directives) and replaces them with what a
 * {@link Target} says. Each importer uses it to point links at imported articles and bundle files.
 */
public final class LinkRewriter {

    /** What a destination becomes. */
    @FunctionalInterface
    public interface Target {
        /**
         * @param destination the link as written (angle brackets removed)
         * @param offset      where it starts in the text (for line numbers)
         * @return the new destination, or {@code null} to keep it as written
         */
        String rewrite(String destination, int offset);
    }

    private static final Pattern INLINE = Pattern.compile("\\]\\(\\s*(<[^>\\n]*>|[^\\s()<]*(?:\\([^\\s()]*\\)[^\\s()]*)*)");
    private static final Pattern DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*(<[^>\\n]*>|\\S+)");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "(?i)(?<![\\w-])(?:href|src|poster)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private LinkRewriter() {
    }

    public static String rewrite(String markdown, Target target) {
        MarkdownCode code = MarkdownCode.of(markdown);
        List<int[]> spans = new ArrayList<>();
        collect(INLINE.matcher(markdown), 1, -1, code, spans);
        collect(DEFINITION.matcher(markdown), 1, -1, code, spans);
        collect(ATTRIBUTE.matcher(markdown), 1, 2, code, spans);
        spans.sort(Comparator.comparingInt(s -> s[0]));
        StringBuilder out = new StringBuilder(markdown.length());
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at) {
                continue;
            }
            String raw = markdown.substring(span[0], span[1]);
            boolean angled = raw.startsWith("<") && raw.endsWith(">");
            String destination = angled ? raw.substring(1, raw.length() - 1) : raw;
            if (destination.isEmpty()) {
                continue;
            }
            String replacement = target.rewrite(destination, span[0]);
            if (replacement == null || replacement.equals(destination)) {
                continue;
            }
            out.append(markdown, at, span[0]).append(replacement);
            at = span[1];
        }
        return out.append(markdown, at, markdown.length()).toString();
    }

    private static void collect(Matcher m, int group, int alternative, MarkdownCode code, List<int[]> spans) {
        while (m.find()) {
            int g = m.start(group) >= 0 ? group : alternative;
            if (g < 0 || m.start(g) < 0 || code.isCode(m.start())) {
                continue;
            }
            spans.add(new int[] {m.start(g), m.end(g)});
        }
    }

    /**
     * A path as a link destination that Markdown and HTML attributes both read back unchanged: spaces, parentheses,
     * angle brackets and quotes percent-escaped.
     */
    public static String escapeDestination(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            switch (c) {
                case ' ' -> out.append("%20");
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '"' -> out.append("%22");
                case '\'' -> out.append("%27");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
