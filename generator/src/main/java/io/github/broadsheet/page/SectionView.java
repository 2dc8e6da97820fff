package io.github.broadsheet.page;

import java.util.List;

/**
 * One section with its articles ({@code sections} on the front page), in the configured order of sections, for a
 * block of stories per desk.
 *
 * @param term     the section
 * @param articles the section's articles, newest first (all of them: a template shows as many as it likes)
 */
public record SectionView(TermView term, List<ArticleView> articles) {
}
