package io.github.broadsheet.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeHighlighterTest {

    private final CodeHighlighter highlighter = new CodeHighlighter();

    /** The highlighted code parsed as the content of a {@code <code>} element. */
    private Element code(String language, String source) {
        String html = highlighter.highlight(language, source).orElseThrow();
        Element code = Jsoup.parseBodyFragment("<pre><code>" + html + "</code></pre>").selectFirst("code");
        // Whatever the spans, the text a reader sees (and copies) is the code itself.
        assertThat(code.wholeText()).isEqualTo(CodeHighlighter.expandTabs(source));
        return code;
    }

    /** The text of every span with the class, in order. */
    private List<String> spans(Element code, String cssClass) {
        return code.select("span." + cssClass).eachText();
    }

    @ParameterizedTest(name = "{0}: {2} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            java       | tok-kw   | public       | ~public final class Greeter { // says hello~
            java       | tok-com  | // says hello | ~public final class Greeter { // says hello~
            java       | tok-str  | "hi"         | ~String s = "hi";~
            java       | tok-meta | @Override    | ~@Override void run() {}~
            kotlin     | tok-kw   | fun          | ~fun main() = println("x")~
            kt         | tok-str  | "x"          | ~fun main() = println("x")~
            go         | tok-kw   | func         | ~func main() { fmt.Println(42) }~
            go         | tok-num  | 42           | ~func main() { fmt.Println(42) }~
            rust       | tok-kw   | fn           | ~fn main() { let x = 5; }~
            rs         | tok-num  | 5            | ~fn main() { let x = 5; }~
            python     | tok-kw   | def          | ~def area(r): return 3.14 * r  # circle~
            py         | tok-com  | # circle     | ~def area(r): return 3.14 * r  # circle~
            py         | tok-num  | 3.14         | ~def area(r): return 3.14 * r  # circle~
            javascript | tok-kw   | const        | ~const n = 'x'; // js~
            js         | tok-str  | 'x'          | ~const n = 'x'; // js~
            typescript | tok-kw   | interface    | ~interface Point { x: number }~
            ts         | tok-type | number       | ~let n: number = 1;~
            bash       | tok-fn   | echo         | ~echo "$HOME" # home~
            sh         | tok-com  | # home       | ~echo "$HOME" # home~
            shell      | tok-var  | $HOME        | ~cd $HOME~
            zsh        | tok-kw   | if           | ~if true; then echo hi; fi~
            console    | tok-fn   | echo         | ~echo hi~
            sql        | tok-kw   | SELECT       | ~SELECT name FROM users WHERE id = 7;~
            sql        | tok-num  | 7            | ~SELECT name FROM users WHERE id = 7;~
            yaml       | tok-str  | "Broadsheet" | ~title: "Broadsheet" # the name~
            yml        | tok-com  | # the name   | ~title: "Broadsheet" # the name~
            json       | tok-var  | "title"      | ~{"title": "x", "n": 12}~
            json       | tok-str  | "x"          | ~{"title": "x", "n": 12}~
            json       | tok-num  | 12           | ~{"title": "x", "n": 12}~
            html       | tok-tag  | a            | ~<a href="/x">link</a>~
            html       | tok-attr | href         | ~<a href="/x">link</a>~
            xml        | tok-tag  | project      | ~<project version="4"/>~
            xml        | tok-str  | "4"          | ~<project version="4"/>~
            css        | tok-com  | /* red */    | ~a { color: red; } /* red */~
            c          | tok-kw   | return       | ~int main(void) { return 0; }~
            c          | tok-meta | #include     | ~#include <stdio.h>~
            h          | tok-type | int          | ~int main(void);~
            cpp        | tok-kw   | namespace    | ~namespace app { auto x = 1; }~
            c++        | tok-kw   | namespace    | ~namespace app {}~
            """)
    void highlightsEachListedLanguage(String language, String cssClass, String expected, String source) {
        assertThat(spans(code(language, source), cssClass)).contains(expected);
    }

    @Test
    void languageNamesIgnoreCase() {
        assertThat(highlighter.knows("Java")).isTrue();
        assertThat(highlighter.knows("YAML")).isTrue();
        assertThat(highlighter.highlight("JS", "const a = 1;").orElseThrow()).contains("<span class=\"tok-kw\">const");
    }

    @Test
    void classifiesDiffLines() {
        Element code = code("diff", """
                diff --git a/x.txt b/x.txt
                index 1..2 100644
                --- a/x.txt
                +++ b/x.txt
                @@ -1,2 +1,2 @@
                 same
                -old line
                +new line
                """);
        assertThat(spans(code, "tok-meta")).containsExactly("diff --git a/x.txt b/x.txt", "index 1..2 100644",
                "--- a/x.txt", "+++ b/x.txt");
        assertThat(spans(code, "tok-hunk")).containsExactly("@@ -1,2 +1,2 @@");
        assertThat(spans(code, "tok-del")).containsExactly("-old line");
        assertThat(spans(code, "tok-ins")).containsExactly("+new line");
        assertThat(code.select("span").eachText()).doesNotContain("same");
        assertThat(highlighter.knows("patch")).isTrue();
    }

    @Test
    void unknownLanguageIsNotHighlighted() {
        assertThat(highlighter.highlight("brainfuck", "+++>.")).isEmpty();
        assertThat(highlighter.knows("text")).isFalse();
    }

    @Test
    void htmlInCodeIsEscaped() {
        String html = highlighter.highlight("java", "String s = \"<script>alert(1)</script>\" + a && b;").orElseThrow();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp;&amp;");
        String markup = highlighter.highlight("html", "<p title=\"a&b\">x < y</p>").orElseThrow();
        assertThat(markup).doesNotContain("<p").contains("&lt;").contains("&amp;b");
        assertThat(Jsoup.parseBodyFragment(markup).text()).isEqualTo("<p title=\"a&b\">x < y</p>");
    }

    @Test
    void spansNeverCrossALineBreak() {
        String html = highlighter.highlight("java", "/* one\n   two\n   three */\nint x;\n").orElseThrow();
        for (String line : html.split("\n")) {
            assertThat(Jsoup.parseBodyFragment(line).select("span").size())
                    .isEqualTo(line.split("<span", -1).length - 1);
            assertThat(line.split("<span", -1).length).isEqualTo(line.split("</span>", -1).length);
        }
        assertThat(html).startsWith("<span class=\"tok-com\">/* one</span>\n<span class=\"tok-com\">   two</span>\n");
        assertThat(html).endsWith(" x;\n").doesNotEndWith("\n\n");
    }

    @Test
    void errorTokensReadAsPlainText() {
        // RSTA marks Rust lifetimes and unterminated strings as errors: no class for them, not a red squiggle.
        Element code = code("rust", "fn f<'a>(x: &'a str) {}\n");
        assertThat(code.select("span").eachText()).noneMatch(text -> text.contains("'a"));
        Element unterminated = code("java", "String s = \"open\n");
        assertThat(unterminated.select("span").eachText()).doesNotContain("\"open");
    }

    @Test
    void expandsTabsToFourColumns() {
        assertThat(CodeHighlighter.expandTabs("\tx\n ab\ty\n\t\tz")).isEqualTo("    x\n ab y\n        z");
        assertThat(highlighter.highlight("python", "if x:\n\treturn 1\n").orElseThrow())
                .contains("\n    <span class=\"tok-kw\">return</span>").doesNotContain("\t");
    }

    @Test
    void sameOutputFromManyThreads() throws Exception {
        String source = "public class A {\n  /* c */ String s = \"x\"; int n = 0x1F;\n}\n";
        String expected = highlighter.highlight("java", source).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> highlighter.highlight("java", source).orElseThrow()));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
