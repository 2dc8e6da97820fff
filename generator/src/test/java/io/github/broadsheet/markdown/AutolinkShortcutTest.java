package io.github.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The autolink step is skipped only for text in which it cannot find a link, so the HTML never changes. */
class AutolinkShortcutTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    private static final List<String> LINKING = List.of(
            "See https://example.org/a and ftp://files.example.org.",
            "Visit www.example.org today.",
            "Mail desk@example.org.",
            "Escaped: http\\://example.org and http:\\/\\/example.org/x",
            "Escaped dot: www\\.example.org",
            "In a table:\n\n| a | b |\n|---|---|\n| www.example.org | x@y.org |\n",
            "In emphasis: *https://example.org/em* and **www.example.org**");

    private static final List<String> PLAIN = List.of(
            "Plain prose: a city, a tram line, 3.5 percent. Ratio 1:2; path a/b; www without dot.",
            "## Heading\n\nText with `a:b/c` and\n\n```python\nprint('ab')\n```\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\nFoot[^1]\n\n[^1]: note ~~gone~~",
            "Links stay links: [text](../other/) and <https://example.org/explicit>.");

    @Test
    void outputIsTheSameWithAndWithoutTheShortcut() {
        for (String markdown : concat(LINKING, PLAIN)) {
            if (!MarkdownRenderer.mayHoldAutolinks(markdown)) {
                assertThat(renderer.html(markdown, false)).as(markdown).isEqualTo(renderer.html(markdown, true));
            }
            assertThat(renderer.render(markdown).html()).as(markdown).isEqualTo(renderer.html(markdown, true));
        }
    }

    @Test
    void textThatCanLinkTakesTheFullPath() {
        assertThat(LINKING).allMatch(MarkdownRenderer::mayHoldAutolinks);
        for (String markdown : LINKING) {
            assertThat(renderer.html(markdown, true)).as(markdown).contains("<a href=");
        }
    }

    @Test
    void isConservative() {
        // Flexmark links only lower-case www., but upper case takes the full path too: cheap to be safe.
        assertThat(MarkdownRenderer.mayHoldAutolinks("Visit WWW.EXAMPLE.ORG today.")).isTrue();
        // Entities end up in nodes of their own (not linked today), but anything with & takes the full path.
        assertThat(MarkdownRenderer.mayHoldAutolinks("Entity: http&#58;//example.org, desk&#64;example.org"))
                .isTrue();
        assertThat(MarkdownRenderer.mayHoldAutolinks("a regex \\.txt")).isTrue();
    }

    @Test
    void plainTextSkipsTheAutolinkStep() {
        assertThat(PLAIN.subList(0, 3)).noneMatch(MarkdownRenderer::mayHoldAutolinks);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
