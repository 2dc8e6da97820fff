package io.github.broadsheet.importer.wordpress;

import io.github.broadsheet.importer.BodyNotes;
import io.github.broadsheet.importer.Embeds;
import io.github.broadsheet.importer.Placeholders;
import io.github.broadsheet.importer.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Converts the block editor's (Gutenberg's) comments: a block's saved HTML stays (paragraphs, headings, lists,
 * tables, quotes, code, images in figures), while blocks whose meaning lives in the comment become Broadsheet
 * Markdown: galleries, embeds (YouTube, Vimeo, posts of other platforms), video, audio, pull quotes, the "more"
 * break and reusable blocks. Dynamic blocks (latest posts, archives, search), which WordPress filled in when a page
 * was requested, are removed with a report line. The comments go; every removal keeps its line breaks, so later
 * passes count lines of the export.
 */
final class BlockConverter {

    private static final Pattern COMMENT = Pattern.compile(
            "<!--\\s+(/)?wp:([a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?)\\s+(\\{.*?\\}\\s+)?(/)?-->", Pattern.DOTALL);
    /** Blocks WordPress renders from the database when a page is requested: their saved HTML is empty. */
    private static final Set<String> DYNAMIC = Set.of("latest-posts", "archives", "categories", "calendar",
            "search", "latest-comments", "rss", "tag-cloud", "query", "page-list", "navigation", "loginout",
            "post-comments", "comments", "social-links", "site-title", "site-logo", "post-title");

    private final WordPressContent.Media media;
    private final Placeholders placeholders;
    private final BodyNotes notes;
    private String source = "";

    BlockConverter(WordPressContent.Media media, Placeholders placeholders, BodyNotes notes) {
        this.media = media;
        this.placeholders = placeholders;
        this.notes = notes;
    }

    String convert(String html) {
        source = html;
        return convert(html, 0, 0);
    }

