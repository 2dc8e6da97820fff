package io.github.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code sanitizeHtml}: script URLs never survive, in Markdown links and images or in raw HTML, however they are
 * spelled; everything Broadsheet's own Markdown produces and safe raw HTML stay.
 */
class HtmlSanitizerTest {

    private final MarkdownRenderer sanitizing = new MarkdownRenderer(true);
    private final MarkdownRenderer trusting = new MarkdownRenderer(false);

    @ParameterizedTest
    @ValueSource(strings = {
            "[x](JaVaScRiPt:alert(1))",
            "[x](javascript:alert(1))",
            "[x][r]\n\n[r]: JAVASCRIPT:alert(1)",
            "[x](&#106;avascript:alert(1))",
            "[x](&#x6A;&#x61;vascript:alert(1))",
            "[x](java&#9;script:alert(1))",
            "[x](java&#10;script:alert(1))",
            "[x](vbscript:msgbox(1))",
            "[x](VBScript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](data:text/html,%3Cscript%3Ealert(1)%3C/script%3E)",
            "![i](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "![i](DATA:image/svg+xml,%3Csvg%20onload=alert(1)%3E)",
            "<javascript:alert(1)>",
            "<a href=\"java&#x09;script:alert(1)\">x</a>",
            "<a href=\" &#x01;javascript:alert(1)\">x</a>",
            "<a href=\"JAVASCRIPT&colon;alert(1)\">x</a>",
            "<img src=\"x.png\" onerror=\"alert(1)\">",
            "<img srcset=\"javascript:alert(1) 1x\" src=\"ok.png\">",
            "<img src=\"javascript:alert(1)\">",
            "<script>alert(1)</script>",
            "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">x</button></form>",
            "<video poster=\"javascript:alert(1)\" src=\"x.mp4\"></video>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<math><maction actiontype=\"statusline\" xlink:href=\"javascript:alert(1)\">x</maction></math>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
            "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\"><style>body{display:none}</style>",
            "<a href=\"https://ok.example/\" onclick=\"alert(1)\" style=\"position:fixed\">x</a>",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<blockquote cite=\"javascript:alert(1)\">x</blockquote>",
            "| a |\n|---|\n| <td style=\"position:fixed\">x</td> |",
            "<input type=\"text\" value=\"phish\"><input type=\"checkbox\" onclick=\"alert(1)\">",
            "<details open ontoggle=\"alert(1)\"><summary>s</summary>x</details>",
    })
    void scriptUrlsAndActiveContentAreRemoved(String markdown) {
        for (String html : List.of(sanitizing.render(markdown).html(), sanitizing.renderTeaser(markdown).html())) {
            Document doc = Jsoup.parseBodyFragment(html);
            // <video> and <audio> stay for the embed directives, with files of the site only (checked below).
            assertThat(doc.select("script, style, iframe, object, embed, form, button, svg, math, base, meta,"
                    + " link")).as(html).isEmpty();
            for (Element element : doc.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String value = attribute.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                    assertThat(attribute.getKey()).as(html).doesNotStartWith("on").isNotIn("srcset", "action",
                            "formaction", "poster", "xlink:href");
                    assertThat(value).as(html).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:text").doesNotStartWith("data:image/svg")
                            .doesNotContain("position:fixed").doesNotContain("url(");
                }
            }
            assertThat(doc.select("input").eachAttr("type")).as(html).allMatch("checkbox"::equals);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=1#c", "http://example.org/", "/news/articles/x/", "../x/",
            "chart.svg", "#fn-1", "?page=2", "mailto:desk@example.org", "tel:+41441234567"})
    void safeLinksStay(String url) {
        Document doc = Jsoup.parseBodyFragment(
                sanitizing.render("[x](" + url + ") <a href=\"" + url + "\">y</a>").html());
        assertThat(doc.select("a").eachAttr("href")).containsExactly(url, url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pic.png", "/img/pic.jpg", "https://example.org/p.webp",
            "data:image/png;base64,iVBORw0KGgo=", "data:image/jpeg;base64,/9j/4AAQ", "data:image/gif;base64,R0lGOD",
            "data:image/webp;base64,UklGR", "data:image/avif;base64,AAAAIGZ0eXBhdmlm"})
    void safeImagesStay(String url) {
        Document doc = Jsoup.parseBodyFragment(sanitizing.render("![A chart](" + url + ")").html());
        assertThat(doc.select("img").eachAttr("src")).containsExactly(url);
    }

    /** An image whose source is refused keeps its alt text (an img without src is not valid HTML). */
    @Test
    void refusedImageLeavesItsAltText() {
        Document doc = Jsoup.parseBodyFragment(
                sanitizing.render("See ![the chart](vbscript:x) and ![the logo](data:image/svg+xml,x).").html());
        assertThat(doc.select("img")).isEmpty();
        assertThat(doc.text()).isEqualTo("See the chart and the logo.");
    }

    /**
     * Everything Broadsheet's own Markdown writes is kept as it is: the sanitised page and the trusted one are the
     * same document (compared after jsoup reads both, which normalises how each was written out).
     */
    @Test
    void everythingOurMarkdownProducesIsKept() {
        String markdown = """
                # Title with `code` and *emphasis*

                ## Results [link](https://example.org/) and **strong**

                A paragraph with ~~struck~~ text, a footnote[^note], an autolink https://example.org/report and
                <https://example.org/other>, an e-mail desk@example.org, a [relative link](../other/) and a
                [fragment](#results-link-and-strong), an image ![Chart](chart.png "The chart") and a line
                break\\
                here. Entities: &copy; &amp; &lt; "quotes" 'single' café.

                | Left | Centre | Right |
                |:-----|:------:|------:|
                | a    | b      | c     |

                - [x] done
                - [ ] open

                1. one
                2. two

                3) three from three

                > A quote
                > with two lines

                ```java
                String s = "<b>not bold</b>";
                ```

                    indented code

                ---

                [^note]: The note, with a [link](https://example.org/).
                """;
        assertThat(normalised(sanitizing.render(markdown).html()))
                .isEqualTo(normalised(trusting.render(markdown).html()));
        assertThat(normalised(sanitizing.renderTeaser(markdown).html()))
                .isEqualTo(normalised(trusting.renderTeaser(markdown).html()));
    }

    /** Raw HTML is cleaned, not escaped: safe elements stay, unsafe ones go and leave their text. */
    @Test
    void safeRawHtmlIsKept() {
        String html = sanitizing.render("""
                Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, E = mc<sup>2</sup>, <mark>marked</mark>,
                <abbr title="European Union">EU</abbr>, <time datetime="2026-11-27">today</time>.
                <span onmouseover="alert(1)">hover</span> <custom-element>kept text</custom-element>

                <details><summary>More</summary>

                Hidden *text*.

                </details>

                <figure><img src="a.png" alt="A"><figcaption>Caption</figcaption></figure>
                """).html();
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("kbd")).hasSize(2);
        assertThat(doc.select("sub, sup, mark, abbr[title], time[datetime], details > summary, figure > figcaption"))
                .hasSize(7);
        assertThat(doc.select("figure img[src=a.png][alt=A]")).hasSize(1);
        assertThat(doc.select("span").outerHtml()).isEqualTo("<span>hover</span>");
        assertThat(doc.select("custom-element")).isEmpty();
        assertThat(doc.text()).contains("kept text", "Hidden text.");
    }

    private static String normalised(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }
}
