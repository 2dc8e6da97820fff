package io.github.broadsheet;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.ArticleParser;
import io.github.broadsheet.content.ContentScanner;
import io.github.broadsheet.content.DateParser;
import io.github.broadsheet.content.SourceFile;
import io.github.broadsheet.incremental.IncrementalBuild;
import io.github.broadsheet.incremental.PageReuse;
import io.github.broadsheet.links.LinkChecker;
import io.github.broadsheet.markdown.MarkdownCache;
import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.output.OutputGuard;
import io.github.broadsheet.output.PathClaims;
import io.github.broadsheet.output.SiteWriter;
import io.github.broadsheet.page.PagePlan;
import io.github.broadsheet.page.RenderTask;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.publish.AtomFeeds;
import io.github.broadsheet.publish.GeneratedFile;
import io.github.broadsheet.publish.RelatedExplanation;
import io.github.broadsheet.publish.SearchIndex;
import io.github.broadsheet.publish.Sitemap;
import io.github.broadsheet.render.TemplateRenderer;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteAssembler;
import io.github.broadsheet.theme.Assets;
import io.github.broadsheet.theme.Theme;
import io.github.broadsheet.theme.ThemeResolver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The engine's single entry point: {@code build(config)} runs the pipeline scan -> parse -> assemble -> render ->
 * check -> write and returns a {@link BuildReport}, or throws a {@link BuildFailedException} listing every problem
 * found. The output directory changes only when the build succeeded. Holds no state between builds.
 */
public final class Generator {

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
     * @param built  told the site model of every build that wrote the site (the live server keeps it to render
     *               one edited page at once); not called when a build finds nothing changed
     */
    public Generator(ClassLoader themes, Consumer<Site> built) {
        this.themes = themes;
        this.built = built;
    }

    public BuildReport build(SiteConfig config) throws BuildFailedException {
        long start = System.nanoTime();
        SiteConfig.Layout layout = config.layout();
        Optional<String> refused = OutputGuard.check(layout, Path.of(System.getProperty("user.home")));
        if (refused.isPresent()) {
            throw new BuildFailedException(refused.get());
        }
        Problems problems = new Problems();
        List<String> notes = new java.util.concurrent.CopyOnWriteArrayList<>();
        // Before the up-to-date check: a build killed while committing may have left the output incomplete.
        notes.addAll(SiteWriter.repair(layout.outputDirectory()));
        IncrementalBuild incremental = IncrementalBuild.of(config, themes, notes::add);
        Optional<IncrementalBuild.Unchanged> unchanged = incremental.unchanged();
        if (unchanged.isPresent()) {
            IncrementalBuild.Unchanged last = unchanged.get();
            return new BuildReport(layout.outputDirectory(), last.articles(), last.pages(), last.files(), 0, true, 0,
                    Duration.ofNanos(System.nanoTime() - start), last.warnings(), List.of("nothing changed"));
        }
        Stopwatch time = new Stopwatch();
        List<Article> parsed = parse(config, incremental.markdown(), problems);
        time.lap("parse");
        Site site = new SiteAssembler(config).assemble(parsed, problems);
        time.lap("site");
        // No stop here on problems: output-path collisions are found below, in the same run as the problems of
        // front-matter, so that a user fixes everything at once.

        try (Theme theme = new ThemeResolver(themes).resolve(layout);
             SiteWriter writer = new SiteWriter(layout.outputDirectory())) {
            Assets assets = Assets.of(theme, site.urls());
            Object assetsModel = assets.templateModel();
            PagePlan plan = new PagePlan(site, config.publishing(),
                    Map.of("assets", assetsModel, "theme", theme.view()));
            List<RenderTask> tasks = plan.tasks();
            time.lap("plan");
            List<GeneratedFile> generated = generatedFiles(site, plan, config);
            Map<String, BundleFile> bundles = bundleFiles(site);
            claimOutputPaths(site, config.publishing().permalink(), tasks, generated, theme.staticFiles(), bundles)
                    .forEach(problems::add);
            failOnProblems(problems, config);

            LinkChecker links = new LinkChecker(site.urls());
            PageReuse reuse = incremental.pageReuse(assetsModel);
            render(tasks, new TemplateRenderer(theme, config.site().locale(), layout.baseDirectory()), writer, links,
                    problems, site, reuse, assets);
            time.lap("pages");
            // Feeds are made here, while they are written, in parallel.
            generated.parallelStream().forEach(file -> writer.write(file.path(), file.bytes()));
            time.lap("feeds");
            // After rendering: the hashed copies are made of the files that templates asked for.
            assets.outputFiles().forEach(writer::copy);
            bundles.forEach((path, bundle) -> writer.copy(path, bundle.file()));
            if (!problems.hasErrors()) {
                links.check(writer.files(), config.checks().failOnBrokenLinks()).forEach(problems::add);
            }
            time.lap("assets and link check");
            failOnProblems(problems, config);
            int files = writer.files().size();
            writer.commit();
            time.lap("commit");
            incremental.finished(parsed.stream().map(a -> a.date().toInstant()).toList(), writer.files(),
                    site.articles().size(), tasks.size(), problems.sorted());
            time.lap("cache");
            notes.add(time.toString());
            built.accept(site);
            int changedPages = (int) writer.changedFiles().stream().filter(f -> f.endsWith(".html")).count();
            return new BuildReport(layout.outputDirectory(), site.articles().size(), tasks.size(), files,
                    tasks.size() - reuse.kept(), false, changedPages, Duration.ofNanos(System.nanoTime() - start),
                    problems.sorted(), notes);
        } catch (java.io.UncheckedIOException e) {
            // A file that could not be written or read (a full disk, a folder without permission): one line.
            throw new BuildFailedException("The site was not built: " + e.getMessage()
                    + "; the previous site in " + layout.outputDirectory() + " is unchanged.");
        }
    }

