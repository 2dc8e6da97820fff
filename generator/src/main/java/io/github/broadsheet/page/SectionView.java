package io.github.broadsheet.page;

import java.util.List;

/**
 * One tag as a section of the home page ({@code sections}), for front pages that group stories by topic.
 *
 * @param tag      the tag
 * @param articles the tag's articles, newest first (all of them: a template shows as many as it likes)
 */
public record SectionView(TagView tag, List<ArticleView> articles) {
}
