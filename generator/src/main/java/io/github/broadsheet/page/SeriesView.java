package io.github.broadsheet.page;

import java.util.List;

/**
 * Where an article stands in its series ({@code series} on article pages): "Part 2 of 5", with the parts before
 * and after it.
 *
 * @param term     the series
 * @param part     this article's part, from 1 (the oldest)
 * @param total    the number of parts published
 * @param articles every part, in order (part 1 first)
 * @param previous the part before this one, or {@code null} for part 1
 * @param next     the part after this one, or {@code null} for the last
 */
public record SeriesView(TermView term, int part, int total, List<ArticleView> articles, ArticleView previous,
                         ArticleView next) {
}