    /** Scan, read and parse every article in parallel. */
    private static List<Article> parse(SiteConfig config, MarkdownCache markdown, Problems problems) {
        SiteConfig.Layout layout = config.layout();
        ContentScanner scanner = new ContentScanner(layout.contentDirectory(), layout.baseDirectory());
        List<SourceFile> sources = scanner.scan(problems);
        ArticleParser parser = parser(config, markdown);
        return sources.parallelStream()
                .map(source -> scanner.read(source, problems).flatMap(text -> parser.parse(source, text, problems)))
                .flatMap(Optional::stream)
                .toList();
    }

    /** The parser every build reads articles with; {@code markdown} may be {@code null} (no cache). */
    public static ArticleParser parser(SiteConfig config, MarkdownCache markdown) {
        return new ArticleParser(new MarkdownRenderer(config.publishing().sanitizeHtml(), markdown),
                new DateParser(ZoneOffset.UTC));
    }

    /**
     * Renders all pages in parallel, except those the last build wrote exactly so (they are kept); each page's
     * links are recorded, to be checked once everything is written.
     */
    private static void render(List<RenderTask> tasks, TemplateRenderer renderer, SiteWriter writer,
                               LinkChecker links, Problems problems, Site site, PageReuse reuse, Assets assets) {
        Map<Path, String> bodies = new java.util.HashMap<>();
        site.articles().forEach(article -> bodies.put(article.source(), article.html()));
        tasks.parallelStream().forEach(task -> {
            String body = task.source() == null ? null : bodies.get(task.source());
            // The variables are made once: for the digest and, when the page changed, for rendering.
            RenderTask page = RenderTask.of(task.template(), task.model(), task.path(), task.source());
            Optional<String> previous = reuse.previous(page, writer, assets);
            if (previous.isPresent()) {
                writer.keep(task.path());
                links.add(task.path(), previous.get(), task.source(), body);
                return;
            }
            java.util.Set<String> linked = new java.util.TreeSet<>();
            assets.recording(linked, () -> renderer.render(page)).ifPresent(html -> {
                writer.write(task.path(), html.getBytes(StandardCharsets.UTF_8));
                links.add(task.path(), html, task.source(), body);
                reuse.rendered(page, List.copyOf(linked));
            });
        });
        renderer.failures().forEach(problems::add);
    }

