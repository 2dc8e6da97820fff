package io.github.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlNestingTest {

    /** HTML the parser takes as it is: closed elements, and the end tags HTML lets authors leave out. */
    @ParameterizedTest
    @ValueSource(strings = {
            "<p>Text with <em>emphasis</em>, <a href=\"https://example.org/?a=1&amp;b=2\">a link</a>.</p>\n",
            "<h2 id=\"x\"><a href=\"#x\" class=\"heading-anchor\">X</a></h2>\n<hr />\n<p>a<br />b</p>\n",
            "<ul>\n<li>one\n<li>two</ul>",
            "<dl><dt>term<dd>definition<dt>term</dl>",
            "<div><p>a paragraph its div closes</div>",
            "<p>one<p>two</p>",
            "<table><tr><td>a<td>b<tr><td>c</table>",
            "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>",
            "<table><caption>c</caption><colgroup><col><col></colgroup><tr><td>x</td></tr></table>",
            "<table><col><tr><td>x</table>",
            "<table><tr><td><table><tr><td>nested</td></tr></table></td></tr></table>",
            "<select><option>a<option>b<optgroup label=g><option>c</select>",
            "<p>A <svg viewBox=\"0 0 1 1\"><circle r=\"1\"/><title>t</title></svg> and <math><mi>x</mi></math>.</p>",
            "<svg><foreignObject><div>html again</div></foreignObject></svg>",
            "<script>if (a < b && c > d) document.write('</p>')</script>",
            "<style>p > a { color: red }</style><textarea><a></textarea>",
            "<!-- a comment with <a> in it --><!--more--><p>x</p>",
            "<details open><summary>More</summary><p>Text</p></details>",
            "<ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>",
            "<figure><img src=\"a.png\" alt=\"A\"><figcaption>A</figcaption></figure>",
            "<pre><code class=\"language-java\"><span class=\"tok-kw\">class</span> A {}\n</code></pre>\n",
            "<p title='a > b' data-x=\"<a>\">attribute values may hold markup</p>",
            "<P>upper case tags</p>",
            "a &lt; b is text, &amp; so is this",
    })
    void acceptsHtmlThatStandsOnItsOwn(String html) {
        assertThat(HtmlNesting.faults(html)).isEmpty();
        assertStandsOnItsOwn(html);
    }

    /** HTML the parser would repair, each with the start of what its fault says, after a '|'. */
    static Stream<String> unbalanced() {
        return Stream.of(
            "<a href=\"https://example.org\">never closed| <a href=\"https://example.org\"> is never closed",
            "<p><a href=\"x\">link</p>| <a href=\"x\"> is not closed before </p>: as in browsers, it carries on",
            "<div class=\"box\"><p>x</p>| <div class=\"box\"> is never closed",
            "</p>| </p> closes nothing that is open",
            "<p>a</p></div>| </div> closes nothing that is open",
            "<p>text <div>x</div> after</p>| <div> ends the paragraph it is in",
            "<b><i>x</b></i>| <i> is not closed before </b>",
            "<em>a <span>b</em></span>| <span> is not closed before </em>",
            "<a href=x>one <a href=y>two</a></a>| a link inside a link",
            "<table><tr><td>a</td></tr>stray text</table>| text directly inside <table>",
            "<table><tr><td>a</td></tr><p>x</p></table>| <p> directly inside <table>",
            "<table><td>a</td></table>| <td> directly inside <table>, outside a row",
            "<tr><td>a</td></tr>| <tr> outside a table",
            "<td>cell</td>| <td> outside a table",
            "<table><tr><td><span>a</td></tr></table>| <span> is not closed before </td>",
            "<!-- never closed| a comment <!-- is never closed",
            "<!-->| an empty comment",
            "<script>never closed| <script> is never closed",
            "<style>p {}| <style> is never closed",
            "<div id=\"x\"| <div id=\"x\" never ends with '>'",
            "<a href=\"x>text| <a href=\"x>text never ends (an attribute's quote",
            "<?php echo 1; ?>| <?php echo 1; ?> is not HTML",
            "<![CDATA[x]]>| <![CDATA[x]]> is not HTML",
            "<!DOCTYPE html>| a <!DOCTYPE> inside an article",
            "<div/>| <div/> does not close itself",
            "<ul><li><span>a<li>b</ul>| <span> is not closed before the next <li>",
            "<h2>a<h3>b</h3></h2>| <h3> inside <h2>",
            "<h2>a</h3>| </h3> closes <h2>",
            "x</br>| </br> is not an end tag",
            "<body>| <body> inside an article",
            "<svg><p>x</p></svg>| <p> inside <svg>",
            "<select><div>x</div></select>| <div> inside <select>",
            "<a href=x href=y>z</a>| <a href=x href=y> has the attribute href twice",
            "<a href=\"x\"title=\"y\">z</a>| <a href=\"x\"title=\"y\"> has attributes without a space",
            "<plaintext>x| <plaintext> turns the rest of the page into text",
            "</a >|</a> closes nothing",
            "<div>if a < b</div>| a '<' that starts no tag: written as &lt;");
    }

    @ParameterizedTest
    @MethodSource("unbalanced")
    void findsWhatTheParserWouldRepair(String row) {
        String html = row.substring(0, row.indexOf('|'));
        String fault = row.substring(row.indexOf('|') + 1).strip();
        List<HtmlNesting.Fault> faults = HtmlNesting.faults(html);
        assertThat(faults).as(html).isNotEmpty();
        assertThat(faults.get(0).what()).as(html).startsWith(fault);
    }

    /**
     * What the check passes does not need balancing: in a page, the template's own markup after it stays where
     * the template put it, and it is read the same as on its own.
     */
    static void assertStandsOnItsOwn(String html) {
        Document page = Jsoup.parse("<!DOCTYPE html><html lang=en><head><title>t</title></head><body><main>"
                + "<div id=body>" + html + "</div><nav id=after><a href=/older/>Older</a></nav></main></body></html>");
        Element nav = page.getElementById("after");
        assertThat(nav).as(html).isNotNull();
        assertThat(nav.parent().tagName()).as("the template's link after %s", html).isEqualTo("main");
        assertThat(page.selectFirst("main").children()).as(html).hasSize(2);
        assertThat(page.getElementById("body").html())
                .as("%s in a page and alone", html).isEqualTo(Jsoup.parseBodyFragment(html).body().html());
    }
}
