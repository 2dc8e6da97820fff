package io.github.broadsheet.incremental;

import io.github.broadsheet.digest.ContentHash;
import io.github.broadsheet.markdown.MarkdownCache;
import io.github.broadsheet.markdown.RenderedMarkdown;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The {@link MarkdownCache} of the build cache: rendered Markdown by the {@link ContentHash} of its source. Entries
 * from an earlier build come in through {@link #StoredMarkdown(Map)}; {@link #used()} is what this build needs,
 * the part worth keeping for the next one ({@link BuildCache} reads and writes them). Thread-safe.
 */
public final class StoredMarkdown implements MarkdownCache {

    private final Map<ByteBuffer, RenderedMarkdown> previous;
    private final Map<ByteBuffer, RenderedMarkdown> used = new ConcurrentHashMap<>();

    public StoredMarkdown() {
        this(Map.of());
    }

    public StoredMarkdown(Map<ByteBuffer, RenderedMarkdown> previous) {
        this.previous = Map.copyOf(previous);
    }

    @Override
    public RenderedMarkdown get(char kind, String markdown, Function<String, RenderedMarkdown> render) {
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
