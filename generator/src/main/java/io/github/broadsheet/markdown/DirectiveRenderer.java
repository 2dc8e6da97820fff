package io.github.broadsheet.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Map;
import java.util.Set;

/**
 * The HTML of each directive. YouTube and Vimeo are click-to-load: the page holds a link to the video's page with
 * the title (and the article's own poster image, if given) and a {@code data-embed-src} naming the player
 * ({@code youtube-nocookie.com}, Vimeo with {@code dnt=1}); the theme's script swaps in the player when the reader
 * clicks, so nothing is requested from another host before that. Without script the link simply leads to the video
 * (a link rather than a button plus a {@code <noscript>} link: one element that works both ways, and jsoup's
 * cleaner, which {@code sanitizeHtml} uses, refuses {@code <noscript>}). Local video and audio use the browser's own player with {@code preload="none"}. A gallery is a
 * {@code <figure class="gallery">} of figures, a pull quote a {@code <figure class="pullquote">} with a block quote
 * and its source. The engine writes no words of its own (only the author's titles and captions), so pages stay in
 * the site's language. A directive with a problem is written as its source text (the build reports it anyway).
 */
final class DirectiveRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(DirectiveBlock.class, this::render));
    }

    private void render(DirectiveBlock node, NodeRendererContext context, HtmlWriter html) {
        html.line();
        if (node.problem() != null) {
            html.raw("<p>").raw(escape(node.openingLine().toString())).raw("</p>").line();
            context.renderChildren(node);
            return;
        }
        Map<String, String> a = node.directive().attributes();
        switch (node.directive().name()) {
            case "youtube" -> {
                String start = a.get("start");
                clickToLoad(html, "youtube",
                        "https://www.youtube-nocookie.com/embed/" + a.get("id") + "?autoplay=1"
                                + (start == null ? "" : "&start=" + start),
                        "https://www.youtube.com/watch?v=" + a.get("id") + (start == null ? "" : "&t=" + start + "s"),
                        a);
            }
            case "vimeo" -> clickToLoad(html, "vimeo",
                    "https://player.vimeo.com/video/" + a.get("id") + "?autoplay=1&dnt=1",
                    "https://vimeo.com/" + a.get("id"), a);
            case "video", "audio" -> media(html, node.directive().name(), a);
            case "gallery" -> gallery(node, context, html, a.get("caption"));
            case "pullquote" -> {
                html.raw("<figure class=\"pullquote\">").line().raw("<blockquote>").line();
                context.renderChildren(node);
                html.line().raw("</blockquote>").line();
                caption(html, a.get("cite"));
                html.raw("</figure>").line();
            }
            default -> throw new IllegalStateException("a directive without HTML: " + node.directive().name());
        }
    }

    private static void clickToLoad(HtmlWriter html, String provider, String player, String page,
                                    Map<String, String> a) {
        String title = escape(a.get("title"));
        html.raw("<figure class=\"embed embed-" + provider + "\">").line();
        html.raw("<a class=\"embed-load\" href=\"" + escape(page) + "\" data-embed-src=\"" + escape(player)
                + "\" data-embed-title=\"" + title + "\">");
        if (a.get("poster") != null) {
            html.raw("<img src=\"" + escape(localUrl(a.get("poster")))
                    + "\" alt=\"\" loading=\"lazy\" decoding=\"async\">");
        }
        html.raw("<span class=\"embed-title\">" + title + "</span></a>").line();
        html.raw("</figure>").line();
    }

    private static void media(HtmlWriter html, String tag, Map<String, String> a) {
        String src = escape(localUrl(a.get("src")));
        String title = a.get("title");
        html.raw("<figure class=\"embed embed-" + tag + "\">").line();
        html.raw("<" + tag + " controls preload=\"none\" src=\"" + src + "\"");
        if (a.get("poster") != null) {
            html.raw(" poster=\"" + escape(localUrl(a.get("poster"))) + "\"");
        }
        // Shown only by browsers that cannot play the file: a link to it.
        html.raw("><a href=\"" + src + "\">" + escape(title != null && !title.isBlank() ? title : a.get("src").strip())
                + "</a></" + tag + ">").line();
        caption(html, title);
        html.raw("</figure>").line();
    }

    private static void gallery(DirectiveBlock node, NodeRendererContext context, HtmlWriter html, String caption) {
        html.raw("<figure class=\"gallery\">").line();
        for (Node block = node.getFirstChild(); block != null; block = block.getNext()) {
            for (Node inline = block.getFirstChild(); inline != null; inline = inline.getNext()) {
                if (inline instanceof Image image) {
                    String url = context.resolveLink(LinkType.IMAGE, image.getUrl().unescape(), null).getUrl();
                    String alt = new TextCollectingVisitor().collectAndGetText(image);
                    html.raw("<figure><img src=\"" + escape(url) + "\" alt=\"" + escape(alt)
                            + "\" loading=\"lazy\" decoding=\"async\" " + ImageLines.ATTRIBUTE + "=\""
                            + (image.getStartLineNumber() + 1) + "\">");
                    if (image.getTitle().isNotNull() && !image.getTitle().isBlank()) {
                        html.raw("<figcaption>" + escape(image.getTitle().unescape()) + "</figcaption>");
                    }
                    html.raw("</figure>").line();
                }
            }
        }
        caption(html, caption);
        html.raw("</figure>").line();
    }

    private static void caption(HtmlWriter html, String caption) {
        if (caption != null && !caption.isBlank()) {
            html.raw("<figcaption>" + escape(caption.strip()) + "</figcaption>").line();
        }
    }

    /** A path as written, with spaces percent-encoded (a file name may have them; a URL may not). */
    private static String localUrl(String path) {
        return path.strip().replace(" ", "%20");
    }

    /** Text for HTML content or a double-quoted attribute: {@code & < > "} escaped, as Flexmark escapes text. */
    private static String escape(String text) {
        return Escaping.escapeHtml(text, false);
    }
}
