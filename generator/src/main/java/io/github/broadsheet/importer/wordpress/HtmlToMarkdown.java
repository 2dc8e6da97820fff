package io.github.broadsheet.importer.wordpress;

import com.vladsch.flexmark.html2md.converter.ExtensionConversion;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.broadsheet.importer.BodyNotes;
import io.github.broadsheet.importer.Embeds;
import io.github.broadsheet.importer.MarkdownCode;
import io.github.broadsheet.importer.Placeholders;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Turns a post's HTML into Markdown: jsoup tidies the HTML WordPress saved (figures become images with their
 * caption, YouTube and Vimeo frames become embeds, other frames and scripts, which would load from another host,
 * become a link or go, styling wrappers and attributes go), then Flexmark's HTML-to-Markdown converter writes
 * CommonMark with GFM tables, configured as the research found best: no typographic rewriting of quotes and
 * dashes, no heading ids, ATX headings, {@code ---} rules, underline and super/subscript kept as HTML.
 * One instance converts many posts; not thread-safe.
 */
final class HtmlToMarkdown {

    private static final Pattern IMAGE_FILE = Pattern.compile("(?i).*\\.(jpe?g|png|gif|webp|avif|svg)(\\?.*)?$");
    /** Attributes that carry meaning in Markdown; the rest (style, class, width, srcset) is WordPress's layout. */
    private static final List<String> KEPT = List.of("href", "src", "alt", "title", "colspan", "rowspan", "start",
            "lang", "datetime", "poster", "controls");

    /** The converter starts a quote right under a paragraph's last line; a blank line reads better. */
    private static final Pattern QUOTE_AFTER_TEXT = Pattern.compile("(?m)^([^>\\s\\n][^\\n]*)\\n>");

    private final FlexmarkHtmlConverter converter;

    HtmlToMarkdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        options.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        options.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        options.set(FlexmarkHtmlConverter.SKIP_FENCED_CODE, false);
        options.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        options.set(FlexmarkHtmlConverter.THEMATIC_BREAK, "---");
        options.set(FlexmarkHtmlConverter.EXT_INLINE_INS, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUB, ExtensionConversion.HTML);
        options.set(FlexmarkHtmlConverter.EXT_INLINE_SUP, ExtensionConversion.HTML);
        converter = FlexmarkHtmlConverter.builder(options).build();
    }

    /**
     * The Markdown of {@code html}; blocks it makes (embeds, figures) are held in {@code placeholders}.
     *
     * @param notes told the line (in {@code html}) of what was dropped
     */
    String convert(String html, Placeholders placeholders, BodyNotes notes) {
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Element body = document.body();
        body.select("style, noscript").remove();
        for (Element script : body.select("script")) {
            notes.note(line(script), "script removed" + (script.hasAttr("src") ? " (" + script.attr("src") + ")" : "")
                    + ": pages load nothing from other hosts; what it showed is kept as far as the HTML has it");
            script.remove();
        }
        removeComments(body);
        // Inner figures first: a gallery's pictures before the gallery.
        List<Element> figures = body.select("figure");
        for (int i = figures.size() - 1; i >= 0; i--) {
            figure(figures.get(i), placeholders);
        }
        for (Element frame : body.select("iframe")) {
            frame(frame, placeholders, notes);
        }
        for (Element media : body.select("video, audio")) {
            media(media, placeholders, notes);
        }
        for (Element cite : body.select("blockquote cite")) {
            cite.prependText("— ");
        }
        body.select("span, font, div, section, article, center, small, big").unwrap();
        for (Element element : body.getAllElements()) {
            // A code block's language class stays: the converter makes it the fence's info string.
            boolean language = element.tagName().equals("code") && element.className().startsWith("language-");
            element.attributes().asList().stream().map(a -> a.getKey())
                    .filter(key -> !KEPT.contains(key.toLowerCase(Locale.ROOT)) && !(language && key.equals("class")))
                    .toList()
                    .forEach(element::removeAttr);
        }
        for (Element pre : body.select("pre")) {
            // Code the block editor saved without a language: fenced, so a later highlighter sees it.
            Element code = pre.selectFirst("> code");
            if (code == null) {
                pre.html("<code>" + pre.html() + "</code>");
            }
        }
        String markdown = converter.convert(body.html()).replace("\u00a0", " ");
        MarkdownCode code = MarkdownCode.of(markdown);
        java.util.regex.Matcher quote = QUOTE_AFTER_TEXT.matcher(markdown);
        StringBuilder out = new StringBuilder(markdown.length());
        while (quote.find()) {
            quote.appendReplacement(out, code.isCode(quote.end() - 1) ? "$0" : "$1\n\n>");
        }
        return quote.appendTail(out).toString();
    }

    /** A figure: a picture with its caption becomes {@code ![alt](src "caption")}; a table's caption follows it. */
    private static void figure(Element figure, Placeholders placeholders) {
        Element caption = figure.selectFirst("figcaption");
        String captionText = caption == null ? "" : caption.text();
        Element img = figure.selectFirst("img");
        if (img != null && figure.selectFirst("table, blockquote, video, audio") == null
                && figure.select("img").size() == 1) {
            Element link = img.parent() != null && img.parent().tagName().equals("a") ? img.parent() : null;
            // The classic editor shows a smaller copy and links the original: the original is what to keep.
            String src = link != null && IMAGE_FILE.matcher(link.attr("href")).matches() ? link.attr("href")
                    : img.attr("src");
            figure.replaceWith(paragraph(placeholders.block(Embeds.figure(
                    new Embeds.Image(src, img.attr("alt"), captionText)))));
            return;
        }
        if (caption != null) {
            caption.remove();
            if (!captionText.isBlank()) {
                figure.after(new Element("p").appendChild(new Element("em").text(captionText)));
            }
        }
        figure.unwrap();
    }

    private static void frame(Element frame, Placeholders placeholders, BodyNotes notes) {
        String src = frame.attr("src");
        if (EmbedUrls.youtube(src).isPresent() || EmbedUrls.vimeo(src).isPresent()) {
            frame.replaceWith(paragraph(placeholders.block(EmbedUrls.markdown(src, frame.attr("title")))));
            return;
        }
        notes.note(line(frame), "embedded frame of " + (EmbedUrls.host(src).isEmpty() ? src : EmbedUrls.host(src))
                + " became a link: Broadsheet's pages load nothing from other hosts");
        frame.replaceWith(paragraph(placeholders.block(Embeds.quotedLink("Embedded content"
                + (EmbedUrls.host(src).isEmpty() ? "" : " from " + EmbedUrls.host(src)), src))));
    }

    private static void media(Element media, Placeholders placeholders, BodyNotes notes) {
        String src = media.attr("src");
        if (src.isEmpty() && media.selectFirst("source") != null) {
            src = media.selectFirst("source").attr("src");
        }
        if (src.isEmpty()) {
            notes.note(line(media), "<" + media.tagName() + "> without a file: removed");
            media.remove();
            return;
        }
        String markdown = media.tagName().equals("video") ? Embeds.video(src, media.attr("poster"), media.attr("title"))
                : Embeds.audio(src, media.attr("title"));
        media.replaceWith(paragraph(placeholders.block(markdown)));
    }

    private static Element paragraph(String token) {
        return new Element("p").text(token);
    }

    private static void removeComments(Node node) {
        for (Node child : List.copyOf(node.childNodes())) {
            if (child instanceof Comment) {
                child.remove();
            } else {
                removeComments(child);
            }
        }
    }

    private static int line(Node node) {
        return Math.max(1, node.sourceRange().start().lineNumber());
    }
}
