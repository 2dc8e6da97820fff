package io.github.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlBalancerTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    @Test
    void closesALinkLeftOpenSoThePageAroundItStaysOutsideIt() {
        RenderedMarkdown out = renderer.render("Intro.\n\nSee <a href=\"https://example.org/\">the report\n\nMore.\n");
        // As browsers read it, the link carries on over "More." (it does in every browser), but it ends with the body.
        assertThat(out.html()).isEqualTo("<p>Intro.</p>\n<p>See <a href=\"https://example.org/\">the report</a></p>"
                + "<a href=\"https://example.org/\">\n<p>More.</p>\n</a>");
        HtmlNestingTest.assertStandsOnItsOwn(out.html());
        assertThat(out.problems()).containsExactly(RenderedMarkdown.Problem.warning(3, "HTML that would break the"
                + " page around it was repaired: <a href=\"https://example.org/\"> is not closed before </p>: as in"
                + " browsers, it carries on after it, up to </a> or the end"));
    }

    @Test
    void closesADivLeftOpenAndDropsAStrayEndTagEachWarnedAtItsLine() {
        RenderedMarkdown out = renderer.render("""
                <div class="box">

                Inside the box.

                </p>

                Text.
                """);
        assertThat(out.html()).isEqualTo("<div class=\"box\">\n<p>Inside the box.</p>\n<p></p>\n<p>Text.</p>\n</div>");
        assertThat(out.problems()).extracting(RenderedMarkdown.Problem::line).containsExactly(1, 5);
        assertThat(out.problems()).allMatch(RenderedMarkdown.Problem::warning);
        assertThat(out.problems().get(0).message()).endsWith("<div class=\"box\"> is never closed: closed at the end");
        assertThat(out.problems().get(1).message()).endsWith("</p> closes nothing that is open: dropped");
    }

    @Test
    void dropsAnEndTagThatWouldCloseTheTemplatesOwnElement() {
        RenderedMarkdown out = renderer.render("Text.\n\n</div>\n</article>\n\nMore.\n");
        assertThat(out.html()).isEqualTo("<p>Text.</p>\n\n\n<p>More.</p>\n");
        assertThat(out.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("</div> closes nothing that is open: dropped; </article> closes nothing");
        });
    }

    @Test
    void movesWhatIsOutOfPlaceInATableBeforeIt() {
        RenderedMarkdown out = renderer.render("<table>\n<tr><td>1</td></tr>\n\nA *note*.\n\n</table>\n");
        Document doc = Jsoup.parseBodyFragment(out.html());
        assertThat(doc.body().child(0).outerHtml()).isEqualTo("<p>A <em>note</em>.</p>");
        assertThat(doc.select("table td").text()).isEqualTo("1");
        assertThat(out.problems()).singleElement().extracting(RenderedMarkdown.Problem::message).asString()
                .endsWith("<p> directly inside <table>, outside any cell: moved before the table");
    }

    @Test
    void keepsTheTextOfATagThatNeverEnds() {
        // The parser would drop the tag and all text after it.
        RenderedMarkdown out = renderer.render("<div id=\"x\"\n*hi* there\n");
        assertThat(out.html()).isEqualTo("&lt;div id=\"x\"\n*hi* there\n");
        assertThat(out.problems()).singleElement().extracting(RenderedMarkdown.Problem::message).asString()
                .endsWith("<div id=\"x\" *hi* there never ends with '>': kept as text");
    }

    @Test
    void readsCdataAndProcessingInstructionsAsBrowsersDo() {
        assertThat(renderer.render("foo <![CDATA[>&<]]>\n").html()).isEqualTo("<p>foo <!--[CDATA[-->&amp;&lt;]]&gt;</p>\n");
        assertThat(renderer.render("foo <?php echo $a; ?>\n").html()).isEqualTo("<p>foo <!--?php echo $a; ?--></p>\n");
    }

    @Test
    void closesAnUnclosedCommentThatWouldHideTheRestOfThePage() {
        RenderedMarkdown out = renderer.render("Shown.\n\n<!-- a note\n\nStill in the comment.\n");
        assertThat(out.html()).isEqualTo("<p>Shown.</p>\n<!-- a note\n\nStill in the comment.\n-->");
        assertThat(out.problems()).singleElement().extracting(RenderedMarkdown.Problem::line).isEqualTo(3);
    }

    /** Balanced bodies are written as Flexmark writes them, without jsoup: byte for byte, and without warnings. */
    @Test
    void leavesBalancedHtmlAsItIs() {
        String markdown = """
                # Raw HTML that is fine

                <div class="note">

                A *paragraph* in a div, with <span class="x">inline HTML</span> and a [link](https://example.org/?a=1&b=2 "T").

                </div>

                <table><tr><td>a<td>b</table>

                <ul>
                <li>one
                <li>two
                </ul>

                <!-- a comment --> &copy; &#8617; "quotes" <br>
                """;
        RenderedMarkdown out = renderer.render(markdown);
        assertThat(out.html()).isEqualTo(renderer.html(markdown, true));
        assertThat(out.html()).contains("<td>a<td>b</table>", "&copy; &#8617; \"quotes\" <br>\n");
        assertThat(out.problems()).isEmpty();
    }

    @Test
    void balancesTeasersToo() {
        RenderedMarkdown teaser = renderer.renderTeaser("<div class=\"intro\">\n\nThe teaser.\n");
        assertThat(teaser.html()).isEqualTo("<div class=\"intro\">\n<p>The teaser.</p>\n</div>");
        assertThat(teaser.problems()).singleElement().extracting(RenderedMarkdown.Problem::line).isEqualTo(1);
    }

    /** Sanitised HTML is jsoup's writing of the parsed body: balanced already, and not warned about. */
    @Test
    void sanitizedHtmlIsBalancedByTheSanitizer() {
        RenderedMarkdown out = new MarkdownRenderer(true).render("<div>\n\n<a href=\"https://example.org/\">x\n");
        assertThat(HtmlNesting.faults(out.html())).isEmpty();
        HtmlNestingTest.assertStandsOnItsOwn(out.html());
        assertThat(out.problems()).isEmpty();
    }

    /** Many faults on one line make one warning, naming the first few. */
    @Test
    void warnsOncePerLine() {
        RenderedMarkdown out = renderer.render("x </a></b></i></u></s></em>\n");
        assertThat(out.problems()).singleElement().extracting(RenderedMarkdown.Problem::message).asString()
                .endsWith("; and 2 more");
    }

    @ParameterizedTest
    @MethodSource("io.github.broadsheet.markdown.HtmlNestingTest#unbalanced")
    void whatItRepairsStandsOnItsOwn(String row) {
        String html = row.substring(0, row.indexOf('|'));
        List<HtmlNesting.Fault> faults = HtmlNesting.faults(html);
        String balanced = HtmlBalancer.rebalanced(html, faults);
        assertThat(HtmlNesting.faults(balanced)).as("%s balanced as %s", html, balanced).isEmpty();
        HtmlNestingTest.assertStandsOnItsOwn(balanced);
    }
}
