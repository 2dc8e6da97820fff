package io.github.broadsheet.importer.wordpress;

import io.github.broadsheet.importer.BodyNotes;
import io.github.broadsheet.importer.Placeholders;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown of one post or page of a WordPress export, in the order WordPress itself would read it: block
 * comments ({@link BlockConverter}), the "more" and page breaks, shortcodes ({@link ShortcodeExpander}), then for
 * classic-editor posts the URLs alone on a line that WordPress embedded and its paragraphs ({@link Autop}), and
 * finally HTML to Markdown ({@link HtmlToMarkdown}). Every pass keeps the line breaks, so a report line names the
 * line of the export. One instance serves a whole import; not thread-safe.
 */
final class WordPressContent {

    /** A picture or file of the media library. */
    record Attachment(long id, String url, String alt, String caption, int order) {
    }

    /** What a post can refer to: the media library by id and by post, and reusable blocks by id. */
    record Media(Map<Long, Attachment> attachments, Map<Long, List<Attachment>> children,
                 Map<Long, String> reusableBlocks) {
    }

    private static final Pattern MORE = Pattern.compile("<!--more(?:\\s[^>]*?)?-->");
    private static final Pattern NEXTPAGE = Pattern.compile("<!--nextpage-->");
    private static final Pattern URL_LINE = Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"]+)[ \\t]*$");

    private final HtmlToMarkdown html = new HtmlToMarkdown();

    String markdown(WxrExport.Item item, Media media, Placeholders placeholders, BodyNotes notes) {
        String text = item.content().replace("\r\n", "\n").replace('\r', '\n');
        boolean blocks = text.contains("<!-- wp:");
        if (blocks) {
            text = new BlockConverter(media, placeholders, notes).convert(text);
        }
        text = MORE.matcher(text).replaceAll(Matcher.quoteReplacement("<p>" + placeholders.block("<!--more-->") + "</p>"));
        String current = text;
        Matcher nextpage = NEXTPAGE.matcher(current);
        while (nextpage.find()) {
            notes.note(BodyNotes.lineAt(current, nextpage.start()), "page break <!--nextpage--> removed: Broadsheet"
                    + " shows an article on one page");
        }
        text = nextpage.replaceAll("");
        text = new ShortcodeExpander(media, placeholders, notes, item.id()).expand(text);
        if (!blocks) {
            // The classic editor embeds a URL that stands alone on its line (YouTube, Vimeo, X...).
            Matcher url = URL_LINE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (url.find()) {
                String replacement = EmbedUrls.isEmbeddable(url.group(1))
                        ? "<p>" + placeholders.block(EmbedUrls.markdown(url.group(1), "")) + "</p>" : url.group();
                url.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            url.appendTail(out);
            text = Autop.paragraphs(out.toString());
        }
        return html.convert(text, placeholders, notes);
    }
}
