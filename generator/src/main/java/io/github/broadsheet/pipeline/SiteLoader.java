package io.github.broadsheet.pipeline;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.ArticleParser;
import io.github.broadsheet.content.ContentScanner;
import io.github.broadsheet.content.DateParser;
import io.github.broadsheet.content.SourceFile;
import io.github.broadsheet.markdown.MarkdownCache;
import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteAssembler;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The first step of a build: scans the content folder, reads and parses every article (in parallel, one Markdown
 * renderer for all) and assembles the {@link Site}. Every problem found goes into the given {@link Problems}; the
 * step does not stop at the first, so that a user sees all of them at once. The live server reads one changed
 * article with {@link #read(SourceFile, Problems)}, exactly as a build would.
 */
public final class SiteLoader {

    private final SiteConfig config;
    private final ContentScanner scanner;
    private final ArticleParser parser;

    /** A loader that renders every Markdown text itself. */
    public SiteLoader(SiteConfig config) {
        this(config, null);
    }

    /** @param markdown renderings of an earlier build to reuse, or {@code null} */
    public SiteLoader(SiteConfig config, MarkdownCache markdown) {
        this.config = config;
        this.scanner = new ContentScanner(config.layout().contentDirectory(), config.layout().baseDirectory());
        this.parser = new ArticleParser(new MarkdownRenderer(config.publishing().sanitizeHtml(), markdown),
                new DateParser(ZoneOffset.UTC));
    }

    /** Scans, reads and assembles: the site as a build of this configuration would make it. */
    public Site load(Problems problems) {
        return assemble(read(problems), problems);
    }

    /** Every article of the content folder, published or not, in no particular order. */
    public List<Article> read(Problems problems) {
        return scanner.scan(problems).parallelStream()
                .map(source -> read(source, problems))
                .flatMap(Optional::stream)
                .toList();
    }

    /** One article, read and parsed; empty when it cannot be read or parsed (the problem says why). */
    public Optional<Article> read(SourceFile source, Problems problems) {
        return scanner.read(source, problems).flatMap(text -> parser.parse(source, text, problems));
    }

    /** The site model of these articles: the published ones, sorted, with their tags and related articles. */
    public Site assemble(List<Article> articles, Problems problems) {
        return new SiteAssembler(config).assemble(articles, problems);
    }
}
