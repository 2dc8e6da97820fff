package io.github.broadsheet.markdown;

/**
 * A Markdown body turned into what the rest of the build needs from it.
 *
 * @param html           the body as HTML
 * @param text           the body as plain text (for word counts, summaries and related-article matching)
 * @param firstParagraph plain text of the first paragraph, the fallback summary
 * @param wordCount      whitespace-separated words of {@code text}
 */
public record RenderedMarkdown(String html, String text, String firstParagraph, int wordCount) {
}
