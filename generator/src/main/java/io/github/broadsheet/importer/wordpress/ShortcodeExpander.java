package io.github.broadsheet.importer.wordpress;

import io.github.broadsheet.importer.BodyNotes;
import io.github.broadsheet.importer.Embeds;
import io.github.broadsheet.importer.Placeholders;
import io.github.broadsheet.importer.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Expands WordPress's shortcodes: {@code [caption]} into a figure with its caption, {@code [gallery]} (its
 * {@code ids}, or the post's attached pictures) into a gallery, {@code [embed]}, {@code [video]}, {@code [audio]} and
 * Jetpack's {@code [youtube]}/{@code [vimeo]} into embeds. Other shortcodes (a plugin's {@code [contact-form-7]}) are
 * removed with a report line, their inner text kept. Text in brackets that is no shortcode ({@code [sic]}) stays;
 * {@code [[caption]]} is WordPress's way of writing the text {@code [caption]}. Line breaks are kept.
 */
final class ShortcodeExpander {

    private static final Pattern OPEN = Pattern.compile("\\[(\\[?)([a-zA-Z][\\w-]*)((?:[\\s=][^\\]]*?)?)\\s*(/?)\\](\\]?)");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([\\w-]+)\\s*=\\s*\"([^\"]*)\"|([\\w-]+)\\s*=\\s*'([^']*)'|([\\w-]+)\\s*=\\s*([^\\s'\"]+)|\"([^\"]*)\"|'([^']*)'|(\\S+)");
    /** Shortcodes that wrap content, so their closing tag is looked for. */
    private static final Set<String> ENCLOSING = Set.of("caption", "wp_caption", "embed", "video", "audio");
    private static final Set<String> KNOWN = Set.of("caption", "wp_caption", "gallery", "embed", "video", "audio",
            "youtube", "vimeo", "playlist");

    private final WordPressContent.Media media;
    private final Placeholders placeholders;
    private final BodyNotes notes;
    private final long postId;
    private String source = "";

    ShortcodeExpander(WordPressContent.Media media, Placeholders placeholders, BodyNotes notes, long postId) {
        this.media = media;
        this.placeholders = placeholders;
        this.notes = notes;
        this.postId = postId;
    }

    String expand(String text) {
        source = text;
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = OPEN.matcher(text);
        int at = 0;
        while (m.find(at)) {
            String name = m.group(2).toLowerCase(java.util.Locale.ROOT);
            boolean escaped = !m.group(1).isEmpty() && !m.group(5).isEmpty();
            Matcher close = m.group(4).isEmpty() && !escaped ? closing(text, m.end(), name) : null;
            boolean known = KNOWN.contains(name);
            boolean shortcode = known || close != null || m.group(3).contains("=");
            if (!shortcode) {
                out.append(text, at, m.start() + 1);
                at = m.start() + 1;
                continue;
            }
            out.append(text, at, m.start());
            if (escaped) {
                out.append(m.group().substring(1, m.group().length() - 1));
                at = m.end();
                continue;
            }
            if (close != null && !ENCLOSING.contains(name) && known) {
                close = null;
            }
            String inner = close == null ? "" : text.substring(m.end(), close.start());
            int end = close == null ? m.end() : close.end();
            Map<String, String> named = new LinkedHashMap<>();
            List<String> positional = new ArrayList<>();
            attributes(m.group(3), named, positional);
            out.append(shortcode(name, named, positional, inner, m.start()));
            out.append(SourceText.newlines(text.substring(m.start(), end)));
            at = end;
        }
        return out.append(text, at, text.length()).toString();
    }

    private String shortcode(String name, Map<String, String> named, List<String> positional, String inner, int offset) {
        switch (name) {
            case "caption", "wp_caption" -> {
                return caption(named, inner, offset);
            }
            case "gallery" -> {
                return gallery(named, offset);
            }
            case "embed" -> {
                String url = inner.strip().isEmpty() ? named.getOrDefault("src", "") : inner.strip();
                if (url.isEmpty()) {
                    note(offset, "[embed] without a URL: removed");
                    return "";
                }
                return paragraph(EmbedUrls.markdown(url, ""));
            }
            case "youtube", "vimeo" -> {
                // Jetpack: [youtube https://www.youtube.com/watch?v=ID] or [youtube=URL], [vimeo 123456].
                String value = positional.isEmpty() ? named.getOrDefault("id", "") : positional.get(0);
                value = value.startsWith("=") ? value.substring(1) : value;
                if (value.isEmpty()) {
                    note(offset, "[" + name + "] without a video: removed");
                    return "";
                }
                String url = value.startsWith("http") ? value : name.equals("youtube")
                        ? "https://www.youtube.com/watch?v=" + value : "https://vimeo.com/" + value;
                return paragraph(EmbedUrls.markdown(url, ""));
            }
            case "video" -> {
                String src = first(named, "src", "mp4", "m4v", "webm", "ogv", "flv");
                if (src.isEmpty()) {
                    note(offset, "[video] without a file: removed");
                    return "";
                }
                return paragraph(Embeds.video(src, named.get("poster"), ""));
            }
            case "audio" -> {
                String src = first(named, "src", "mp3", "m4a", "ogg", "wav");
                if (src.isEmpty()) {
                    note(offset, "[audio] without a file: removed");
                    return "";
                }
                return paragraph(Embeds.audio(src, ""));
            }
            default -> {
                note(offset, "shortcode [" + name + "] not converted (removed" + (inner.isBlank() ? "" : ", the text"
                        + " inside kept") + "): it belongs to a plugin or theme of the old site");
                return inner.isBlank() ? "" : expandNested(inner, offset);
            }
        }
    }

    private String expandNested(String inner, int offset) {
        int line = BodyNotes.lineAt(source, offset);
        return new ShortcodeExpander(media, placeholders, (l, message) -> notes.note(line + l - 1, message), postId)
                .expand(inner).replace('\n', ' ');
    }

    /**
     * {@code [caption id="attachment_12"]<a href="full.jpg"><img src="small.jpg" alt="..."></a> The text[/caption]}
     * as a {@code <figure>}, which the HTML pass turns into an image with its caption.
     */
    private String caption(Map<String, String> named, String inner, int offset) {
        Document html = Jsoup.parseBodyFragment(inner);
        Element img = html.selectFirst("img");
        if (img == null) {
            note(offset, "[caption] without a picture: its text is kept");
            return html.body().html();
        }
        Element link = img.parent() != null && img.parent().tagName().equals("a") ? img.parent() : null;
        (link == null ? img : link).remove();
        String text = named.containsKey("caption") ? named.get("caption") : html.body().html().strip();
        Element figure = new Element("figure");
        figure.appendChild(link == null ? img : link);
        figure.appendElement("figcaption").html(text);
        return figure.outerHtml().replace('\n', ' ');
    }

    private String gallery(Map<String, String> named, int offset) {
        List<WordPressContent.Attachment> pictures = new ArrayList<>();
        String ids = named.getOrDefault("ids", named.getOrDefault("include", ""));
        if (!ids.isBlank()) {
            for (String id : ids.split("\\s*,\\s*")) {
                WordPressContent.Attachment attachment = media.attachments().get(BlockConverter.number(id));
                if (attachment == null) {
                    note(offset, "[gallery]: picture " + id.strip() + " is not in the export; left out");
                } else {
                    pictures.add(attachment);
                }
            }
        } else {
            // Without ids, WordPress shows the pictures attached to the post, by menu order, then id.
            pictures.addAll(media.children().getOrDefault(postId, List.of()).stream()
                    .sorted(Comparator.comparingInt(WordPressContent.Attachment::order)
                            .thenComparingLong(WordPressContent.Attachment::id))
                    .toList());
        }
        List<String> excluded = List.of(named.getOrDefault("exclude", "").split("\\s*,\\s*"));
        List<Embeds.Image> images = pictures.stream().filter(p -> !excluded.contains(Long.toString(p.id())))
                .map(p -> new Embeds.Image(p.url(), p.alt(), p.caption())).toList();
        if (images.isEmpty()) {
            note(offset, "[gallery] without pictures: removed");
            return "";
        }
        return paragraph(Embeds.gallery(images));
    }

    private String paragraph(String markdown) {
        return "<p>" + placeholders.block(markdown) + "</p>";
    }

    private static String first(Map<String, String> named, String... keys) {
        for (String key : keys) {
            String value = named.get(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }

    private static void attributes(String text, Map<String, String> named, List<String> positional) {
        Matcher m = ATTRIBUTE.matcher(text.strip());
        while (m.find()) {
            if (m.group(1) != null) {
                named.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2));
            } else if (m.group(3) != null) {
                named.put(m.group(3).toLowerCase(java.util.Locale.ROOT), m.group(4));
            } else if (m.group(5) != null) {
                named.put(m.group(5).toLowerCase(java.util.Locale.ROOT), m.group(6));
            } else {
                positional.add(m.group(7) != null ? m.group(7) : m.group(8) != null ? m.group(8) : m.group(9));
            }
        }
    }

    private void note(int offset, String message) {
        notes.note(BodyNotes.lineAt(source, offset), message);
    }

    private static Matcher closing(String text, int from, String name) {
        Matcher m = Pattern.compile("\\[/" + Pattern.quote(name) + "\\]", Pattern.CASE_INSENSITIVE).matcher(text);
        return m.find(from) ? m : null;
    }
}
