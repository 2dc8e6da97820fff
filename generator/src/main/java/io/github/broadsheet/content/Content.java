package io.github.broadsheet.content;

import java.util.List;

/**
 * Everything read from the content folder, published or not: articles, pages and authors.
 *
 * @param articles    every article that could be parsed, in no particular order
 * @param pages       every page of {@code pages/}
 * @param authors     every author of {@code authors/}
 */
public record Content(List<Article> articles, List<Page> pages, List<Author> authors) {

    public Content {
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        authors = List.copyOf(authors);
    }

    /** Articles only: a site without pages and authors. */
    public static Content of(List<Article> articles) {
        return new Content(articles, List.of(), List.of());
    }
}
