package io.github.broadsheet.incremental;

import io.github.broadsheet.output.SiteWriter;
import io.github.broadsheet.page.RenderTask;
import io.github.broadsheet.theme.Assets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decides page by page whether a rebuild can keep the page the last build wrote instead of rendering it again:
 * only when the page's {@link ModelDigest} (its model, template name and path, in the context of the same
 * templates, static files and configuration) equals the one recorded then, and the file is still exactly as
 * that build wrote it. Rendering a page can have one side effect, a hashed copy of a static file it links
 * through {@code assets.url}; a kept page asks for the same files again. Records every page's digest and
 * static files for the next build. Without a digest context (no build cache, inputs not fingerprinted) every
 * page is rendered. Made by {@link IncrementalBuild#pageReuse}.
 */
public final class PageReuse {

    private final ModelDigest digests;
    private final LastBuild last;
    private final Path output;
    private final Map<String, String> digestsNow = new ConcurrentHashMap<>();
    private final Map<String, LastBuild.Page> current = new ConcurrentHashMap<>();
    private final AtomicInteger kept = new AtomicInteger();

    /**
     * @param context what every page depends on besides its model, or {@code null} to render every page
     * @param assets  the {@code assets} function the pages see (its results are covered by the context)
     * @param last    the last successful build, or {@code null}
     */
    PageReuse(String context, Object assets, LastBuild last, Path output) {
        this.digests = context == null ? null : new ModelDigest(context, assets);
        this.last = last;
        this.output = output;
    }

    /**
     * The page as the last build wrote it, when it can be kept (its static files are then asked for again);
     * thread-safe.
     */
    public Optional<String> previous(RenderTask task, SiteWriter writer, Assets assets) {
        if (digests == null) {
            return Optional.empty();
        }
        Optional<String> digest = digests.of(task);
        if (digest.isEmpty()) {
            return Optional.empty();
        }
        digestsNow.put(task.path(), digest.get());
        LastBuild.Page page = last == null ? null : last.pages().get(task.path());
        if (page == null || !digest.get().equals(page.digest()) || !last.outputIntact(output, task.path())) {
            return Optional.empty();
        }
        try {
            String html = Files.readString(writer.previous(task.path()));
            page.assets().forEach(assets::url);
            current.put(task.path(), page);
            kept.incrementAndGet();
            return Optional.of(html);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Notes a page that was rendered, with the static files it linked; thread-safe. */
    public void rendered(RenderTask task, List<String> assets) {
        String digest = digestsNow.get(task.path());
        if (digest != null) {
            current.put(task.path(), new LastBuild.Page(digest, assets));
        }
    }

    /** Every page rendered or kept, with its digest and static files, by output path. */
    Map<String, LastBuild.Page> pages() {
        return Map.copyOf(current);
    }

    /** Pages kept from the last build. */
    public int kept() {
        return kept.get();
    }
}
