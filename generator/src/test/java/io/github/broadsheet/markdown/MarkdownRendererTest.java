package io.github.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    private Document html(String markdown) {
        return Jsoup.parseBodyFragment(renderer.render(markdown).html());
    }

    @Test
    void rendersGfmTables() {
        Document doc = html("| Party | Share |\n|---|---:|\n| Union | 31% |\n");
        assertThat(doc.select("table thead th")).extracting(e -> e.text()).containsExactly("Party", "Share");
        assertThat(doc.select("table tbody td").first().text()).isEqualTo("Union");
        // Alignment as CSS: HTML5 made the align attribute obsolete.
        assertThat(doc.select("[align]")).isEmpty();
        assertThat(doc.select("tbody td").get(0).hasAttr("style")).isFalse();
        assertThat(doc.select("tbody td").get(1).attr("style")).isEqualTo("text-align: right");
    }

    @Test
    void rendersFencedCodeWithLanguageClass() {
        Document doc = html("```json\n{\"a\": 1}\n```\n");
        assertThat(doc.select("pre > code.language-json").text()).isEqualTo("{\"a\": 1}");
    }

    @Test
    void highlightsFencedCodeOfAKnownLanguage() {
        String html = renderer.render("```java title=\"A.java\"\nclass A { String s = \"<b>\"; }\n```\n").html();
        assertThat(html).isEqualTo("<pre><code class=\"language-java\"><span class=\"tok-kw\">class</span> A { "
                + "<span class=\"tok-fn\">String</span> s <span class=\"tok-op\">=</span> "
                + "<span class=\"tok-str\">&quot;&lt;b&gt;&quot;</span>; }\n</code></pre>\n");
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("pre > code.language-java").text()).isEqualTo("class A { String s = \"<b>\"; }");
    }

    @Test
    void leavesCodeOfAnUnknownLanguageOrNoneAsFlexmarkWritesIt() {
        assertThat(renderer.render("```text\n<b>\tx</b>\n```\n").html())
                .isEqualTo("<pre><code class=\"language-text\">&lt;b&gt;\tx&lt;/b&gt;\n</code></pre>\n");
        assertThat(renderer.render("```\nif (a < b) {}\n```\n").html())
                .isEqualTo("<pre><code>if (a &lt; b) {}\n</code></pre>\n");
        assertThat(renderer.render("    int x = 1;\n").html()).isEqualTo("<pre><code>int x = 1;\n</code></pre>\n");
    }

    @Test
    void keepsHighlightingWhenHtmlIsSanitized() {
        Document doc = Jsoup.parseBodyFragment(new MarkdownRenderer(true).render(
                "```py\ndef f(): return 1  # one\n```\n\n<span class=\"evil tok-kw\">x</span>\n").html());
        assertThat(doc.select("code.language-py span.tok-kw").eachText()).containsExactly("def", "return");
        assertThat(doc.select("code.language-py span.tok-com").text()).isEqualTo("# one");
        // Only the highlighter's classes survive, on spans only.
        assertThat(doc.select("span.evil")).isEmpty();
    }

    @Test
    void rendersFootnotesStrikethroughAutolinksAndTaskLists() {
        Document doc = html("""
                Claim[^1] ~~old~~ https://example.org/report

                - [x] done
                - [ ] open

                [^1]: The source.
                """);
        assertThat(doc.select("sup a[href=#fn-1]")).hasSize(1);
        assertThat(doc.select("li#fn-1").text()).contains("The source.");
        assertThat(doc.select("del").text()).isEqualTo("old");
        assertThat(doc.select("a[href=https://example.org/report]")).hasSize(1);
        assertThat(doc.select("input[type=checkbox][checked]")).hasSize(1);
        assertThat(doc.select("input[type=checkbox]")).hasSize(2).allMatch(e -> !e.hasAttr("readonly"));
    }

    @Test
    void givesHeadingsStableIds() {
        Document doc = html("## What changes\n\n## What changes\n");
        assertThat(doc.select("h2")).extracting(e -> e.id()).containsExactly("what-changes", "what-changes-1");
    }

    @Test
    void rendersTeasersWithoutHeadingIdsOrAnchors() {
        Document doc = org.jsoup.Jsoup.parseBodyFragment(
                renderer.renderTeaser("## Background\n\nWhy it **matters**: https://example.org\n").html());
        assertThat(doc.select("h2").text()).isEqualTo("Background");
        assertThat(doc.select("[id]")).isEmpty();
        assertThat(doc.select("a").eachAttr("href")).containsExactly("https://example.org");
        assertThat(doc.select("strong").text()).isEqualTo("matters");
    }

    @Test
    void wrapsAHeadingOfTextInItsAnchorLink() {
        assertThat(renderer.render("## What *changes*\n").html()).isEqualTo(
                "<h2 id=\"what-changes\"><a href=\"#what-changes\" class=\"heading-anchor\">What <em>changes</em></a></h2>\n");
    }

    /** A link inside the heading's anchor link would be a link inside a link: invalid, and split by browsers. */
    @Test
    void putsTheAnchorLinkBesideAHeadingThatHoldsALink() {
        assertThat(renderer.render("### [Title](https://example.org/a)\n").html()).isEqualTo(
                "<h3 id=\"title\"><a href=\"https://example.org/a\">Title</a>"
                        + "<a href=\"#title\" class=\"heading-anchor\" aria-labelledby=\"title\"></a></h3>\n");
        for (String markdown : new String[] {
                "## The [report](https://example.org/r) is out\n",
                "## Read [the report][r]\n\n[r]: https://example.org/r\n",
                "## See www.example.org today\n",
                "## Write to news@example.org\n",
                "## See <https://example.org/r>\n",
                "## A claim[^1]\n\n[^1]: The source.\n",
                "## [![Logo](logo.png)](https://example.org/)\n",
                "## The <a href=\"https://example.org/r\">report</a>\n",
                "## Say <button>hi</button>\n"}) {
            String html = renderer.render(markdown).html();
            // Read as written (an HTML parser would split a link inside a link): no link holds a link or button.
            assertThat(Jsoup.parse(html, "", Parser.xmlParser()).select("a a, a button")).as(html).isEmpty();
            Document doc = Jsoup.parseBodyFragment(html);
            Element heading = doc.selectFirst("h2");
            assertThat(heading.id()).as(html).isNotEmpty();
            assertThat(heading.select("a.heading-anchor").attr("href")).as(html).isEqualTo("#" + heading.id());
            assertThat(heading.select("a.heading-anchor").attr("aria-labelledby")).as(html).isEqualTo(heading.id());
            assertThat(heading.select("a.heading-anchor").html()).as(html).isEmpty();
            // The author's link, footnote or button is kept as it is.
            assertThat(heading.select("a:not(.heading-anchor), button")).as(html).isNotEmpty();
        }
        // Text-level HTML is no link: the heading is still wrapped.
        assertThat(renderer.render("## A <b>bold</b> <span>move</span>\n").html()).isEqualTo("<h2 id=\"a-bold-move\">"
                + "<a href=\"#a-bold-move\" class=\"heading-anchor\">A <b>bold</b> <span>move</span></a></h2>\n");
    }

    @Test
    void aHeadingWithoutTextGetsNoAnchorToTheTopOfThePage() {
        assertThat(renderer.render("##\n\n## ![](x.png)\n").html()).isEqualTo("<h2></h2>\n<h2><img src=\"x.png\" alt=\"\" data-line=\"3\" /></h2>\n");
    }

    /** Each image carries its line in the body, for the build's image step to name it in problems. */
    @Test
    void imagesCarryTheirLine() {
        assertThat(renderer.render("Text.\n\n![A](a.png)\n").html()).contains("<img src=\"a.png\" alt=\"A\" data-line=\"3\" />");
        assertThat(ImageLines.shift("<img data-line=\"3\">", 5)).isEqualTo("<img data-line=\"8\">");
        assertThat(ImageLines.remove("<img src=\"a\" data-line=\"3\">")).isEqualTo("<img src=\"a\">");
    }

    @Test
    void teaserHeadingsKeepTheirLinksWithoutAnchors() {
        assertThat(renderer.renderTeaser("### [Title](https://example.org/a)\n\nText.\n").html())
                .isEqualTo("<h3><a href=\"https://example.org/a\">Title</a></h3>\n<p>Text.</p>\n");
    }

    @Test
    void sanitizedHeadingsKeepTheirAnchorLinkBesideTheirLink() {
        Document doc = Jsoup.parseBodyFragment(new MarkdownRenderer(true)
                .render("### [Title](https://example.org/a)\n").html());
        assertThat(doc.select("h3#title > a[href=https://example.org/a]").text()).isEqualTo("Title");
        assertThat(doc.select("h3#title > a.heading-anchor[href=#title][aria-labelledby=title]")).hasSize(1);
    }

    @Test
    void keepsRawHtmlUnlessAskedToSanitize() {
        assertThat(renderer.render("<aside>x</aside>\n<script>alert(1)</script>\n").html())
                .isEqualTo("<aside>x</aside>\n<script>alert(1)</script>\n");
        // Sanitising cleans raw HTML (see HtmlSanitizerTest): an element outside the allow-list leaves its text.
        assertThat(new MarkdownRenderer(true).render("<aside>x</aside>\n<script>alert(1)</script>\n").html())
                .isEqualTo("<aside>x</aside>\n\n");
    }

    @Test
    void extractsTextFirstParagraphAndWordCount() {
        RenderedMarkdown out = renderer.render("# Title\n\nFirst *para* here.\n\nSecond one.\n");
        assertThat(out.firstParagraph()).isEqualTo("First para here.");
        assertThat(out.wordCount()).isEqualTo(6);
        assertThat(out.text()).contains("Second one.");
    }

    @Test
    void wordsAreSeparatedByUnicodeWhitespaceButNotByNoBreakSpaces() {
        // U+2003 (em space) and U+3000 (ideographic space) separate words; U+00A0 and U+202F keep them together.
        assertThat(renderer.render("one\u2003two\u3000three four\u00a0five six\u202Fseven\n").wordCount())
                .isEqualTo(5);
    }

    @Test
    void textIsEscapedAndUnescapedWhereNeededAndCopiedElsewhere() {
        // Text nodes without special characters are copied from the source, the others rendered by Flexmark:
        // both kinds side by side, and a special character at the very start and end of a node.
        String html = renderer.render("Plain words, then a < b & \"c\" > d.\r\n\n"
                + "*emphasis* \\*not emphasis\\* caf&eacute; &amp;&lt;\n\n<just text\n").html();
        // The quotes are typographic ones now (Typography); a lone " is text, escaped.
        assertThat(html).isEqualTo("<p>Plain words, then a &lt; b &amp; \u201Cc\u201D &gt; d.</p>\n"
                + "<p><em>emphasis</em> *not emphasis* café &amp;&lt;</p>\n"
                + "<p>&lt;just text</p>\n");
    }
}