    /** Converts the blocks in {@code text}, which starts at {@code base} of the source; {@code depth} stops loops. */
    private String convert(String text, int base, int depth) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = COMMENT.matcher(text);
        int at = 0;
        while (m.find(at)) {
            out.append(text, at, m.start());
            String name = m.group(2);
            Map<String, Object> attributes = attributes(m.group(3));
            if (m.group(1) != null) {
                // A closing comment without its opening one: just drop it.
                at = m.end();
                continue;
            }
            if (m.group(4) != null) {
                out.append(selfClosing(name, attributes, base + m.start(), depth));
                at = m.end();
                continue;
            }
            Matcher close = closing(text, m.end(), name);
            if (close == null) {
                at = m.end();
                continue;
            }
            String inner = text.substring(m.end(), close.start());
            String whole = text.substring(m.start(), close.end());
            out.append(block(name, attributes, inner, whole, base + m.end(), depth));
            at = close.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    private String selfClosing(String name, Map<String, Object> attributes, int offset, int depth) {
        String shortName = name.startsWith("core/") ? name.substring(5) : name;
        if (shortName.equals("block")) {
            return reusable(attributes, offset, depth);
        }
        if (shortName.equals("more")) {
            return placeholders.block("<!--more-->");
        }
        if (shortName.equals("nextpage")) {
            note(offset, "page break (wp:nextpage) removed: Broadsheet shows an article on one page");
            return "";
        }
        if (DYNAMIC.contains(shortName)) {
            note(offset, "dynamic block wp:" + name + " not converted (removed): WordPress filled it in when a page"
                    + " was requested; Broadsheet's own lists and search replace it");
            return "";
        }
        note(offset, "block wp:" + name + " has no content of its own: removed");
        return "";
    }

    private String block(String name, Map<String, Object> attributes, String inner, String whole, int offset,
                         int depth) {
        String shortName = name.startsWith("core/") ? name.substring(5) : name;
        String lines = SourceText.newlines(whole);
        switch (shortName) {
            case "more" -> {
                return placeholders.block("<!--more-->") + lines;
            }
            case "nextpage" -> {
                note(offset, "page break (wp:nextpage) removed: Broadsheet shows an article on one page");
                return lines;
            }
            case "gallery" -> {
                List<Embeds.Image> images = galleryImages(inner, attributes);
                if (images.isEmpty()) {
                    note(offset, "gallery without pictures: removed");
                    return lines;
                }
                return paragraph(Embeds.gallery(images)) + lines;
            }
            case "embed", "video", "audio", "pullquote", "html", "shortcode", "block" -> {
                return special(shortName, attributes, inner, offset, depth) + lines;
            }
            default -> {
                if (shortName.startsWith("core-embed/")) {
                    return special("embed", attributes, inner, offset, depth) + lines;
                }
                if (DYNAMIC.contains(shortName) && inner.isBlank()) {
                    note(offset, "dynamic block wp:" + name + " not converted (removed)");
                    return lines;
                }
                // Any other block saved its HTML: keep it (and convert blocks nested in columns or groups).
                return convert(inner, offset, depth) + SourceText.newlines(whole.substring(0, whole.indexOf(inner)))
                        + SourceText.newlines(whole.substring(whole.indexOf(inner) + inner.length()));
            }
        }
    }

    private String special(String name, Map<String, Object> attributes, String inner, int offset, int depth) {
        Document html = Jsoup.parseBodyFragment(inner);
        String caption = html.select("figcaption").text();
        switch (name) {
            case "embed" -> {
                String url = text(attributes.get("url")).orElse(html.select(".wp-block-embed__wrapper").text().strip());
                if (url.isEmpty()) {
                    note(offset, "embed without a URL: removed");
                    return "";
                }
                return paragraph(EmbedUrls.markdown(url, caption));
            }
            case "video" -> {
                Element video = html.selectFirst("video");
                String src = video == null ? "" : video.attr("src");
                if (src.isEmpty() && video != null && video.selectFirst("source") != null) {
                    src = video.selectFirst("source").attr("src");
                }
                if (src.isEmpty()) {
                    note(offset, "video block without a file: removed");
                    return "";
                }
                return paragraph(Embeds.video(src, video.attr("poster"), caption));
            }
            case "audio" -> {
                Element audio = html.selectFirst("audio");
                if (audio == null || audio.attr("src").isEmpty()) {
                    note(offset, "audio block without a file: removed");
                    return "";
                }
                return paragraph(Embeds.audio(audio.attr("src"), caption));
            }
            case "pullquote" -> {
                String cite = html.select("cite").text();
                html.select("cite").remove();
                String text = html.select("blockquote p").eachText().stream()
                        .reduce((a, b) -> a + "\n\n" + b).orElse(html.text());
                return paragraph(Embeds.pullquote(text, cite));
            }
            case "block" -> {
                return reusable(attributes, offset, depth);
            }
            default -> {
                // html and shortcode blocks: their content as it is, for the later passes.
                return convert(inner, offset, depth);
            }
        }
    }

    /** A reusable block: the content of the {@code wp_block} item it names, converted in place. */
    private String reusable(Map<String, Object> attributes, int offset, int depth) {
        long ref = text(attributes.get("ref")).map(BlockConverter::number).orElse(0L);
        String content = media.reusableBlocks().get(ref);
        if (content == null || depth > 4) {
            note(offset, "reusable block " + ref + " is not in the export: removed");
            return "";
        }
        // Its lines are not lines of this post: it comes out on one line.
        return convert(content, offset, depth + 1).replace('\n', ' ');
    }

    /** The pictures of a gallery block: nested image blocks (WordPress 5.9+) or the older list of figures. */
    private List<Embeds.Image> galleryImages(String inner, Map<String, Object> attributes) {
        List<Embeds.Image> images = new ArrayList<>();
        Document html = Jsoup.parseBodyFragment(COMMENT.matcher(inner).replaceAll(""));
        for (Element img : html.select("img")) {
            Element figure = img.closest("figure");
            Element caption = figure == null ? null : figure.selectFirst("figcaption");
            // The gallery's own caption is a figcaption of the outer figure, not of a picture.
            String text = caption == null || caption.hasClass("blocks-gallery-caption") ? "" : caption.text();
            long id = number(img.attr("data-id").isEmpty() ? img.className().replaceAll(".*wp-image-(\\d+).*", "$1")
                    : img.attr("data-id"));
            WordPressContent.Attachment attachment = media.attachments().get(id);
            String alt = img.hasAttr("alt") ? img.attr("alt") : attachment == null ? "" : attachment.alt();
            String src = attachment != null && !attachment.url().isEmpty() ? attachment.url() : img.attr("src");
            images.add(new Embeds.Image(src, alt, text.isEmpty() && attachment != null ? attachment.caption() : text));
        }
        if (images.isEmpty()) {
            Object ids = attributes.get("ids");
            if (ids instanceof List<?> list) {
                for (Object id : list) {
                    WordPressContent.Attachment attachment = media.attachments().get(number(String.valueOf(id)));
                    if (attachment != null) {
                        images.add(new Embeds.Image(attachment.url(), attachment.alt(), attachment.caption()));
                    }
                }
            }
        }
        return images;
    }

    private String paragraph(String markdown) {
        return "<p>" + placeholders.block(markdown) + "</p>";
    }

    private void note(int offset, String message) {
        notes.note(BodyNotes.lineAt(source, offset), message);
    }

    private static Matcher closing(String text, int from, String name) {
        Matcher m = COMMENT.matcher(text);
        int depth = 0;
        int at = from;
        while (m.find(at)) {
            at = m.end();
            if (!m.group(2).equals(name) || m.group(4) != null) {
                continue;
            }
            if (m.group(1) == null) {
                depth++;
            } else if (depth == 0) {
                return m;
            } else {
                depth--;
            }
        }
        return null;
    }

    /** The block's JSON attributes; JSON is YAML's flow style, so SnakeYAML reads them. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Object value = new Load(LoadSettings.builder().build()).loadFromString(json.strip().replace('\t', ' '));
            return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        } catch (YamlEngineException e) {
            return Map.of();
        }
    }

    private static Optional<String> text(Object value) {
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value).strip()).filter(s -> !s.isEmpty());
    }

    static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

}
