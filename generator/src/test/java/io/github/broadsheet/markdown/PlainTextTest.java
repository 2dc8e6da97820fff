package io.github.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the plain text of a body is (word counts, summaries, related articles and search read it): one row each. */
class PlainTextTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    static Stream<Arguments> rows() {
        return Stream.of(
                Arguments.of("emphasis joins words", "Some **bold**text and _it_.\n", "Some boldtext and it."),
                Arguments.of("escapes and entities resolved", "A \\*star\\* &amp; caf&eacute;\n", "A *star* & café"),
                // Text nodes without escapes are copied from the source, the others unescaped: both in one body.
                Arguments.of("escaped and plain text nodes mixed",
                        "Plain words.\n\nBefore \\# after, *x\\** y\n\nNo escapes.\n\n&copy; 2026 & more\n",
                        "Plain words. Before # after, x* y No escapes. © 2026 & more"),
                Arguments.of("soft breaks are spaces", "one\ntwo\n", "one two"),
                Arguments.of("blocks stay apart", "# Title\n\nFirst.\n\n- a\n- b\n", "Title First. a b"),
                Arguments.of("inline code as written", "Run `mvn -B` now.\n", "Run mvn -B now."),
                Arguments.of("code blocks as written", "```java\nString s = \"say \\\"hi\\\"\";\n```\n",
                        "String s = \"say \\\"hi\\\"\";"),
                Arguments.of("links keep their text", "[the report](https://x.org) and <https://y.org>\n",
                        "the report and https://y.org"),
                Arguments.of("images keep their alt text", "![A chart](c.png)\n", "A chart"),
                Arguments.of("raw html left out", "<div>hidden</div>\n\nShown <b>x</b>.\n", "Shown x."),
                Arguments.of("footnote markers left out, notes kept", "Claim[^1].\n\n[^1]: Source.\n",
                        "Claim. Source."),
                Arguments.of("table cells separated", "| a | b |\n|---|---|\n| c | d |\n", "a b c d"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void collectsTheWords(String name, String markdown, String expected) {
        assertThat(renderer.render(markdown).text().strip().replaceAll("\\s+", " ")).isEqualTo(expected);
    }
}
