package io.github.broadsheet.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * The directive syntax for embeds ({@code ::youtube{id="..." title="..."}}, {@code ::vimeo}, {@code ::video},
 * {@code ::audio}) and containers ({@code :::gallery}, {@code :::pullquote}) as a Flexmark extension: the block
 * parser ({@link DirectiveBlockParser}) and the HTML ({@link DirectiveRenderer}).
 */
final class DirectiveExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    static DirectiveExtension create() {
        return new DirectiveExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new DirectiveBlockParser.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new DirectiveRenderer());
    }
}
