package io.github.broadsheet.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Makes a rendered body stand on its own inside the page. Raw HTML that authors write is kept, but an element it
 * leaves open (an {@code <a>} without {@code </a>}, a {@code <div>}, a comment), an end tag it leaves over or a
 * piece of a table out of place would take the template's own markup with it: the theme's previous and next links
 * would end up inside the author's link. {@link HtmlNesting} decides cheaply whether the HTML has such a fault;
 * only then is it parsed by jsoup as a fragment, the way browsers parse it, and written back balanced, with a
 * warning per source line naming what was closed, dropped or moved. HTML without a fault (every body Broadsheet
 * writes from Markdown alone, which is not even scanned) is returned as it is, byte for byte. Thread-safe.
 */
final class HtmlBalancer {

    /** Descriptions of faults named per warning; the rest are counted. */
    private static final int NAMED = 4;

    private final Parser parser;

    /** @param parser parses the Markdown again to find the lines of its raw HTML, only when a fault was found */
    HtmlBalancer(Parser parser) {
        this.parser = parser;
    }

    /** The rendering, with its HTML balanced and a warning per line that needed it when it was not. */
    RenderedMarkdown balanced(String markdown, RenderedMarkdown rendered) {
        // Only raw HTML can be unbalanced, and it starts with '<' in the Markdown: Flexmark's own HTML is balanced
        // (CommonMarkSpecTest checks it for every example). Three in four bodies of the bench corpus skip the scan.
        if (markdown.indexOf('<') < 0) {
            return rendered;
        }
        List<HtmlNesting.Fault> faults = HtmlNesting.faults(rendered.html());
        if (faults.isEmpty()) {
            return rendered;
        }
        List<RenderedMarkdown.Problem> problems = new ArrayList<>(rendered.problems());
        problems.addAll(warnings(markdown, rendered.html(), faults));
        return new RenderedMarkdown(rebalanced(rendered.html(), faults), rendered.text(), rendered.firstParagraph(),
                rendered.wordCount(), rendered.headings(), problems);
    }

    /**
     * The HTML as the HTML parser reads it, written back: every element closed where the parser closes it. Where
     * the parser's repair would lose the author's text, the text is kept instead: a tag cut off at the end (the
     * parser drops it with everything after it) is written as text. Where jsoup reads HTML otherwise than
     * browsers ({@code <![CDATA[} outside SVG), the fault's replacement says how browsers read it.
     */
    static String rebalanced(String html, List<HtmlNesting.Fault> faults) {
        StringBuilder source = new StringBuilder(html.length() + 16);
        int copied = 0;
        for (HtmlNesting.Fault fault : faults) {
            if (fault.replacement() != null && fault.offset() >= copied) {
                source.append(html, copied, fault.offset()).append(fault.replacement());
                copied = fault.end();
            }
        }
        source.append(html, copied, html.length());
        org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(source.toString());
        document.outputSettings().prettyPrint(false);
        // No end tag can close <plaintext> in a page: all after it would be text. Its text stays, as text.
        for (Element plaintext : document.select("plaintext")) {
            plaintext.replaceWith(new TextNode(plaintext.wholeText()));
        }
        fosterParent(document.body());
        breakOutOfForeign(document.body());
        // A link or <b> left open is opened again after each block that ends around it, as browsers do, even for
        // the line break that ends the body: an empty link there would be a tab stop without a name.
        Element body = document.body();
        for (Element last = body.children().last(); last != null && last.childrenSize() == 0
                && last.wholeText().isBlank() && HtmlNesting.isFormatting(last.normalName())
                && last.nextSibling() == null; last = body.children().last()) {
            last.unwrap();
        }
        return body.html();
    }

    /**
     * Text directly inside a table, outside any cell, before the table, as browsers put it ("foster parenting");
     * jsoup does so for elements but leaves such text in place.
     */
    private static void fosterParent(Element body) {
        for (Element part : body.select("table, tbody, thead, tfoot, tr")) {
            Element table = part.normalName().equals("table") ? part : part.closest("table");
            for (org.jsoup.nodes.Node child : List.copyOf(part.childNodes())) {
                if (table != null && child instanceof TextNode text && !text.isBlank()) {
                    table.before(child);
                }
            }
        }
    }

    /**
     * An HTML element such as {@code <p>} inside SVG or MathML (outside {@code foreignObject} and the like) ends
     * them, as browsers read it: it and what follows it move after the SVG; jsoup would keep them inside.
     */
    private static void breakOutOfForeign(Element body) {
        for (Element foreign : body.select("svg, math")) {
            for (Element inside = firstBreakingOut(foreign); inside != null; inside = firstBreakingOut(foreign)) {
                List<org.jsoup.nodes.Node> moved = new ArrayList<>();
                for (org.jsoup.nodes.Node node = inside; node != null; node = node.nextSibling()) {
                    moved.add(node);
                }
                org.jsoup.nodes.Node after = foreign;
                for (org.jsoup.nodes.Node node : moved) {
                    after.after(node);
                    after = node;
                }
            }
        }
    }

    private static Element firstBreakingOut(Element foreign) {
        for (Element inside : foreign.select("*")) {
            if (inside != foreign && HtmlNesting.breaksOutOfForeign(inside.normalName())
                    && inside.parents().stream().takeWhile(parent -> parent != foreign)
                            .noneMatch(parent -> HtmlNesting.isIntegrationPoint(parent.normalName()))) {
                return inside;
            }
        }
        return null;
    }

    private List<RenderedMarkdown.Problem> warnings(String markdown, String html, List<HtmlNesting.Fault> faults) {
        TreeMap<Integer, Integer> rawHtmlLines = rawHtmlLines(markdown, html);
        Map<Integer, List<String>> byLine = new TreeMap<>();
        for (HtmlNesting.Fault fault : faults) {
            Map.Entry<Integer, Integer> raw = rawHtmlLines.floorEntry(fault.offset());
            int line = raw == null ? 1 : raw.getValue();
            List<String> what = byLine.computeIfAbsent(line, l -> new ArrayList<>());
            if (!what.contains(fault.what())) {
                what.add(fault.what());
            }
        }
        List<RenderedMarkdown.Problem> warnings = new ArrayList<>();
        byLine.forEach((line, what) -> {
            String named = String.join("; ", what.subList(0, Math.min(NAMED, what.size())))
                    + (what.size() > NAMED ? "; and " + (what.size() - NAMED) + " more" : "");
            warnings.add(RenderedMarkdown.Problem.warning(line,
                    "HTML that would break the page around it was repaired: " + named));
        });
        return warnings;
    }

    /**
     * Where each piece of raw HTML starts in the rendered HTML, with its line in the Markdown (1-based): Flexmark
     * writes raw HTML as it is and in order, so each is found after the one before.
     */
    private TreeMap<Integer, Integer> rawHtmlLines(String markdown, String html) {
        TreeMap<Integer, Integer> lines = new TreeMap<>();
        Document document = parser.parse(markdown);
        int from = 0;
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                String text = node.getChars().toString().strip();
                int newline = text.indexOf('\n');
                String key = newline < 0 ? text : text.substring(0, newline).strip();
                int at = key.isEmpty() ? -1 : html.indexOf(key, from);
                if (at >= 0) {
                    lines.put(at, node.getLineNumber() + 1);
                    from = at + key.length();
                }
            }
        }
        return lines;
    }
}
