package io.github.broadsheet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.ext.anchorlink.internal.AnchorLinkNodeRenderer;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.DelegatingNodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Locale;
import java.util.Set;

/**
 * A heading's link to itself. A heading of plain text is wrapped in the link, as Flexmark's anchor-link extension
 * writes it ({@code <h2 id="x"><a href="#x" class="heading-anchor">Text</a></h2>}). A heading that holds a link of
 * its own ({@code ### [Title](url)}, an autolink, a footnote reference, a raw {@code <a>} or other interactive
 * HTML) cannot be wrapped: a link inside a link is invalid HTML, and browsers close the outer one where the inner
 * one starts. Its text is written as it is, and an empty anchor link follows it
 * ({@code <h3 id="title"><a href="url">Title</a><a href="#title" class="heading-anchor"
 * aria-labelledby="title"></a></h3>}): the theme shows it with the same {@code .heading-anchor::after} sign, and
 * {@code aria-labelledby} names it by the heading's text, as the wrapping link is named.
 */
final class HeadingAnchor implements NodeRenderer {

    /** Raw inline HTML that a link may hold: text-level elements that are not interactive. */
    private static final Set<String> PHRASING = Set.of("abbr", "b", "bdi", "bdo", "br", "cite", "code", "data",
            "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
            "sup", "time", "u", "var", "wbr");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(AnchorLink.class, this::render));
    }

    private void render(AnchorLink anchor, NodeRendererContext context, HtmlWriter html) {
        String id = context.isDoNotRenderLinks() ? null : context.getNodeId(anchor.getParent());
        if (id != null && id.isEmpty()) {
            // A heading without text has no id: a link to "#" would lead to the top of the page.
            context.renderChildren(anchor);
            return;
        }
        if (id == null || !holdsInteractiveContent(anchor)) {
            context.delegateRender();
            return;
        }
        context.renderChildren(anchor);
        html.attr("href", "#" + id).attr("class", "heading-anchor").attr("aria-labelledby", id)
                .withAttr().tag("a").tag("/a");
    }

    /** Whether the heading's content renders anything a link may not hold. */
    static boolean holdsInteractiveContent(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Link || node instanceof AutoLink || node instanceof MailLink
                    || node instanceof Footnote || node instanceof LinkRef ref && ref.isDefined()
                    || node instanceof HtmlInline raw && !phrasing(raw.getChars().toString())
                    || holdsInteractiveContent(node)) {
                return true;
            }
        }
        return false;
    }

    /** A closing tag, or an opening tag of a {@link #PHRASING} element without {@code tabindex}. */
    private static boolean phrasing(String tag) {
        if (tag.startsWith("</")) {
            return true;
        }
        int end = 1;
        while (end < tag.length() && Character.isLetterOrDigit(tag.charAt(end))) {
            end++;
        }
        String lower = tag.toLowerCase(Locale.ROOT);
        return PHRASING.contains(lower.substring(1, end)) && !lower.contains("tabindex");
    }

    /** Put before Flexmark's renderer of anchor links, which it delegates to for headings it may wrap. */
    static final class Factory implements DelegatingNodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new HeadingAnchor();
        }

        @Override
        public Set<Class<?>> getDelegates() {
            return Set.of(AnchorLinkNodeRenderer.Factory.class);
        }
    }
}