    private static List<GeneratedFile> generatedFiles(Site site, PagePlan plan, SiteConfig config) {
        List<GeneratedFile> files = new ArrayList<>();
        files.addAll(new AtomFeeds(site, config.publishing().feedSize(), config.publishing().feedSummaries()).files());
        files.addAll(new Sitemap(site, config.publishing().pageSize()).files());
        files.add(SearchIndex.file(site));
        if (config.publishing().explainRelated()) {
            files.add(RelatedExplanation.file(site));
        }
        return files;
    }

    /** A file of an article bundle: the article's source (for messages) and the file to copy. */
    private record BundleFile(Path article, Path file) {
    }

    /** Files of article bundles go next to the article's page, keeping their folder structure. */
    private static Map<String, BundleFile> bundleFiles(Site site) {
        Map<String, BundleFile> files = new java.util.TreeMap<>();
        for (int i = 0; i < site.articles().size(); i++) {
            Article article = site.articles().get(i);
            if (article.bundleRoot().isPresent()) {
                String page = PagePlan.file(site.paths().get(i)).replaceFirst("[^/]*$", "");
                for (Path file : article.bundle()) {
                    String relative = article.bundleRoot().get().relativize(file).toString().replace('\\', '/');
                    files.put(page + relative, new BundleFile(article.source(), file));
                }
            }
        }
        return files;
    }

    /**
     * Two writers of one output path would overwrite each other silently: refuse before writing anything. Pages
     * and aliases of articles are claimed from the site model, which knows the front-matter line that made each
     * path; list pages, generated, static and bundle files from the plan.
     */
    private static List<Problem> claimOutputPaths(Site site, String permalink, List<RenderTask> tasks,
                                                  List<GeneratedFile> generated, Map<String, Path> statics,
                                                  Map<String, BundleFile> bundles) {
        PathClaims claims = new PathClaims();
        claims.claim(SiteWriter.MANIFEST, PathClaims.Claim.of("Broadsheet's list of the files it wrote"));
        String pageFix = permalink.contains(":year") || permalink.contains(":month") || permalink.contains(":day")
                ? "set another 'slug:'"
                : "set another 'slug:', or, if two articles of different days share the slug, put the date into"
                        + " the permalink setting (e.g. /:year/:month/:day/:slug/)";
        for (int i = 0; i < site.articles().size(); i++) {
            Article article = site.articles().get(i);
            boolean byUrl = article.url().isPresent();
            claims.claim(PagePlan.file(site.paths().get(i)), PathClaims.Claim.article(article.source(),
                    article.lineOf(byUrl ? "url" : "slug"), "page " + site.paths().get(i),
                    byUrl ? "change 'url:'" : pageFix));
            for (String alias : article.aliases()) {
                claims.claim(PagePlan.file(alias), PathClaims.Claim.article(article.source(),
                        article.lineOf("aliases"), "alias " + alias,
                        "an alias must be an old URL that no page or file of the site uses"));
            }
        }
        for (RenderTask task : tasks) {
            if (task.source() == null) {
                claims.claim(task.path(), PathClaims.Claim.of("the page of template " + task.template()));
            }
        }
        generated.forEach(file -> claims.claim(file.path(), PathClaims.Claim.of("the generated file /" + file.path())));
        statics.keySet().forEach(path -> claims.claim(path, PathClaims.Claim.of("the static file /" + path)));
        bundles.forEach((path, bundle) -> claims.claim(path, PathClaims.Claim.article(bundle.article(), 0,
                "bundle file /" + path, "rename the file")));
        return claims.problems();
    }

    private static void failOnProblems(Problems problems, SiteConfig config) throws BuildFailedException {
        List<Problem> found = problems.sorted();
        if (problems.hasErrors() || config.checks().failOnWarning() && !found.isEmpty()) {
            throw new BuildFailedException(found);
        }
    }
}
