package io.github.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkRewriterTest {

    @Test
    void rewritesLinksImagesDefinitionsAndAttributesButNotCode() {
        String markdown = """
                See [the report](/a.pdf "Report") and ![chart](</b c.png>).

                [ref]: /c.html
                <a href="/d/">d</a> <img src='/e.png'> ::video{src="/f.mp4" poster="/g.jpg"}

                `[not](/h/)` and

                ```
                [not](/i/)
                ```

                    [not](/j/)
                """;
        List<String> seen = new ArrayList<>();
        String out = LinkRewriter.rewrite(markdown, (destination, offset) -> {
            seen.add(destination);
            return destination.equals("/a.pdf") ? null : "X" + destination;
        });
        assertThat(seen).containsExactly("/a.pdf", "/b c.png", "/c.html", "/d/", "/e.png", "/f.mp4", "/g.jpg");
        assertThat(out).contains("[the report](/a.pdf \"Report\")", "![chart](X/b c.png)", "[ref]: X/c.html",
                "href=\"X/d/\"", "src='X/e.png'", "src=\"X/f.mp4\" poster=\"X/g.jpg\"", "`[not](/h/)`",
                "[not](/i/)", "    [not](/j/)");
    }

    @Test
    void escapesWhatMarkdownAndAttributesWouldMisread() {
        assertThat(LinkRewriter.escapeDestination("my photo (1).jpg")).isEqualTo("my%20photo%20%281%29.jpg");
    }
}
