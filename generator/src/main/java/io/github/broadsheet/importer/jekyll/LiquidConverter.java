package io.github.broadsheet.importer.jekyll;

import io.github.broadsheet.importer.BodyNotes;
import io.github.broadsheet.importer.Embeds;
import io.github.broadsheet.importer.Placeholders;
import io.github.broadsheet.importer.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the Liquid of a Jekyll post or page into Markdown: {@code {% highlight x %}} becomes a fenced code block,
 * {@code {% raw %}} is unwrapped, {@code {% post_url %}} and {@code {% link %}} become the old site path of what
 * they name (the link pass then points it at the imported article), {@code {{ site.baseurl }}} and
 * {@code {{ site.url }}} disappear so links become site paths, {@code {% gist %}} becomes a quoted link, the
 * common plugin tags {@code {% youtube ID %}} and {@code {% vimeo ID %}} become embeds, and {@code {% comment %}}
 * goes. Everything else ({@code {% include %}}, control flow, variables) is removed and
 * reported with its line: its output cannot be known without the old site's templates.
 *
 * <p>Removed text keeps its line breaks, so line numbers of later passes still point into the source file.
 */
final class LiquidConverter {

    /** What post and link tags name. */
    interface Targets {
        /** The old site path of the post {@code {% post_url name %}} names. */
        Optional<String> postUrl(String name);

