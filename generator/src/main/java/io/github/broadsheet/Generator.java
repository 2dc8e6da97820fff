package io.github.broadsheet;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.Content;
import io.github.broadsheet.image.ImagePipeline;
import io.github.broadsheet.incremental.IncrementalBuild;
import io.github.broadsheet.incremental.PageReuse;
import io.github.broadsheet.links.LinkChecker;
import io.github.broadsheet.media.ImageFolder;
import io.github.broadsheet.media.PictureFiles;
import io.github.broadsheet.media.SiteImages;
import io.github.broadsheet.media.SitePictures;
import io.github.broadsheet.media.SocialCards;
import io.github.broadsheet.output.OutputGuard;
import io.github.broadsheet.output.SiteWriter;
import io.github.broadsheet.page.RenderTask;
import io.github.broadsheet.pipeline.BuildPlan;
import io.github.broadsheet.pipeline.SiteLoader;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.progress.Progress;
import io.github.broadsheet.render.TemplateRenderer;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.text.PackedText;
import io.github.broadsheet.theme.Assets;
import io.github.broadsheet.theme.Theme;
import io.github.broadsheet.theme.ThemeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The engine's single entry point: {@code build(config)} runs the pipeline load (scan, parse, assemble:
 * {@link SiteLoader}) -> plan ({@link BuildPlan}) -> render -> write -> check -> commit and returns a
 * {@link BuildReport}, or throws a {@link BuildFailedException} listing every problem found. What the last build
 * made is reused through {@link IncrementalBuild}. The output directory changes only when the build succeeded.
 * Holds no state between builds.
 */
public final class Generator {

    /** Resized copies and social cards no build has used for this long are deleted from the build cache. */
    static final Duration UNUSED_IMAGES_KEPT = Duration.ofDays(30);

    private final ClassLoader themes;
    private final Consumer<Site> built;

    /** Built-in themes are looked up through this class's own class loader. */
    public Generator() {
        this(Generator.class.getClassLoader());
    }

    public Generator(ClassLoader themes) {
        this(themes, site -> { });
    }

    /**
     * @param themes where built-in themes are looked up
     * @param built  told the site model of every build that wrote the site, as assembled, before its images were
     *               resized (the live server keeps it to render one edited page at once); not called when a build
     *               finds nothing changed
     */
    public Generator(ClassLoader themes, Consumer<Site> built) {
        this.themes = themes;
        this.built = built;
    }

    /**
     * Builds the site: load (scan, parse, assemble the {@link Site}), plan (pages, generated files, bundles, output
     * paths), render, write and check; then the new site is committed to the output folder. Nothing is done when
     * nothing changed since the last build.
     */
    public BuildReport build(SiteConfig config) throws BuildFailedException {
        return build(config, Progress.NONE);
    }

