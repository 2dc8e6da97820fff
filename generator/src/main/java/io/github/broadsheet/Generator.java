package io.github.broadsheet;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.ArticleParser;
import io.github.broadsheet.content.ContentScanner;
import io.github.broadsheet.content.DateParser;
import io.github.broadsheet.content.SourceFile;
import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.output.OutputGuard;
import io.github.broadsheet.output.SiteWriter;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.render.RenderPlan;
import io.github.broadsheet.render.RenderTask;
import io.github.broadsheet.render.TemplateRenderer;
import io.github.broadsheet.render.Theme;
import io.github.broadsheet.render.ThemeResolver;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteAssembler;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's single entry point: {@code build(config)} runs the pipeline scan -> parse -> assemble -> render ->
 * write and returns a {@link BuildReport}, or throws a {@link BuildFailedException} listing every problem found.
 * The output directory changes only when the build succeeded. Holds no state between builds.
 */
public final class Generator {

    private final ClassLoader themes;

    /** Built-in themes are looked up through this class's own class loader. */
    public Generator() {
        this(Generator.class.getClassLoader());
    }

    public Generator(ClassLoader themes) {
        this.themes = themes;
    }

    public BuildReport build(SiteConfig config) throws BuildFailedException {
        long start = System.nanoTime();
        SiteConfig.Layout layout = config.layout();
        Optional<String> refused = OutputGuard.check(layout, Path.of(System.getProperty("user.home")));
        if (refused.isPresent()) {
            throw new BuildFailedException(refused.get());
        }
        Problems problems = new Problems();

        ContentScanner scanner = new ContentScanner(layout.contentDirectory().resolve("articles"), layout.baseDirectory());
        List<SourceFile> sources = scanner.scan(problems);
        ArticleParser parser = new ArticleParser(new MarkdownRenderer(false), new DateParser(ZoneOffset.UTC));
        List<Article> articles = sources.parallelStream()
                .map(source -> scanner.read(source, problems).flatMap(text -> parser.parse(source, text, problems)))
                .flatMap(Optional::stream)
                .toList();
        Site site = new SiteAssembler(config).assemble(articles, problems);
        failOnProblems(problems, config);

        try (Theme theme = new ThemeResolver(themes).resolve(layout);
             SiteWriter writer = new SiteWriter(layout.outputDirectory())) {
            TemplateRenderer renderer = new TemplateRenderer(theme, config.site().locale());
            List<RenderTask> tasks = new RenderPlan(site, config.publishing().pageSize()).tasks();
            tasks.parallelStream().forEach(task ->
                    renderer.render(task, problems).ifPresent(bytes -> writer.write(task.path(), bytes)));
            for (Map.Entry<String, Path> file : theme.staticFiles().entrySet()) {
                writer.copy(file.getKey(), file.getValue());
            }
            copyBundles(site, writer);
            failOnProblems(problems, config);
            int files = writer.files().size();
            writer.commit();
            return new BuildReport(layout.outputDirectory(), site.articles().size(), tasks.size(), files,
                    Duration.ofNanos(System.nanoTime() - start), problems.sorted());
        }
    }

    /** Files of article bundles go next to the article's page, keeping their folder structure. */
    private static void copyBundles(Site site, SiteWriter writer) {
        for (int i = 0; i < site.articles().size(); i++) {
            Article article = site.articles().get(i);
            if (article.bundleRoot().isEmpty()) {
                continue;
            }
            Path root = article.bundleRoot().get();
            String page = site.paths().get(i).substring(1);
            for (Path file : article.bundle()) {
                writer.copy(page + root.relativize(file).toString().replace('\\', '/'), file);
            }
        }
    }

    private static void failOnProblems(Problems problems, SiteConfig config) throws BuildFailedException {
        List<Problem> found = problems.sorted();
        if (problems.hasErrors() || config.checks().failOnWarning() && !found.isEmpty()) {
            throw new BuildFailedException(found);
        }
    }
}
