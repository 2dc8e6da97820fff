package io.github.broadsheet.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.broadsheet.highlight.CodeHighlighter;
import java.util.Optional;
import java.util.Set;

/**
 * Fenced code with a language the {@link CodeHighlighter} knows is written as Flexmark writes it ({@code <pre><code
 * class="language-java">}), but with highlighted spans inside; any other code block is left to Flexmark, so its
 * HTML does not change.
 */
final class HighlightedCode implements NodeRenderer {

    private final CodeHighlighter highlighter;

    HighlightedCode(CodeHighlighter highlighter) {
        this.highlighter = highlighter;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
    }

    private void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence info = node.getInfo();
        String language = info.isNull() || info.isBlank() ? ""
                : node.getInfoDelimitedByAny(context.getHtmlOptions().languageDelimiterSet).unescape();
        Optional<String> highlighted = language.isEmpty() ? Optional.empty()
                : highlighter.highlight(language, node.getContentChars().normalizeEOL());
        if (highlighted.isEmpty()) {
            context.delegateRender();
            return;
        }
        // As Flexmark's CoreNodeRenderer writes a fenced block, with the highlighted HTML as the code's content.
        html.line();
        html.srcPosWithTrailingEOL(node.getChars()).withAttr().tag("pre").openPre();
        html.attr("class", context.getHtmlOptions().languageClassPrefix + language);
        html.srcPosWithEOL(node.getContentChars()).withAttr(CoreNodeRenderer.CODE_CONTENT).tag("code");
        html.rawPre(highlighted.get());
        html.tag("/code");
        html.tag("/pre").closePre();
        html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }
}
