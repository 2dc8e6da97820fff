package io.github.broadsheet.page;

/**
 * A term of a taxonomy as templates see it: a tag, a section, an author or a series.
 *
 * @param name    display name, as most articles write it
 * @param slug    URL segment
 * @param url     root-relative link to the term's first page; {@code null} when the site publishes no pages of
 *                its taxonomy
 * @param feedUrl root-relative link to the term's Atom feed, or {@code null} likewise
 * @param count   number of published articles with this term
 */
public record TermView(String name, String slug, String url, String feedUrl, int count) {
}
