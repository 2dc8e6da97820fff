package io.github.broadsheet.site;

import io.github.broadsheet.config.Newsroom;
import io.github.broadsheet.config.Taxonomy;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.Author;
import io.github.broadsheet.content.Slugifier;
import io.github.broadsheet.problem.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the site's four taxonomies from its published articles: tags, sections (in the configured order, the
 * others by name), authors and series. With author files ({@code content/authors/}), an article's authors are ids
 * (or names whose slug is an id) and every author file is a term, even one without articles; without them, authors
 * are names, merged like tags. An author entry that names no author file is an error at the line of
 * {@code authors:} (or {@code author:}), reported for every article read, published or not.
 */
final class Taxonomies {

    private final Newsroom newsroom;
    private final List<Author> authors;
    private final Map<String, Terms> byKey = new LinkedHashMap<>();

    /**
     * @param articles the published articles, newest first
     * @param all      every article read, for the check of author ids
     */
    Taxonomies(Newsroom newsroom, List<Article> articles, List<Article> all, List<Author> authors,
               Problems problems) {
        this.newsroom = newsroom;
        this.authors = authors.stream().sorted(Comparator.comparing(Author::id)).toList();
        Set<String> ids = this.authors.stream().map(Author::id).collect(Collectors.toSet());
        if (!ids.isEmpty()) {
            all.forEach(article -> checkAuthors(article, ids, problems));
        }
        byKey.put("tags", terms("tags", articles, Article::tags));
        byKey.put("section", sections(articles));
        byKey.put("authors", ids.isEmpty()
                ? terms("authors", articles, a -> a.editorial().authors())
                : authorTerms(articles, ids));
        byKey.put("series", terms("series", articles, a -> one(a.editorial().series())));
    }

    Terms tags() {
        return byKey.get("tags");
    }

    Terms sections() {
        return byKey.get("section");
    }

    List<Author> authors() {
        return authors;
    }

    /** Every taxonomy: the published ones in their configured order, then the others. */
    List<Terms> all() {
        List<Terms> all = new ArrayList<>();
        newsroom.taxonomies().forEach(taxonomy -> all.add(byKey.get(taxonomy.key())));
        Taxonomy.KEYS.forEach(key -> {
            if (newsroom.taxonomy(key) == null) {
                all.add(byKey.get(key));
            }
        });
        return all;
    }

    private Taxonomy taxonomy(String key) {
        Taxonomy configured = newsroom.taxonomy(key);
        return configured == null ? Taxonomy.of(key) : configured;
    }

    private Terms terms(String key, List<Article> articles, Function<Article, List<String>> names) {
        Taxonomy taxonomy = taxonomy(key);
        List<Term> terms = TermIndex.build(articles, names, taxonomy.indexPath(), prefix(key));
        return withArticles(taxonomy, terms, articles, article -> names.apply(article).stream()
                .map(TermIndex::key).toList());
    }

    /** Sections: those the configuration names first, in its order, then the others by name. */
    private Terms sections(List<Article> articles) {
        Terms all = terms("section", articles, a -> one(a.editorial().section()));
        Map<String, Term> byName = new HashMap<>();
        all.terms().forEach(term -> byName.put(term.key(), term));
        List<Term> ordered = new ArrayList<>();
        for (String name : newsroom.sections()) {
            Term term = byName.remove(TermIndex.key(name));
            if (term != null) {
                ordered.add(term);
            }
        }
        all.terms().stream().filter(term -> byName.containsKey(term.key())).forEach(ordered::add);
        return new Terms(all.taxonomy(), all.published(), ordered, all.ofArticle());
    }

    /** One term per author file, by name; each article's authors resolved to ids. */
    private Terms authorTerms(List<Article> articles, Set<String> ids) {
        Taxonomy taxonomy = taxonomy("authors");
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            for (String entry : articles.get(i).editorial().authors()) {
                String id = idOf(entry, ids);
                List<Integer> list = id == null ? null : postings.computeIfAbsent(id, k -> new ArrayList<>());
                if (list != null && (list.isEmpty() || list.get(list.size() - 1) != i)) {
                    list.add(i);
                }
            }
        }
        List<Term> terms = authors.stream()
                .map(a -> new Term(a.id(), a.name(), a.id(), taxonomy.indexPath() + a.id() + "/",
                        postings.getOrDefault(a.id(), List.of())))
                .sorted(TermIndex.BY_NAME).toList();
        return withArticles(taxonomy, terms, articles, article -> article.editorial().authors().stream()
                .map(entry -> idOf(entry, ids)).filter(id -> id != null).distinct().toList());
    }

    /** The terms with each article's terms looked up by key. */
    private Terms withArticles(Taxonomy taxonomy, List<Term> terms, List<Article> articles,
                               Function<Article, List<String>> keys) {
        Map<String, Term> byTermKey = new HashMap<>();
        terms.forEach(term -> byTermKey.put(term.key(), term));
        List<List<Term>> ofArticle = articles.stream()
                .map(article -> keys.apply(article).stream().distinct().map(byTermKey::get).toList())
                .toList();
        return new Terms(taxonomy, newsroom.taxonomy(taxonomy.key()) != null, terms, ofArticle);
    }

    /** The author file an entry names: by its id, or by a name whose slug is the id; {@code null} for none. */
    private static String idOf(String entry, Set<String> ids) {
        if (ids.contains(entry)) {
            return entry;
        }
        String slug = Slugifier.slugify(entry);
        return ids.contains(slug) ? slug : null;
    }

    /** One problem per article entry that names no author file, at the line of its key. */
    private static void checkAuthors(Article article, Set<String> ids, Problems problems) {
        List<String> unknown = article.editorial().authors().stream().filter(entry -> idOf(entry, ids) == null)
                .toList();
        if (!unknown.isEmpty()) {
            String key = article.lineOf("authors") > 0 ? "authors" : "author";
            problems.error(article.source(), article.lineOf(key), (unknown.size() == 1 ? "unknown author '"
                    : "unknown authors '") + String.join("', '", unknown) + "': no such file in content/authors/"
                    + " (an author is named by the file name without .md, such as " + new TreeSet<>(ids).first()
                    + "); add the file, or fix the name");
        }
    }

    private static List<String> one(String name) {
        return name.isEmpty() ? List.of() : List.of(name);
    }

    private static String prefix(String key) {
        return switch (key) {
            case "section" -> "section-";
            case "authors" -> "author-";
            case "series" -> "series-";
            default -> "tag-";
        };
    }
}
