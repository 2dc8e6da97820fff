package io.github.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    @Test
    void blocksStandAloneAndLinesOfTheRestKeepTheirNumbers() {
        Placeholders placeholders = new Placeholders();
        String text = "Before " + placeholders.block("::youtube{id=\"x\" title=\"t\"}") + " after\nline 2 "
                + placeholders.inline("{{ literal }}") + "\n";
        assertThat(BodyNotes.lineAt(text, text.indexOf("line 2"))).isEqualTo(2);
        assertThat(placeholders.expand(text)).isEqualTo("Before\n\n::youtube{id=\"x\" title=\"t\"}\n\nafter\nline 2 {{ literal }}\n");
    }

    @Test
    void linksInsideBlocksAreRewrittenAtTheLineOfTheToken() {
        Placeholders placeholders = new Placeholders();
        String text = "a\nb\n" + placeholders.block("![x](/pic.png \"c\")") + "\n";
        int[] line = {0};
        placeholders.rewriteLinks(text, (destination, offset) -> {
            line[0] = BodyNotes.lineAt(text, offset);
            return "pic.png";
        });
        assertThat(line[0]).isEqualTo(3);
        assertThat(placeholders.expand(text)).isEqualTo("a\nb\n\n![x](pic.png \"c\")\n");
    }

    @Test
    void collapsesRunsOfBlankLinesOutsideFencedCodeAndKeepsLineBreakSpaces() {
        assertThat(Placeholders.collapseBlankLines("a  \nb\n\n\n\nc\n```\n1\n\n\n2\n```\n\n\n"))
                .isEqualTo("a  \nb\n\nc\n```\n1\n\n\n2\n```\n");
    }
}
