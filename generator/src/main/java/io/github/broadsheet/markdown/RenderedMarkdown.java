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
 * @param problems       errors found in the body (a misspelt or malformed directive, an unclosed container), in
 *                       order; each fails the build, so a rendering with errors is never kept in the build cache
 *                       (which only a successful build writes, and which does not store them); then warnings about
 *                       raw HTML that had to be balanced, which {@link MarkdownRenderer} adds to the rendering it
 *                       takes from the cache, so they are given on every build
 */
public record RenderedMarkdown(String html, String text, String firstParagraph, int wordCount,
                               List<Heading> headings, List<Problem> problems) {

    public RenderedMarkdown {
        headings = List.copyOf(headings);
        problems = List.copyOf(problems);
    }

    /** A rendering without problems. */
    public RenderedMarkdown(String html, String text, String firstParagraph, int wordCount, List<Heading> headings) {
        this(html, text, firstParagraph, wordCount, headings, List.of());
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

    /**
     * An error or a warning about the body.
     *
     * @param line    1-based, counted from the first line of the Markdown that was rendered (the body)
     * @param message what is wrong and how to fix it
     * @param warning a warning (the body was repaired and builds) rather than an error
     */
    public record Problem(int line, String message, boolean warning) {

        /** An error. */
        public Problem(int line, String message) {
            this(line, message, false);
        }

        static Problem warning(int line, String message) {
            return new Problem(line, message, true);
        }
    }
}
