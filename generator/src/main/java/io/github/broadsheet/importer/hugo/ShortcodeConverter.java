package io.github.broadsheet.importer.hugo;

import io.github.broadsheet.importer.BodyNotes;
import io.github.broadsheet.importer.Embeds;
import io.github.broadsheet.importer.Placeholders;
import io.github.broadsheet.importer.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts Hugo's shortcodes into Broadsheet Markdown: {@code figure} into an image with its caption,
 * {@code youtube} and {@code vimeo} into embeds, {@code highlight} into a fenced code block, {@code ref} and
 * {@code relref} into the old URL of the page they name (the link pass then points it at the imported article),
 * and {@code gist}, {@code x}/{@code tweet} and {@code instagram} into a quoted link (an embed would load from
 * another host). An escaped shortcode (its name wrapped in a Go comment, {@code /*} ... {@code *}{@code /}) becomes
 * the literal text Hugo showed. Other
 * shortcodes, the site's own, are removed with a report line; the text between a pair stays.
 *
 * <p>Removed text keeps its line breaks, so lines of later passes still point into the source file.
 */
final class ShortcodeConverter {

    /** Pages that {@code ref} and {@code relref} name. */
    interface Pages {
        /** The old URL of the page at {@code path} (as written in the shortcode), seen from the current page. */
        Optional<String> urlOf(String path);
    }

    private static final Pattern COMMENTED = Pattern.compile("\\{\\{([<%])\\s*/\\*(.*?)\\*/\\s*([>%])\\}\\}", Pattern.DOTALL);
    private static final Pattern SHORTCODE = Pattern.compile(
            "\\{\\{([<%])\\s*(/?)\\s*([\\w./-]+)(.*?)\\s*(/?)\\s*([>%])\\}\\}", Pattern.DOTALL);
    /** Shortcodes that never take inner text: their closing tag is not searched for. */
    private static final Set<String> STANDALONE = Set.of("figure", "youtube", "vimeo", "gist", "ref", "relref", "x",
            "tweet", "instagram", "param");
    private static final Pattern ARGUMENT = Pattern.compile(
            "(?:([\\w-]+)\\s*=\\s*)?(\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`|([^\\s\"`]+))");

    private final Pages pages;
    private final Placeholders placeholders;
    private final BodyNotes notes;
    private String source = "";

    ShortcodeConverter(Pages pages, Placeholders placeholders, BodyNotes notes) {
        this.pages = pages;
        this.placeholders = placeholders;
        this.notes = notes;
    }

    /** The arguments of one shortcode: positional and named. */
    record Arguments(List<String> positional, Map<String, String> named) {

        String get(String name, int position) {
            String value = named.get(name);
            if (value != null) {
                return value;
            }
            return position >= 0 && position < positional.size() ? positional.get(position) : null;
        }

        static Arguments parse(String text) {
            List<String> positional = new ArrayList<>();
            Map<String, String> named = new LinkedHashMap<>();
            Matcher m = ARGUMENT.matcher(text);
            while (m.find()) {
                String value = m.group(3) != null ? m.group(3).replace("\\\"", "\"")
                        : m.group(4) != null ? m.group(4) : m.group(5);
                if (m.group(1) != null) {
                    named.put(m.group(1).toLowerCase(java.util.Locale.ROOT), value);
                } else {
                    positional.add(value);
                }
            }
            return new Arguments(positional, named);
        }
    }

    String convert(String text) {
        source = text;
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        Matcher m = SHORTCODE.matcher(text);
        Matcher commented = COMMENTED.matcher(text);
        while (at < text.length()) {
            int next = text.indexOf("{{", at);
            if (next < 0) {
                break;
            }
            out.append(text, at, next);
            if (commented.region(next, text.length()).lookingAt()) {
                // {{</* figure */>}} is how Hugo writes a shortcode it shall not run: it shows it as text.
                out.append("{{").append(commented.group(1)).append(' ').append(commented.group(2).strip()).append(' ')
                        .append(commented.group(3)).append("}}");
                at = commented.end();
                continue;
            }
            if (!m.region(next, text.length()).lookingAt()) {
                out.append("{{");
                at = next + 2;
                continue;
            }
            at = shortcode(m, text, out);
        }
        out.append(text, Math.min(at, text.length()), text.length());
        return out.toString();
    }

    /** Handles the shortcode {@code m} matched; returns where the text goes on. */
    private int shortcode(Matcher m, String text, StringBuilder out) {
        int offset = m.start();
        String name = m.group(3);
        boolean closing = !m.group(2).isEmpty();
        boolean selfClosing = !m.group(5).isEmpty();
        Arguments arguments = Arguments.parse(m.group(4));
        if (closing) {
            note(offset, "closing shortcode {{< /" + name + " >}} without its opening one: removed");
            return m.end();
        }
        Matcher close = STANDALONE.contains(name) || selfClosing ? null : closing(text, m.end(), name);
        String inner = close == null ? null : text.substring(m.end(), close.start());
        int end = close == null ? m.end() : close.end();
        switch (name) {
            case "figure" -> {
                String src = arguments.get("src", -1);
                if (src == null || src.isBlank()) {
                    note(offset, "figure without src: removed");
                    break;
                }
                String caption = join(arguments.get("title", -1), arguments.get("caption", -1));
                String alt = arguments.get("alt", -1);
                if (arguments.get("link", -1) != null) {
                    note(offset, "figure link=\"" + arguments.get("link", -1) + "\" dropped: the picture is shown"
                            + " without it");
                }
                out.append(placeholders.block(Embeds.figure(new Embeds.Image(src, alt == null ? caption : alt, caption))));
            }
            case "youtube" -> {
                String id = arguments.get("id", 0);
                if (id == null) {
                    note(offset, "youtube without an id: removed");
                    break;
                }
                out.append(placeholders.block(Embeds.youtube(id, arguments.get("title", -1))));
            }
            case "vimeo" -> {
                String id = arguments.get("id", 0);
                if (id == null) {
                    note(offset, "vimeo without an id: removed");
                    break;
                }
                out.append(placeholders.block(Embeds.vimeo(id, arguments.get("title", -1))));
            }
            case "gist" -> {
                String user = arguments.get("user", 0);
                String id = arguments.get("id", 1);
                if (user == null || id == null) {
                    note(offset, "gist needs a user and an id: removed");
                    break;
                }
                String file = arguments.get("file", 2);
                out.append(placeholders.block(Embeds.quotedLink("Gist " + user + "/" + id
                        + (file == null ? "" : " (" + file + ")"), "https://gist.github.com/" + user + "/" + id)));
            }
            case "x", "tweet" -> {
                String user = arguments.get("user", -1);
                String id = arguments.get("id", 0);
                if (id == null) {
                    note(offset, name + " without an id: removed");
                    break;
                }
                String url = user == null ? "https://x.com/i/status/" + id : "https://x.com/" + user + "/status/" + id;
                out.append(placeholders.block(Embeds.quotedLink(user == null ? "Post on X" : "Post by @" + user
                        + " on X", url)));
            }
            case "instagram" -> {
                String id = arguments.get("id", 0);
                if (id == null) {
                    note(offset, "instagram without an id: removed");
                    break;
                }
                out.append(placeholders.block(Embeds.quotedLink("Post on Instagram",
                        "https://www.instagram.com/p/" + id + "/")));
            }
            case "ref", "relref" -> {
                String path = arguments.get("path", 0);
                if (path == null) {
                    note(offset, name + " without a path: removed");
                    break;
                }
                int hash = path.indexOf('#');
                String page = hash < 0 ? path : path.substring(0, hash);
                String fragment = hash < 0 ? "" : path.substring(hash);
                if (page.isEmpty()) {
                    out.append(fragment);
                    break;
                }
                Optional<String> url = pages.urlOf(page);
                if (url.isEmpty()) {
                    note(offset, name + " \"" + path + "\": no such page among the imported ones; the link was left"
                            + " empty");
                }
                out.append(url.map(u -> u + fragment).orElse(""));
            }
            case "highlight" -> {
                if (inner == null) {
                    note(offset, "highlight without {{< /highlight >}}: removed");
                    break;
                }
                String language = arguments.positional().isEmpty() ? "" : arguments.positional().get(0);
                String code = inner.startsWith("\n") ? inner.substring(1) : inner;
                String fence = SourceText.fenceFor(code);
                // The fence lines take the place of the shortcode lines, so line numbers stay.
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                    out.append('\n');
                }
                out.append(fence).append(language).append('\n').append(code);
                if (!code.endsWith("\n")) {
                    out.append('\n');
                }
                out.append(fence);
            }
            default -> {
                note(offset, "shortcode {{" + m.group(1) + " " + name + (m.group(4).isBlank() ? "" : " "
                        + SourceText.oneLine(m.group(4))) + " " + m.group(6)
                        + "}} not converted (removed" + (inner == null ? "" : ", the text inside kept")
                        + "): it is the old site's own, or one Broadsheet does not know");
                out.append(SourceText.newlines(m.group()));
                if (inner != null) {
                    out.append(convertInner(inner, m.end()));
                    out.append(SourceText.newlines(close.group()));
                }
            }
        }
        return end;
    }

    /** The text inside a pair of an unknown shortcode, its own shortcodes converted, lines kept. */
    private String convertInner(String inner, int offset) {
        ShortcodeConverter nested = new ShortcodeConverter(pages, placeholders,
                (line, message) -> notes.note(BodyNotes.lineAt(source, offset) + line - 1, message));
        return nested.convert(inner);
    }

    private void note(int offset, String message) {
        notes.note(BodyNotes.lineAt(source, offset), message);
    }

    private static Matcher closing(String text, int from, String name) {
        Matcher m = Pattern.compile("\\{\\{[<%]\\s*/\\s*" + Pattern.quote(name) + "\\s*[>%]\\}\\}").matcher(text);
        return m.find(from) ? m : null;
    }

    private static String join(String title, String caption) {
        if (title == null || title.isBlank()) {
            return caption == null ? "" : caption;
        }
        return caption == null || caption.isBlank() ? title : title + ": " + caption;
    }



}
