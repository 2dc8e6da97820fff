package io.github.broadsheet.markdown;

import java.util.function.Function;

/**
 * Renderings of Markdown kept from earlier builds, so that a rebuild renders only the texts that changed. The
 * renderer says what it needs and the incremental build provides it, so this package does not depend on how or
 * where renderings are kept. Implementations are thread-safe: bodies are rendered in parallel.
 */
public interface MarkdownCache {

    /**
     * The kept rendering of {@code markdown}, else {@code render}'s, remembered for the next build.
     *
     * @param kind which rendering of the text (a body and a teaser of the same text differ), part of the key
     */
    RenderedMarkdown get(char kind, String markdown, Function<String, RenderedMarkdown> render);
}
