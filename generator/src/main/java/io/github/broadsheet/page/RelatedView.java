package io.github.broadsheet.page;

/**
 * One related article on an article page ({@code related}), best first, with the parts of its score so a theme
 * can explain why it is there.
 */
public record RelatedView(ArticleView article, double score, double tag, double text, double date) {
}
