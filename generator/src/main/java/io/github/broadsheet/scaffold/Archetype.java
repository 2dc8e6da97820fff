package io.github.broadsheet.scaffold;

import io.github.broadsheet.problem.BuildFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template of a new article: Markdown with front-matter in which {@code {{name}}} placeholders stand for the
 * values of the new article. Values are inserted as they are given, so the caller passes them already written as
 * YAML ({@link YamlValues}). An unknown placeholder is an error rather than text left in the article, so a typo
 * such as {@code {{titel}}} is caught when the article is created.
 *
 * @param origin where the template comes from, for messages ({@code archetypes/article.md},
 *               {@code theme default: archetypes/article.md})
 * @param text   the template
 */
public record Archetype(String origin, String text) {

    /** The relative path of an article's archetype, in a project and in a theme. */
    public static final String PATH = "archetypes/article.md";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9_-]*)\\s*}}");

    public Archetype {
        // An editor's byte-order mark would hide the opening '---' from the front-matter parser.
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The text with every placeholder replaced by its value; fails naming each unknown placeholder and its line. */
    public String render(Map<String, String> values) throws BuildFailedException {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        List<String> unknown = new ArrayList<>();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                unknown.add("line " + lineOf(matcher.start()) + ": {{" + matcher.group(1) + "}}");
                value = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        if (!unknown.isEmpty()) {
            throw new BuildFailedException("archetype " + origin + " uses unknown placeholders: "
                    + String.join(", ", unknown) + "; known are "
                    + String.join(", ", new TreeSet<>(values.keySet()).stream().map(k -> "{{" + k + "}}").toList()));
        }
        return out.toString();
    }

    private int lineOf(int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
