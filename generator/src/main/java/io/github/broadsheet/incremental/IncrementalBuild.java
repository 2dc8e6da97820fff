package io.github.broadsheet.incremental;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.markdown.MarkdownCache;
import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.markdown.Typography;
import io.github.broadsheet.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything a build reuses from the last one, behind one face: whether nothing changed at all ({@link UpToDateCheck}),
 * the Markdown renderings of unchanged texts ({@link BuildCache}), the pages whose model is unchanged
 * ({@link PageReuse}), and, after a successful build, the records the next build reads. Without a cache folder it
 * is off: nothing is reused or recorded, and every build renders everything. A cache that cannot be read or written
 * costs time, never a build's result; why is said in the build's notes. Close it when the build ends.
 */
public final class IncrementalBuild implements AutoCloseable {

    /**
     * What the last build made, reported again by a build that finds nothing changed.
     *
     * @param articles published articles
     * @param pages    HTML pages
     * @param files    files of the site
     * @param warnings the last build's warnings
     */
    public record Unchanged(int articles, int pages, int files, List<Problem> warnings) {

        public Unchanged {
            warnings = List.copyOf(warnings);
        }
    }

    private final SiteConfig config;
    private final Consumer<String> notes;
    private final UpToDateCheck upToDate;
    private final BuildCache cache;
    private StoredMarkdown markdown;
    private PageReuse pages;

    private IncrementalBuild(SiteConfig config, ClassLoader themes, Consumer<String> notes) {
        this.config = config;
        this.notes = notes;
        boolean on = config.layout().cacheDirectory() != null;
        this.upToDate = on ? new UpToDateCheck(config, themes, notes) : null;
        this.cache = on ? new BuildCache(config.layout().cacheDirectory(),
                MarkdownRenderer.cacheSignature(config.publishing().sanitizeHtml(),
                        Typography.of(config.site().locale()))) : null;
    }

    /**
     * The incremental side of one build of {@code config}.
     *
     * @param themes where built-in themes are looked up (their jars are inputs of the build)
     * @param notes  told what was reused and why something was not, for the build's notes
     */
    public static IncrementalBuild of(SiteConfig config, ClassLoader themes, Consumer<String> notes) {
        return new IncrementalBuild(config, themes, notes);
    }

    /**
     * The content hash of every input file (content, templates, static files, themes) by its absolute path, as the
     * up-to-date check took them: the image step passes them to the image pipeline, so that a rebuild reads no
     * unchanged image. Empty without a cache; call after {@link #unchanged()}.
     */
    public Map<Path, byte[]> contentHashes() {
        return upToDate == null ? Map.of() : upToDate.contentHashes();
    }

    /** What the last build made, when no input, setting or output file changed since; call first. */
    public Optional<Unchanged> unchanged() {
        return upToDate == null ? Optional.empty() : upToDate.upToDate();
    }

    /** The renderings of the last build, for the Markdown renderer; {@code null} without a cache. */
    public MarkdownCache markdown() {
        if (cache != null && markdown == null) {
            markdown = cache.load(notes);
        }
        return markdown;
    }

    /**
     * Which pages of the last build this one may keep (none without a cache).
     *
     * @param assets the {@code assets} variable the pages see
     */
    public PageReuse pageReuse(Object assets) {
        pages = upToDate == null ? new PageReuse(null, null, null, config.layout().outputDirectory())
                : upToDate.pageReuse(assets);
        return pages;
    }

    /**
     * Records a successful build for the next one: the Markdown renderings it used, its inputs, outputs and pages.
     *
     * @param articleDates when articles read (published or not) change the site by themselves (their dates and
     *                     expiry dates: {@code Article.scheduledChanges}), to know when the next change is due
     * @param written      the files the build wrote, relative to the output directory
     * @param articles     published articles
     * @param pageCount    HTML pages
     * @param warnings     the warnings of the build
     */
    public void finished(List<Instant> articleDates, Iterable<String> written, int articles, int pageCount,
                         List<Problem> warnings) {
        if (markdown != null) {
            notes.accept("build cache: " + markdown.reused() + " of " + markdown.used()
                    + " Markdown bodies reused");
            try {
                cache.save(markdown);
            } catch (IOException e) {
                notes.accept("build cache not saved: " + e);
            }
        }
        if (pages != null && pages.kept() > 0) {
            notes.accept("pages: " + (pageCount - pages.kept()) + " rendered, " + pages.kept() + " unchanged and kept");
        }
        if (upToDate != null) {
            upToDate.record(articleDates, written, articles, pageCount, pages == null ? Map.of()
                    : pages.pages(), warnings);
        }
    }

    /** Ends the build's use of the cache: drops what {@link #finished} did not save (a failed build saves nothing). */
    @Override
    public void close() {
        if (markdown != null) {
            markdown.close();
        }
    }
}
