package io.github.broadsheet.site;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.Content;
import io.github.broadsheet.content.Page;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.related.DistinctiveTerms;
import io.github.broadsheet.related.RelatedArticles;
import io.github.broadsheet.related.RelatedCandidate;
import io.github.broadsheet.related.RelatedConfig;
import io.github.broadsheet.related.RelatedDocument;
import io.github.broadsheet.related.RelatedMatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the parsed content into the {@link Site}: leaves out drafts and future articles (unless configured),
 * sorts newest first, gives each article its page path, builds the taxonomies ({@link Taxonomies}), the related
 * lists and the menus ({@link Menus}).
 */
public final class SiteAssembler {

    /** Newest first; equal dates by slug, so the order never depends on file-system or thread order. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator.comparing(Article::date).reversed()
            .thenComparing(Article::slug);

    /** Distinctive words kept per article for search. */
    static final int SEARCH_KEYWORDS = 12;

    private final SiteConfig config;

    public SiteAssembler(SiteConfig config) {
        this.config = config;
    }

    /** The site of these articles, without pages or authors. */
    public Site assemble(List<Article> parsed, Problems problems) {
        return assemble(Content.of(parsed), problems);
    }

    /** The site of everything read from the content folder. */
    public Site assemble(Content content, Problems problems) {
        List<Article> parsed = content.articles();
        List<Article> articles = new ArrayList<>();
        Instant now = config.publishing().now();
        for (Article article : parsed) {
            if (article.draft() && !config.publishing().drafts()) {
                continue;
            }
            if (article.date().toInstant().isAfter(now) && !config.publishing().future()) {
                continue;
            }
            // Hugo's expiryDate: an expired article leaves the site as a future one has not joined it yet.
            if (article.expires().filter(expires -> !expires.toInstant().isAfter(now)).isPresent()) {
                continue;
            }
            articles.add(article);
        }
        articles.sort(NEWEST_FIRST);
        // Two articles on one URL (equal slugs under a permalink without the date, one url:) are found with
        // every other output-path collision when the build claims its paths; equal slugs alone are fine.
        List<String> paths = articles.stream().map(this::pathOf).toList();
        for (int i = 0; i < articles.size(); i++) {
            articles.set(i, withSiteAliases(articles.get(i), paths.get(i)));
        }
        Taxonomies taxonomies = new Taxonomies(config.newsroom(), articles, parsed, content.authors(), problems);
        List<Terms> terms = taxonomies.all();
        List<List<Term>> articleTags = taxonomies.tags().ofArticle();
        RelatedConfig relatedConfig = config.related().withLanguage(config.site().language());
        List<List<RelatedMatch>> related;
        List<List<RelatedCandidate>> relatedWhy = List.of();
        if (config.publishing().explainRelated()) {
            RelatedArticles.Explained explained = RelatedArticles.explain(documents(articles), relatedConfig);
            related = explained.related();
            relatedWhy = explained.explanation();
        } else {
            related = RelatedArticles.compute(documents(articles), relatedConfig);
        }
        List<List<String>> keywords = keywords(articles, articleTags);
        // The plain text of the bodies has served its purpose; at 100,000 articles it is half a gigabyte.
        List<Article> withoutText = articles.stream().map(Article::withoutText).toList();
        List<Page> pages = content.pages().stream().filter(page -> !page.draft() || config.publishing().drafts())
                .sorted(Comparator.comparing(Page::path)).toList();
        Navigation navigation = new Menus(config.newsroom(), pages, taxonomies.sections(), problems)
                .navigation(copyright(withoutText));
        return new Site(config.site(), withoutText, paths, terms, related, keywords, relatedWhy,
                taxonomies.authors(), pages, navigation);
    }

    /** The configured copyright line, else {@code © <year of the newest article> <title>}. */
    private String copyright(List<Article> articles) {
        if (!config.site().copyright().isEmpty()) {
            return config.site().copyright();
        }
        String title = config.site().title();
        return articles.isEmpty() ? "© " + title
                : "© " + articles.get(0).date().atZoneSameInstant(config.site().timeZone()).getYear() + " " + title;
    }

    /** Distinctive words of each body, leaving out those of its title, tags and summary, which search reads anyway. */
    private List<List<String>> keywords(List<Article> articles, List<List<Term>> articleTags) {
        List<String> known = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            StringBuilder text = new StringBuilder(articles.get(i).title());
            articleTags.get(i).forEach(tag -> text.append(' ').append(tag.name()));
            known.add(text.append(' ').append(articles.get(i).summary()).toString());
        }
        return DistinctiveTerms.of(articles.stream().map(Article::bodyText).toList(), known, config.site().language(),
                SEARCH_KEYWORDS);
    }

    /**
     * The page path of an article: its {@code url:} (Jekyll's per-post {@code permalink}, which may hold
     * placeholders too) if given, else the site's permalink pattern filled in.
     */
    String pathOf(Article article) {
        String pattern = article.url().orElse(config.publishing().permalink());
        return Permalink.isPattern(pattern) ? Permalink.of(pattern, article) : pattern;
    }

    /**
     * The article with its relative aliases (Hugo's {@code aliases: [old-name/]}) made site paths: they are
     * relative to the folder that holds its page ({@code /posts/new/} with {@code old/} is {@code /posts/old/}).
     */
    private static Article withSiteAliases(Article article, String path) {
        if (article.aliases().stream().allMatch(alias -> alias.startsWith("/"))) {
            return article;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String folder = trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
        return article.withAliases(article.aliases().stream()
                .map(alias -> alias.startsWith("/") ? alias : folder + alias).toList());
    }

    private static List<RelatedDocument> documents(List<Article> articles) {
        return articles.stream()
                .map(a -> new RelatedDocument(a.slug(), a.tags().stream().map(TermIndex::key).toList(), a.title(),
                        a.summary(), headings(a), a.bodyText(), a.date().toLocalDate().toEpochDay()))
                .toList();
    }

    /** The text of an article's headings, one per line: the related model weighs their words above body text. */
    private static String headings(Article article) {
        StringBuilder out = new StringBuilder();
        article.headings().forEach(heading -> out.append(heading.text()).append('\n'));
        return out.toString();
    }
}
