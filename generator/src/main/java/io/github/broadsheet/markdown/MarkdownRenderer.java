package io.github.broadsheet.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import io.github.broadsheet.highlight.CodeHighlighter;
import io.github.broadsheet.text.ControlCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Markdown to HTML with Flexmark: GFM tables, strikethrough, autolinks, footnotes, task lists, heading ids with
 * anchor links ({@link HeadingAnchor}) and
 * fenced code with a {@code language-*} class, highlighted at build time when the {@link CodeHighlighter} knows the
 * language, and the directives for embeds, galleries and pull quotes ({@link DirectiveExtension}), whose errors
 * come back as {@link RenderedMarkdown#problems()} with their lines. Quotes, apostrophes, dashes and ellipses are
 * set in the characters of the site's language ({@link Typography}), in bodies and, through {@link #smart}, in
 * plain texts such as titles. The parser and renderer are built once and shared by all threads
 * (Flexmark's are immutable and thread-safe); building them per file is a known cost in other generators. Raw HTML
 * that would break the page around the body is balanced ({@link HtmlBalancer}), with warnings among the problems.
 * For authors who are not trusted, the HTML is cleaned by an {@link HtmlSanitizer}.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final Parser parserWithoutAutolinks;
    private final HtmlRenderer renderer;
    private final Parser teaserParser;
    private final HtmlRenderer teaserRenderer;
    private final MarkdownCache cache;
    private final HtmlSanitizer sanitizer;
    private final Parser plainParser;
    private final boolean typographic;
    private final HtmlBalancer balancer;

    /** @param sanitizeHtml clean the HTML (raw HTML and URLs) for authors who are not trusted */
    public MarkdownRenderer(boolean sanitizeHtml) {
        this(sanitizeHtml, null);
    }

    /** English typography. */
    public MarkdownRenderer(boolean sanitizeHtml, MarkdownCache cache) {
        this(sanitizeHtml, cache, Typography.of(java.util.Locale.ENGLISH));
    }

    /**
     * @param sanitizeHtml clean the HTML (raw HTML and URLs) for authors who are not trusted
     * @param cache        renderings of an earlier build to reuse, or {@code null}; made with the same
     *                     {@link #cacheSignature}
     * @param typography   the quote characters of the site's language
     */
    public MarkdownRenderer(boolean sanitizeHtml, MarkdownCache cache, Typography typography) {
        this.cache = cache;
        this.sanitizer = sanitizeHtml ? new HtmlSanitizer() : null;
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                FootnoteExtension.create(),
                TaskListExtension.create(),
                AnchorLinkExtension.create(),
                DirectiveExtension.create()));
        this.typographic = typography != Typography.NONE;
        if (typographic) {
            extensions.add(TypographicExtension.create());
            typography.configure(options);
        }
        options.set(Parser.EXTENSIONS, extensions);
        // Each heading's text links to the heading itself (the theme shows a "#" on hover): the heading keeps its
        // id and its text, and the link's accessible name is the heading text.
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_NAME, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "heading-anchor");
        // GitHub's table rules: a header row, missing cells filled, extra cells dropped.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        // Link and image URLs percent-encoded where a URL may not hold the character as written (a space, a
        // backslash, a quote, non-ASCII letters), as the CommonMark spec's own HTML does: Flexmark otherwise copies
        // them, and the Nu Html Checker refuses such an href. Valid URLs and their %-escapes stay as they are.
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        // Flexmark's default checkbox is readonly, which HTML allows only on text-like inputs.
        options.set(TaskListExtension.ITEM_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled>");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // The HTML writer's line formatting (indents, blank-line limits) is done per character and we keep the
        // default output anyway: passing text through gives the same HTML (checked on the 1k bench corpus) and
        // took Flexmark's rendering from 0.51 to 0.39 s CPU per 1,000 bodies (warm, bench FmtBench).
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_TRIM_LEADING_WHITESPACE | LineAppendable.F_PASS_THROUGH);
        renderer = htmlRenderer(options);
        parserWithoutAutolinks = Parser.builder(options).build();
        List<Extension> withAutolinks = new ArrayList<>(extensions);
        withAutolinks.add(2, AutolinkExtension.create());
        parser = Parser.builder(new MutableDataSet(options).set(Parser.EXTENSIONS, withAutolinks)).build();
        // Teasers are shown on list pages, several per page: their headings get neither ids nor anchor links, which
        // would repeat from teaser to teaser and point at headings of another page.
        List<Extension> teaserExtensions = new ArrayList<>(withAutolinks);
        teaserExtensions.removeIf(AnchorLinkExtension.class::isInstance);
        MutableDataSet teaserOptions = new MutableDataSet(options)
                .set(Parser.EXTENSIONS, teaserExtensions)
                .set(HtmlRenderer.RENDER_HEADER_ID, false);
        teaserParser = Parser.builder(teaserOptions).build();
        teaserRenderer = htmlRenderer(teaserOptions);
        // Sanitised HTML is jsoup's own writing of the parsed body, balanced already.
        balancer = sanitizeHtml ? null : new HtmlBalancer(parserWithoutAutolinks);
        plainParser = Parser.builder(new MutableDataSet(options)
                .set(Parser.EXTENSIONS, List.of(TypographicExtension.create()))).build();
    }

    /**
     * A plain text (a title, a summary written in front-matter) with the typography of bodies: quotes, apostrophes,
     * dashes and ellipses. Everything else stays as written: the text is escaped before Flexmark reads it, so
     * {@code *}, {@code _}, {@code [} or {@code <} mean nothing.
     */
    public String smart(String text) {
        // A text of dashes alone would be a thematic break; it stays as written.
        if (text == null || !typographic || !Typography.mayChange(text)
                || text.chars().allMatch(c -> c == '-' || c == ' ')) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Every ASCII punctuation character but the ones typography reads; a leading '-' or '1.' would start
            // a list, and a line break a second paragraph.
            boolean typographic = c == '"' || c == '\'' || c == '.' && !digitsBefore(text, i)
                    || c == '-' && (i > 0 || text.length() > 1 && text.charAt(1) == '-');
            if (c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !typographic) {
                escaped.append('\\');
            }
            escaped.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return PlainText.of(plainParser.parse(escaped.toString())).text().strip();
    }

    /** Whether only digits stand before {@code at}: {@code 1984.} at the start of a text would start a list. */
    private static boolean digitsBefore(String text, int at) {
        for (int i = 0; i < at; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static HtmlRenderer htmlRenderer(MutableDataSet options) {
        CodeHighlighter highlighter = new CodeHighlighter();
        return HtmlRenderer.builder(options).attributeProviderFactory(new CellAlignment())
                .nodeRendererFactory(document -> new CopiedText())
                .nodeRendererFactory(new HeadingAnchor.Factory())
                .nodeRendererFactory(document -> new HighlightedCode(highlighter)).build();
    }

    /** The body of an article, its HTML balanced ({@link HtmlBalancer}). */
    public RenderedMarkdown render(String markdown) {
        return balanced(markdown, cache == null ? renderNow(markdown) : cache.get('b', markdown, this::renderNow));
    }

    /** A teaser (the text before {@code <!--more-->}), for list pages: headings without ids or anchor links. */
    public RenderedMarkdown renderTeaser(String markdown) {
        return balanced(markdown,
                cache == null ? renderTeaserNow(markdown) : cache.get('t', markdown, this::renderTeaserNow));
    }

    /** Balanced after the cache, whose entries keep no warnings, so each build warns again. */
    private RenderedMarkdown balanced(String markdown, RenderedMarkdown rendered) {
        return balancer == null ? rendered : balancer.balanced(markdown, rendered);
    }

    /**
     * What the renderings depend on besides the Markdown itself, for the build cache: a cache made with another
     * signature must not be reused. Bump the version whenever the HTML for the same Markdown changes.
     */
    public static String cacheSignature(boolean sanitizeHtml, Typography typography) {
        return "renderer/6 sanitizeHtml=" + sanitizeHtml + " quotes=" + typography.signature()
                + (sanitizeHtml ? " jsoup/" + Jsoup.class.getPackage().getImplementationVersion() : "");
    }

    private RenderedMarkdown renderNow(String markdown) {
        return finished(markdown,
                rendered((mayHoldAutolinks(markdown) ? parser : parserWithoutAutolinks).parse(markdown), renderer,
                        markdown));
    }

    private RenderedMarkdown renderTeaserNow(String markdown) {
        return finished(markdown, rendered(teaserParser.parse(markdown), teaserRenderer, markdown));
    }

    private RenderedMarkdown finished(String markdown, RenderedMarkdown rendered) {
        RenderedMarkdown clean = withoutControlCharacters(markdown, rendered);
        return sanitizer == null ? clean : new RenderedMarkdown(sanitizer.clean(clean.html()), clean.text(),
                clean.firstParagraph(), clean.wordCount(), clean.headings(), clean.problems());
    }

    /**
     * A numeric character reference to a control character ({@code &#7;}, {@code &#x1b;}, {@code &#xFFFE;}) is
     * written out by Flexmark as the character itself, which no page or feed may hold ({@link ControlCharacters});
     * such characters become U+FFFD, as CommonMark does for {@code &#0;}. Control characters written as they are
     * are the caller's to remove (the article parser does, with a warning), so only a source with {@code &#} is
     * looked at: scanning every body's output cost more than the check.
     */
    private static RenderedMarkdown withoutControlCharacters(String markdown, RenderedMarkdown rendered) {
        if (markdown.indexOf("&#") < 0) {
            return rendered;
        }
        List<RenderedMarkdown.Heading> headings = rendered.headings().stream()
                .map(h -> new RenderedMarkdown.Heading(h.level(), replaced(h.id()), replaced(h.text()))).toList();
        return new RenderedMarkdown(replaced(rendered.html()), replaced(rendered.text()),
                replaced(rendered.firstParagraph()), rendered.wordCount(), headings, rendered.problems());
    }

    private static String replaced(String text) {
        return ControlCharacters.replace(text, "\uFFFD");
    }

    private static RenderedMarkdown rendered(Document document, HtmlRenderer renderer, String markdown) {
        // Sized for the HTML up front: Flexmark's own builder starts at 16 chars and copies itself up to 10 KB.
        StringBuilder out = new StringBuilder(document.getChars().length() * 5 / 4 + 256);
        renderer.render(document, out);
        PlainText plain = PlainText.of(document);
        return new RenderedMarkdown(out.toString(), plain.text(), plain.firstParagraph(), countWords(plain.text()),
                plain.headings(), markdown.contains("::") ? DirectiveProblems.of(document) : List.of());
    }

    /** The HTML with or without the autolink step, for tests that check {@link #mayHoldAutolinks}. */
    String html(String markdown, boolean autolinks) {
        return renderer.render((autolinks ? parser : parserWithoutAutolinks).parse(markdown));
    }

    /**
     * Whether the GFM autolink step could find anything: a bare URL needs {@code ://}, {@code www.} or an
     * {@code @} (e-mail) in the text after backslash escapes and entities are resolved. Without any of these the
     * step, a regular expression and a link scan over every text node (16 % of all Markdown time on the benchmark
     * corpus), cannot change the document, so it is skipped. Conservative: an entity ({@code &}) or an escaped
     * {@code :}, {@code /} or {@code .} anywhere takes the full path.
     */
    static boolean mayHoldAutolinks(String markdown) {
        if (markdown.indexOf('@') >= 0 || markdown.indexOf("://") >= 0 || markdown.indexOf('&') >= 0
                || markdown.indexOf("\\:") >= 0 || markdown.indexOf("\\/") >= 0 || markdown.indexOf("\\.") >= 0) {
            return true;
        }
        for (int at = markdown.indexOf('.', 3); at >= 0; at = markdown.indexOf('.', at + 1)) {
            if (markdown.regionMatches(true, at - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static int countWords(String text) {
        // Over a copy of the characters: String.charAt per character was 3.7 % of a 10k build's samples with the
        // C1 compiler that Maven runs with (.mvn/jvm.config), where it is not intrinsic.
        int words = 0;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            // Character.isWhitespace is true for no character between ' ' and U+1680: most characters are decided
            // by two comparisons instead of its table lookup (the lookup alone was 3 % of a 10k build's samples).
            boolean space = c == ' ' || (c < ' ' || c >= '\u1680') && Character.isWhitespace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /**
     * Text nodes with nothing to unescape or escape are copied from the source; Flexmark's own rendering of every
     * text node (unescape, end-of-line normalisation, HTML escaping: each a String built char by char and a regular
     * expression) was 7 % of a 10k build's samples. Any other text node is rendered by Flexmark. Flexmark makes
     * node renderers per document, so the source's special characters are looked up once per document.
     */
    private static final class CopiedText implements NodeRenderer {
        /** What unescaping ({@code \} and {@code &}), end-of-line normalisation or HTML escaping would change. */
        private static final String SPECIALS = "\\&\r<>\"";
        private PlainRuns plain;

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
        }

        private void render(Text node, NodeRendererContext context, HtmlWriter html) {
            if (plain == null) {
                plain = PlainRuns.of(node.getDocument(), SPECIALS);
            }
            if (plain.isPlain(node.getChars())) {
                html.raw(plain.text(node.getChars()));
            } else {
                context.delegateRender();
            }
        }
    }

    /**
     * Each image's line ({@link ImageLines}), and table cell alignment as CSS ({@code style="text-align: right"}):
     * Flexmark writes {@code align="right"},
     * which HTML5 made obsolete (the Nu Html Checker warns on every aligned cell).
     */
    private static final class CellAlignment extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (node, part, attributes) -> {
                if (node instanceof Image) {
                    // The line of the image in the body: the build's image step reports a missing file or alt text
                    // there, and removes the attribute ({@link ImageLines}).
                    attributes.addValue(ImageLines.ATTRIBUTE, String.valueOf(node.getStartLineNumber() + 1));
                }
                if (node instanceof TableCell && attributes.contains("align")) {
                    String align = attributes.getValue("align");
                    attributes.remove("align");
                    attributes.addValue("style", "text-align: " + align);
                }
            };
        }
    }
}
