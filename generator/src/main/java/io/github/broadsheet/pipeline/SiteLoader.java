package io.github.broadsheet.pipeline;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.ArticleParser;
import io.github.broadsheet.content.Author;
import io.github.broadsheet.content.AuthorParser;
import io.github.broadsheet.content.Content;
import io.github.broadsheet.content.ContentScanner;
import io.github.broadsheet.content.DateParser;
import io.github.broadsheet.content.Page;
import io.github.broadsheet.content.PageParser;
import io.github.broadsheet.content.SourceFile;
import io.github.broadsheet.image.ImageSize;
import io.github.broadsheet.markdown.MarkdownCache;
import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.markdown.Typography;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.progress.Progress;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteAssembler;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The first step of a build: scans the content folder, reads and parses every article, page and author (in
 * parallel, one Markdown renderer for all) and assembles the {@link Site}. Every problem found goes into the given {@link Problems}; the
 * step does not stop at the first, so that a user sees all of them at once. The live server reads one changed
 * article with {@link #read(SourceFile, Problems)}, exactly as a build would.
 */
public final class SiteLoader {

    /**
     * Heap per article below which bodies are held as strings: an article of the bench corpus holds 12.6 KB of body
     * HTML and text as strings (twice that with characters beyond Latin-1), so up to a quarter of the heap goes to
     * bodies; a bigger site packs them (5.6 KB), for about 0.3 ms of CPU per article. With a 2 GB heap: packed
     * above 32,768 articles.
     */
    static final long HEAP_PER_ARTICLE = 64 * 1024;

    private final SiteConfig config;
    private final ContentScanner scanner;
    private final ArticleParser parser;
    private final PageParser pages;
    private final AuthorParser authors;
    private final long packAbove;

    /** A loader that renders every Markdown text itself. */
    public SiteLoader(SiteConfig config) {
        this(config, null);
    }

    /**
     * A loader that packs the bodies of a site with more articles than a quarter of this JVM's heap would hold
     * unpacked (see {@link #SiteLoader(SiteConfig, MarkdownCache, long)}).
     *
     * @param markdown renderings of an earlier build to reuse, or {@code null}
     */
    public SiteLoader(SiteConfig config, MarkdownCache markdown) {
        this(config, markdown, Runtime.getRuntime().maxMemory() / HEAP_PER_ARTICLE);
    }

    /**
     * @param markdown  renderings of an earlier build to reuse, or {@code null}
     * @param packAbove the number of articles above which their bodies are held packed ({@link Article#packed()})
     *                  from reading to rendering
     */
    public SiteLoader(SiteConfig config, MarkdownCache markdown, long packAbove) {
        this.config = config;
        this.packAbove = packAbove;
        this.scanner = new ContentScanner(config.layout().contentDirectory(), config.layout().baseDirectory());
        MarkdownRenderer renderer = new MarkdownRenderer(config.publishing().sanitizeHtml(), markdown,
                Typography.of(config.site().locale()));
        this.parser = new ArticleParser(renderer, new DateParser(ZoneOffset.UTC));
        this.pages = new PageParser(parser, renderer);
        this.authors = new AuthorParser(parser, renderer);
    }

    /** Scans, reads and assembles: the site as a build of this configuration would make it. */
    public Site load(Problems problems) {
        return assemble(read(problems), problems);
    }

    /** Every article, page and author of the content folder, published or not, in no particular order. */
    public Content read(Problems problems) {
        return read(problems, Progress.NONE);
    }

    /** Every article, page and author, as {@link #read(Problems)}, counting the articles read on {@code progress}. */
    public Content read(Problems problems, Progress progress) {
        List<SourceFile> sources = scanner.scan(problems);
        Progress.Phase reading = progress.phase("reading", sources.size(), "articles");
        boolean pack = sources.size() > packAbove;
        List<Article> articles = sources.parallelStream()
                .map(source -> {
                    Optional<Article> read = read(source, problems);
                    Optional<Article> article = pack ? read.map(Article::packed) : read;
                    reading.step();
                    return article;
                })
                .flatMap(Optional::stream)
                .toList();
        List<Page> pageList = scanner.pages(problems).parallelStream()
                .map(source -> scanner.read(source, problems).flatMap(text -> pages.parse(source, text, problems)))
                .flatMap(Optional::stream)
                .toList();
        List<Author> authorList = scanner.authors(problems).stream()
                .map(source -> scanner.read(source, problems).flatMap(text -> authors.parse(source, text, problems)))
                .flatMap(Optional::stream)
                .map(author -> author.photoFile().flatMap(file -> scanner.bytes(file, author.source(), problems))
                        .map(bytes -> author.withPhotoSize(ImageSize.of(bytes))).orElse(author))
                .toList();
        return new Content(articles, pageList, authorList);
    }

    /** One article, read and parsed; empty when it cannot be read or parsed (the problem says why). */
    public Optional<Article> read(SourceFile source, Problems problems) {
        return scanner.read(source, problems).flatMap(text -> parser.parse(source, text, problems));
    }

    /** The site model of this content: the published articles, sorted, with their taxonomies and related articles. */
    public Site assemble(Content content, Problems problems) {
        return new SiteAssembler(config).assemble(content, problems);
    }
}
