package io.github.broadsheet.site;

import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.config.Taxonomy;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.Author;
import io.github.broadsheet.content.Page;
import io.github.broadsheet.related.RelatedCandidate;
import io.github.broadsheet.related.RelatedMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The whole site as one immutable query model: published articles newest first, their paths, the taxonomies (tags,
 * sections, authors, series) with their terms, related articles, the authors and pages, and the menus. Everything
 * a page needs is looked up here by index in constant time, so rendering a page never scans the site.
 *
 * @param settings    the site's own settings
 * @param articles    published articles, newest first (ties: slug)
 * @param paths       site-relative path of each article's page, same index as {@code articles}
 * @param taxonomies  every taxonomy (the four keys of {@link Taxonomy#KEYS}), the published ones first in their
 *                    configured order
 * @param related     related articles of each article, best first, same index as {@code articles}
 * @param keywords    the distinctive words of each article's body, best first, for search; same index as
 *                    {@code articles}
 * @param relatedWhy  only when {@code related.json} is asked for (else empty): per article its related links, then
 *                    the best candidates left out, each with the evidence and the reason; same index as
 *                    {@code articles}
 * @param authors     the authors of {@code content/authors/}, by id; empty when authors are names only
 * @param pages       the published pages of {@code content/pages/}, by path
 * @param navigation  the header and footer menus and the copyright line
 */
public record Site(SiteSettings settings, List<Article> articles, List<String> paths, List<Terms> taxonomies,
                   List<List<RelatedMatch>> related, List<List<String>> keywords,
                   List<List<RelatedCandidate>> relatedWhy, List<Author> authors, List<Page> pages,
                   Navigation navigation) {

    public Site {
        articles = List.copyOf(articles);
        paths = List.copyOf(paths);
        taxonomies = List.copyOf(taxonomies);
        related = List.copyOf(related);
        keywords = List.copyOf(keywords);
        relatedWhy = List.copyOf(relatedWhy);
        authors = List.copyOf(authors);
        pages = List.copyOf(pages);
    }

    /** A site of articles and tags only, without explanations of its related lists. */
    public Site(SiteSettings settings, List<Article> articles, List<String> paths, List<Term> tags,
                List<List<Term>> articleTags, List<List<RelatedMatch>> related, List<List<String>> keywords) {
        this(settings, articles, paths, List.of(new Terms(Taxonomy.of("tags"), true, tags, articleTags)), related,
                keywords, List.of(), List.of(), List.of(), Navigation.NONE);
    }

    /** The taxonomy of {@code key}; one without terms when the site has no such taxonomy. */
    public Terms taxonomy(String key) {
        for (Terms terms : taxonomies) {
            if (terms.key().equals(key)) {
                return terms;
            }
        }
        return new Terms(Taxonomy.of(key), false, List.of(),
                IntStream.range(0, articles.size()).mapToObj(i -> List.<Term>of()).toList());
    }

    /** The taxonomies that have pages (term pages, an index, feeds), in their configured order. */
    public List<Terms> published() {
        return taxonomies.stream().filter(Terms::published).toList();
    }

    /** All tags, sorted by display name. */
    public List<Term> tags() {
        return taxonomy("tags").terms();
    }

    /** The tags of each article, in front-matter order, same index as {@code articles}. */
    public List<List<Term>> articleTags() {
        return taxonomy("tags").ofArticle();
    }

    /** The section of an article, if it has one. */
    public Optional<Term> section(int index) {
        List<Term> terms = taxonomy("section").ofArticle().get(index);
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(0));
    }

    /** The series of an article, if it is part of one. */
    public Optional<Term> series(int index) {
        List<Term> terms = taxonomy("series").ofArticle().get(index);
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms.get(0));
    }

    /** The authors of an article, in byline order; empty when it names none. */
    public List<Term> authorsOf(int index) {
        return taxonomy("authors").ofArticle().get(index);
    }

    /** The author of a file of {@code content/authors/}, by id. */
    public Optional<Author> author(String id) {
        return authors.stream().filter(author -> author.id().equals(id)).findFirst();
    }

    /** The next newer article, if any. */
    public Optional<Integer> newer(int index) {
        return index > 0 ? Optional.of(index - 1) : Optional.empty();
    }

    /** The next older article, if any. */
    public Optional<Integer> older(int index) {
        return index + 1 < articles.size() ? Optional.of(index + 1) : Optional.empty();
    }

    /** The site's URLs: every link, absolute URL and relative URL of the site is made by them. */
    public SiteUrls urls() {
        return SiteUrls.of(settings);
    }

    /** The names in an article's byline: its authors, else the site's author (empty when neither names one). */
    public List<String> bylines(int index) {
        List<Term> own = authorsOf(index);
        if (!own.isEmpty()) {
            return own.stream().map(Term::name).toList();
        }
        return settings.author().isEmpty() ? List.of() : List.of(settings.author());
    }

    /** The byline as one text: {@code Jana Novak and Piet de Vries}. */
    public String author(int index) {
        List<String> names = bylines(index);
        if (names.size() < 2) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The front page's lead story: the newest article marked {@code featured: true}, else the newest; -1 without articles. */
    public int lead() {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).editorial().featured()) {
                return i;
            }
        }
        return articles.isEmpty() ? -1 : 0;
    }

    /** The articles of a series in order, oldest first (part 1 first). */
    public List<Integer> parts(Term series) {
        List<Integer> parts = new ArrayList<>(series.articles());
        java.util.Collections.reverse(parts);
        return parts;
    }

    /** An article's lead image as an absolute URL; empty without an image or for one that is no valid URL. */
    public Optional<String> imageUrl(int index) {
        return articles.get(index).image().flatMap(image -> urls().resolve(paths.get(index), image));
    }
}
