package io.github.broadsheet.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.parser.Parser;

/**
 * The words of a Markdown tree as plain text, for word counts, summaries, table-of-contents entries, related
 * articles and search: text with escapes and entities resolved, code as written, raw HTML and footnote markers
 * left out, blocks and table cells separated by whitespace. Our own walk because Flexmark's
 * {@code TextCollectingVisitor} fails an internal assertion on some documents (a heading, code with an escaped
 * quote and a footnote) and walks the tree once per call, where a build needs the whole text, the first paragraph
 * and every heading: one walk here gives all three.
 *
 * @param text           the whole document
 * @param firstParagraph the first paragraph at the top level, stripped; empty when there is none
 * @param headings       every heading in document order, with its id and its text, stripped
 */
record PlainText(String text, String firstParagraph, List<RenderedMarkdown.Heading> headings) {

    static PlainText of(Document document) {
        Walk walk = new Walk(document);
        walk.add(document);
        return new PlainText(walk.text.toString(), walk.firstParagraph == null ? "" : walk.firstParagraph,
                List.copyOf(walk.headings));
    }

    /** The state of one walk: the text so far and what was found in it. */
    private static final class Walk {

        private final StringBuilder text = new StringBuilder();
        private final List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        private String firstParagraph;
        /** Text without backslash escapes or entities: unescaping cannot change it. */
        private final PlainRuns plain;

        private Walk(Document document) {
            plain = PlainRuns.of(document, "\\&");
        }

        private void add(Node node) {
            int start = text.length();
            collect(node);
            if (node instanceof Heading heading) {
                headings.add(new RenderedMarkdown.Heading(heading.getLevel(), heading.getAnchorRefId(),
                        text.substring(start).strip()));
            } else if (firstParagraph == null && node instanceof Paragraph && node.getParent() instanceof Document) {
                firstParagraph = text.substring(start).strip();
            }
            if (node instanceof Block || node instanceof TableCell) {
                separate(node instanceof TableCell ? ' ' : '\n');
            }
        }

        private void collect(Node node) {
            if (node instanceof Text || node instanceof HtmlEntity) {
                appendUnescaped(node.getChars());
            } else if (node instanceof Code code) {
                text.append(code.getText());
            } else if (node instanceof DelimitedLinkNode link) {
                text.append(link.getText());
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof CodeBlock) {
                text.append(((Block) node).getContentChars());
            } else if (node instanceof TypographicSmarts smart) {
                // &ndash;, &mdash;, &hellip; (Flexmark's), or the apostrophe itself.
                text.append(Parser.unescapeEntities(smart.getTypographicText(), false));
            } else if (node instanceof TypographicQuotes quotes) {
                text.append(quotes.getTypographicOpening());
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    add(child);
                }
                text.append(quotes.getTypographicClosing());
            } else if (node instanceof SoftLineBreak) {
                text.append(' ');
            } else if (node instanceof HardLineBreak) {
                text.append('\n');
            } else if (!(node instanceof HtmlBlockBase || node instanceof HtmlInlineBase || node instanceof Footnote
                    || node instanceof TableSeparator)) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    add(child);
                }
            }
        }

        /** Text with backslash escapes and entities resolved; most text has neither and is copied as it is. */
        private void appendUnescaped(BasedSequence chars) {
            if (plain.isPlain(chars)) {
                plain.appendTo(text, chars);
            } else {
                text.append(chars.unescape());
            }
        }

        /** Ends a block or cell, so that its last word and the next one's first stay two words. */
        private void separate(char separator) {
            if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                text.append(separator);
            }
        }
    }
}
