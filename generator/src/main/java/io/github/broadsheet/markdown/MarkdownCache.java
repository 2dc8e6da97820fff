package io.github.broadsheet.markdown;

import io.github.broadsheet.digest.ContentHash;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered Markdown by the {@link ContentHash} of its source, so a rebuild renders only bodies that changed.
 * Entries from an earlier build come in through {@link #MarkdownCache(Map)}; {@link #used()} is what this build
 * needs, the part worth keeping for the next one. Thread-safe.
 */
public final class MarkdownCache {

    private final Map<ByteBuffer, RenderedMarkdown> previous;
    private final Map<ByteBuffer, RenderedMarkdown> used = new ConcurrentHashMap<>();

    public MarkdownCache() {
        this(Map.of());
    }

    public MarkdownCache(Map<ByteBuffer, RenderedMarkdown> previous) {
        this.previous = Map.copyOf(previous);
    }

    /**
     * The cached rendering of {@code markdown}, else {@code render}'s, remembered for the next build.
     *
     * @param kind which rendering of the text (a body and a teaser of the same text differ), part of the key
     */
    RenderedMarkdown get(char kind, String markdown, java.util.function.Function<String, RenderedMarkdown> render) {
        ByteBuffer key = ByteBuffer.wrap(ContentHash.of(kind + markdown));
        RenderedMarkdown hit = used.get(key);
        if (hit == null) {
            hit = previous.get(key);
            if (hit == null) {
                hit = render.apply(markdown);
            }
            used.put(key, hit);
        }
        return hit;
    }

    /** The entries this build used: what the next build may reuse. */
    public Map<ByteBuffer, RenderedMarkdown> used() {
        return Map.copyOf(used);
    }

    /** How many renderings came from the previous build. */
    public long reused() {
        return used.keySet().stream().filter(previous::containsKey).count();
    }
}
