package io.github.broadsheet.markdown;

import java.util.List;

/**
 * A Markdown body turned into what the rest of the build needs from it.
 *
 * @param html           the body as HTML
 * @param text           the body as plain text (for word counts, summaries and related-article matching)
 * @param firstParagraph plain text of the first paragraph, the fallback summary
 * @param wordCount      whitespace-separated words of {@code text}
 * @param headings       the body's headings in order, for a table of contents
 */
public record RenderedMarkdown(String html, String text, String firstParagraph, int wordCount,
                               List<Heading> headings) {

    public RenderedMarkdown {
        headings = List.copyOf(headings);
    }

    /**
     * One heading of the body.
     *
     * @param level 1 to 6
     * @param id    the heading's {@code id}, the target of {@code #fragment} links
     * @param text  plain text
     */
    public record Heading(int level, String id, String text) {
    }
}