    /**
     * Builds the site as {@link #build(SiteConfig)} does, telling {@code progress} what it is doing while it runs
     * (a long build only: see {@link Progress}).
     */
    public BuildReport build(SiteConfig config, Progress progress) throws BuildFailedException {
        long start = System.nanoTime();
        SiteConfig.Layout layout = config.layout();
        Optional<String> refused = OutputGuard.check(layout, Path.of(System.getProperty("user.home")));
        if (refused.isPresent()) {
            throw new BuildFailedException(refused.get());
        }
        List<String> notes = new CopyOnWriteArrayList<>();
        // Before the up-to-date check: a build killed while committing may have left the output incomplete.
        notes.addAll(SiteWriter.repair(layout.outputDirectory()));
        // Closed at the end: a failed build keeps the last build's Markdown cache as it was.
        try (IncrementalBuild incremental = IncrementalBuild.of(config, themes, notes::add)) {
            Optional<IncrementalBuild.Unchanged> unchanged = incremental.unchanged();
            if (unchanged.isPresent()) {
                IncrementalBuild.Unchanged last = unchanged.get();
                return new BuildReport(layout.outputDirectory(), last.articles(), last.pages(), last.files(), 0, true, 0,
                        Duration.ofNanos(System.nanoTime() - start), last.warnings(), List.of("nothing changed"));
            }
            Problems problems = new Problems();
            Stopwatch time = new Stopwatch();
            SiteLoader loader = new SiteLoader(config, incremental.markdown());
            // The parsed articles (with the plain text of their bodies) are held only until the site is assembled: a
            // local that kept them to the end held 5 KB of text per article through the whole build (half a gigabyte
            // at 100,000 articles). Only their scheduled changes are needed later.
            List<Instant> scheduled = new ArrayList<>();
            Site assembled = assemble(loader, problems, progress, time, scheduled);
            // No stop here on problems: output-path collisions are found by the plan, in the same run as the problems
            // of front-matter, so that a user fixes everything at once.
            try (Theme theme = new ThemeResolver(themes).resolve(layout);
                 SiteWriter writer = new SiteWriter(layout.outputDirectory());
                 ImageFolder images = ImageFolder.of(layout.cacheDirectory())) {
                ImagePipeline pipeline = new ImagePipeline(config.media().images(), images.folder(), progress);
                SitePictures pictures = new SiteImages(pipeline, config.media().images().keepMetadata(),
                        config.checks().failOnBrokenLinks())
                        .process(assembled, BuildPlan.sourceFiles(assembled, theme.staticFiles()), incremental.contentHashes(),
                                problems);
                Site site = pictures.site();
                SocialCards cards = null;
                if (config.media().socialCards()) {
                    cards = SocialCards.of(theme, images.folder().resolve("cards"));
                    pictures = cards.addTo(site, pictures);
                }
                time.lap("images");
                BuildPlan plan = BuildPlan.of(site, config, theme, pictures);
                plan.collisions().forEach(problems::add);
                time.lap("plan");
                failOnProblems(problems, config);

                LinkChecker links = new LinkChecker(site.urls());
                PageReuse reuse = incremental.pageReuse(plan.assetsVariable());
                render(plan, new TemplateRenderer(theme, config.site().locale(), layout.baseDirectory()), writer, links,
                        problems, site, reuse, progress.phase("rendering", plan.pages().size(), "pages"));
                time.lap("pages");
                // Feeds are made here, while they are written, in parallel.
                Progress.Phase feeds = progress.phase("writing feeds, sitemaps and search index:",
                        plan.generatedFiles().size(), "files");
                plan.generatedFiles().parallelStream().forEach(file -> {
                    writer.write(file.path(), file.bytes());
                    feeds.step();
                });
                time.lap("feeds");
                // After rendering: the hashed copies are made of the files that templates asked for.
                boolean keepMetadata = config.media().images().keepMetadata();
                PictureFiles.publishAsTheyAre(plan.staticFiles(), writer, keepMetadata);
                PictureFiles.publishAsTheyAre(plan.bundleFiles(), writer, keepMetadata);
                PictureFiles.publish(pictures, writer);
                if (!problems.hasErrors()) {
                    links.check(writer.files(), config.checks().failOnBrokenLinks()).forEach(problems::add);
                }
                time.lap("assets and link check");
                failOnProblems(problems, config);
                int files = writer.files().size();
                writer.commit();
                time.lap("commit");
                int pages = plan.pages().size();
                incremental.finished(scheduled, writer.files(), site.articles().size(), pages, problems.sorted());
                try {
                    int pruned = pipeline.pruneCache(UNUSED_IMAGES_KEPT)
                            + (cards == null ? 0 : cards.pruneCache(UNUSED_IMAGES_KEPT));
                    notes.add("image cache: " + pruned + " unused images' copies and cards deleted");
                } catch (IOException e) {
                    notes.add("image cache not pruned: " + e.getMessage());
                }
                time.lap("cache");
                notes.add(time.toString());
                notes.add("images encoded: " + pictures.encoded() + ", social cards drawn: "
                        + (cards == null ? 0 : cards.drawn()));
                // The model before the image step: the live server's quick page runs that step itself, as here.
                built.accept(assembled);
                int changedPages = (int) writer.changedFiles().stream().filter(f -> f.endsWith(".html")).count();
                return new BuildReport(layout.outputDirectory(), site.articles().size(), pages, files,
                        pages - reuse.kept(), false, changedPages, Duration.ofNanos(System.nanoTime() - start),
                        problems.sorted(), notes);
            } catch (UncheckedIOException e) {
                // A file that could not be written or read (a full disk, a folder without permission): one line.
                throw new BuildFailedException("The site was not built: " + e.getMessage()
                        + "; the previous site in " + layout.outputDirectory() + " is unchanged.");
            }
        }
    }

    /**
     * Reads and assembles the site; {@code scheduled} is given the moments the articles change the site by
     * themselves (for the next build's up-to-date check). The content read is not returned: nothing after the
     * assembly needs it.
     */
    private static Site assemble(SiteLoader loader, Problems problems, Progress progress, Stopwatch time,
                                 List<Instant> scheduled) {
        Content content = loader.read(problems, progress);
        content.articles().forEach(article -> scheduled.addAll(article.scheduledChanges()));
        time.lap("parse");
        Site site = loader.assemble(content, problems);
        time.lap("site");
        return site;
    }

    /**
     * Renders all pages in parallel, except those the last build wrote exactly so (they are kept); each page's
     * links are recorded, to be checked once everything is written.
     */
    private static void render(BuildPlan plan, TemplateRenderer renderer, SiteWriter writer, LinkChecker links,
                               Problems problems, Site site, PageReuse reuse, Progress.Phase rendering) {
        Map<Path, PackedText> bodies = new HashMap<>();
        site.articles().forEach(article -> bodies.put(article.source(), article.bodyHtml()));
        site.pages().forEach(page -> bodies.put(page.source(), PackedText.of(page.html())));
        Assets assets = plan.assets();
        plan.pages().parallelStream().forEach(task -> {
            PackedText body = task.source() == null ? null : bodies.get(task.source());
            // The variables are made once: for the digest and, when the page changed, for rendering.
            RenderTask page = RenderTask.of(task.template(), task.model(), task.path(), task.source());
            Optional<String> previous = reuse.previous(page, writer, assets);
            rendering.step();
            if (previous.isPresent()) {
                writer.keep(task.path());
                links.add(task.path(), previous.get(), task.source(), body);
                return;
            }
            Set<String> linked = new TreeSet<>();
            assets.recording(linked, () -> renderer.render(page)).ifPresent(html -> {
                writer.write(task.path(), html.getBytes(StandardCharsets.UTF_8));
                links.add(task.path(), html, task.source(), body);
                reuse.rendered(page, List.copyOf(linked));
            });
        });
        renderer.failures().forEach(problems::add);
    }

    private static void failOnProblems(Problems problems, SiteConfig config) throws BuildFailedException {
        List<Problem> found = problems.sorted();
        if (problems.hasErrors() || config.checks().failOnWarning() && !found.isEmpty()) {
            throw new BuildFailedException(found);
        }
    }
}
