package io.github.broadsheet.site;

import java.util.List;

/**
 * A term of one of the site's taxonomies (a tag, a section, an author, a series) after normalisation: all spellings
 * that differ only in case and spacing are one term.
 *
 * @param key      what identifies the term: the case-folded, whitespace-collapsed name, or an author's id
 * @param name     the display name: the spelling most articles use, or an author's name
 * @param slug     the URL segment of the term's pages, unique in its taxonomy
 * @param path     site path of the term's first page, e.g. {@code /tags/sao-paulo/}
 * @param articles indexes into {@link Site#articles()}, newest first
 */
public record Term(String key, String name, String slug, String path, List<Integer> articles) {

    public Term {
        articles = List.copyOf(articles);
    }

    public int count() {
        return articles.size();
    }

    /** This term with other articles (the live server's small sites keep each term's count). */
    public Term withArticles(List<Integer> value) {
        return new Term(key, name, slug, path, value);
    }
}
