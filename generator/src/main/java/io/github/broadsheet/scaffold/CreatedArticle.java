package io.github.broadsheet.scaffold;

import java.nio.file.Path;

/**
 * The article file {@link ArticleScaffolder} wrote.
 *
 * @param file      absolute path of the new Markdown file
 * @param display   the path as shown to users (relative to the project folder when inside it)
 * @param slug      the article's URL segment, {@code /articles/<slug>/}
 * @param archetype where the template came from, for messages
 */
public record CreatedArticle(Path file, Path display, String slug, String archetype) {
}