        /** The old site path of the file {@code {% link path %}} names (relative to the site's folder). */
        Optional<String> link(String path);
    }

    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)\\s*(.*?)\\s*-?%\\}", Pattern.DOTALL);
    private static final Pattern OUTPUT = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?\\}\\}", Pattern.DOTALL);
    private static final Pattern START = Pattern.compile("\\{[{%]");
    private static final Set<String> SITE_ROOTS = Set.of("site.baseurl", "site.url", "site.github.url",
            "site.github.baseurl", "site.base_url");

    private final Targets targets;
    private final Placeholders placeholders;
    private final BodyNotes notes;
    /** The text given to {@link #convert}, which note offsets point into. */
    private String source = "";

    LiquidConverter(Targets targets, Placeholders placeholders, BodyNotes notes) {
        this.targets = targets;
        this.placeholders = placeholders;
        this.notes = notes;
    }

    String convert(String text) {
        source = text;
        return convert(text, 0);
    }

    private void note(int offset, String message) {
        notes.note(BodyNotes.lineAt(source, offset), message);
    }

    private String convert(String text, int base) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher start = START.matcher(text);
        int at = 0;
        while (start.find(at)) {
            int open = start.start();
            out.append(text, at, open);
            if (text.charAt(open + 1) == '{') {
                Matcher output = OUTPUT.matcher(text).region(open, text.length());
                if (!output.lookingAt()) {
                    out.append("{{");
                    at = open + 2;
                    continue;
                }
                out.append(output(output.group(1), base + open));
                at = output.end();
                continue;
            }
            Matcher tag = TAG.matcher(text).region(open, text.length());
            if (!tag.lookingAt()) {
                out.append("{%");
                at = open + 2;
                continue;
            }
            at = tag(tag.group(1), tag.group(2), text, tag.end(), base + open, base, out);
        }
        out.append(text, at, text.length());
        return out.toString();
    }

    /** Handles one tag; returns where the text goes on. */
    private int tag(String name, String arguments, String text, int end, int offset, int base, StringBuilder out) {
        switch (name) {
            case "raw" -> {
                Matcher close = closing(text, end, "endraw");
                if (close == null) {
                    note(offset, "{% raw %} without {% endraw %}: the rest is kept as it is");
                    out.append(text, end, text.length());
                    return text.length();
                }
                out.append(text, end, close.start());
                return close.end();
            }
            case "comment" -> {
                Matcher close = closing(text, end, "endcomment");
                int stop = close == null ? text.length() : close.end();
                out.append(SourceText.newlines(text.substring(offset - base, stop)));
                return stop;
            }
            case "highlight" -> {
                Matcher close = closing(text, end, "endhighlight");
                if (close == null) {
                    note(offset, "{% highlight %} without {% endhighlight %}: left out");
                    return end;
                }
                String code = convert(text.substring(end, close.start()), base + end);
                String language = arguments.isBlank() ? "" : arguments.split("\\s+")[0];
                String fence = SourceText.fenceFor(code);
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                out.append(fence).append(language);
                if (!code.startsWith("\n")) {
                    out.append('\n');
                }
                out.append(code);
                if (!code.endsWith("\n")) {
                    out.append('\n');
                }
                out.append(fence);
                if (close.end() < text.length() && text.charAt(close.end()) != '\n') {
                    out.append('\n');
                }
                return close.end();
            }
            case "post_url" -> {
                String post = unquote(arguments);
                Optional<String> url = targets.postUrl(post);
                if (url.isEmpty()) {
                    note(offset, "{% post_url " + post + " %}: no such post among the imported ones; the link"
                            + " was left empty");
                }
                out.append(url.orElse(""));
                return end;
            }
            case "link" -> {
                String path = unquote(arguments);
                Optional<String> url = targets.link(path);
                if (url.isEmpty()) {
                    note(offset, "{% link " + path + " %}: no such file in the site");
                }
                out.append(url.orElse("/" + path));
                return end;
            }
            case "gist" -> {
                String[] parts = arguments.isBlank() ? new String[0] : unquote(arguments).split("\\s+");
                if (parts.length == 0) {
                    note(offset, "{% gist %} without an id: left out");
                    return end;
                }
                String id = parts[0];
                out.append(placeholders.block(Embeds.quotedLink("Gist " + id + (parts.length > 1 ? " (" + parts[1] + ")"
                        : ""), "https://gist.github.com/" + id)));
                return end;
            }
            case "youtube", "vimeo" -> {
                // The tag of a common plugin ({% youtube ID %}); its id is all the embed needs.
                String id = unquote(arguments).split("\\s+")[0];
                if (id.isEmpty()) {
                    note(offset, "{% " + name + " %} without an id: left out");
                    return end;
                }
                out.append(placeholders.block(name.equals("youtube") ? Embeds.youtube(id, null) : Embeds.vimeo(id, null)));
                return end;
            }
            default -> {
                note(offset, "Liquid {% " + name + (arguments.isBlank() ? "" : " " + SourceText.oneLine(arguments))
                        + " %} not converted (removed): " + why(name));
                out.append(SourceText.newlines(text.substring(offset - base, end)));
                return end;
            }
        }
    }

    private static String why(String name) {
        return switch (name) {
            case "include", "include_relative", "render" -> "its output depends on the old site's templates;"
                    + " write what it showed into the article";
            case "if", "elsif", "else", "endif", "unless", "endunless", "for", "endfor", "case", "when", "endcase",
                 "capture", "endcapture", "assign", "increment", "decrement", "cycle", "break", "continue",
                 "tablerow", "endtablerow" -> "Markdown has no logic; the text between such tags is kept";
            default -> "a tag of a plugin or theme Broadsheet does not know";
        };
    }

    /** An output tag: site roots vanish, quoted paths with URL filters stay as site paths, the rest is reported. */
    private String output(String expression, int offset) {
        List<String> parts = splitFilters(expression);
        String head = parts.get(0).strip();
        String value;
        if (SITE_ROOTS.contains(head)) {
            value = "";
        } else if (isQuoted(head)) {
            value = head.substring(1, head.length() - 1);
        } else {
            note(offset, "Liquid {{ " + SourceText.oneLine(expression) + " }} not converted (removed): variables of the old"
                    + " site's templates are not known here");
            return "";
        }
        for (String filter : parts.subList(1, parts.size())) {
            String[] nameAndArgument = filter.strip().split(":", 2);
            String filterName = nameAndArgument[0].strip();
            String argument = nameAndArgument.length > 1 ? nameAndArgument[1].strip() : "";
            String argumentValue = SITE_ROOTS.contains(argument) ? "" : isQuoted(argument)
                    ? argument.substring(1, argument.length() - 1) : null;
            switch (filterName) {
                case "relative_url", "absolute_url" -> value = value.startsWith("/") || value.contains("://")
                        ? value : "/" + value;
                case "prepend" -> {
                    if (argumentValue == null) {
                        return unknown(expression, offset);
                    }
                    value = argumentValue + value;
                }
                case "append" -> {
                    if (argumentValue == null) {
                        return unknown(expression, offset);
                    }
                    value = value + argumentValue;
                }
                default -> {
                    return unknown(expression, offset);
                }
            }
        }
        return value;
    }

    private String unknown(String expression, int offset) {
        note(offset, "Liquid {{ " + SourceText.oneLine(expression) + " }} not converted (removed): a filter Broadsheet"
                + " does not apply");
        return "";
    }

    private static List<String> splitFilters(String expression) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char c : expression.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                current.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                current.append(c);
            } else if (c == '|') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static boolean isQuoted(String text) {
        return text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"));
    }

    private static String unquote(String text) {
        String value = text.strip();
        return isQuoted(value) ? value.substring(1, value.length() - 1) : value;
    }

    private static Matcher closing(String text, int from, String name) {
        Matcher m = Pattern.compile("\\{%-?\\s*" + name + "\\s*-?%\\}").matcher(text);
        return m.find(from) ? m : null;
    }



}
