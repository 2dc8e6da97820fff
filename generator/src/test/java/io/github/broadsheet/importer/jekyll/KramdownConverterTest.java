package io.github.broadsheet.importer.jekyll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KramdownConverterTest {

    private final List<String> notes = new ArrayList<>();

    private KramdownConverter.Result convert(String text) {
        return KramdownConverter.convert(text, (line, message) -> notes.add(line + ": " + message));
    }

    @Test
    void tocListBecomesTocTrue() {
        KramdownConverter.Result result = convert("* TOC\n{:toc}\n\n## A\n");
        assertThat(result.toc()).isTrue();
        assertThat(result.text()).isEqualTo("\n\n\n## A\n");
        assertThat(convert("1. Contents\n{: toc}\n").toc()).isTrue();
        assertThat(convert("## A\n").toc()).isFalse();
    }

    @Test
    void attributeListsHeadingIdsAndAbbreviationsAreDroppedAndReported() {
        String out = convert("Lead.\n{: .lead}\n\n[x](/y){:target=\"_blank\"}\n\n## Title {#custom}\n\n*[HTML]: Markup\n").text();
        assertThat(out).isEqualTo("Lead.\n\n\n[x](/y)\n\n## Title\n\n\n");
        assertThat(notes).containsExactly(
                "6: heading id {#custom} dropped: Broadsheet gives headings ids of its own; links to #custom need the new id",
                "2: kramdown attribute list {: .lead} dropped: Broadsheet's Markdown has no attribute lists",
                "4: kramdown attribute list {:target=\"_blank\"} dropped: Broadsheet's Markdown has no attribute lists",
                "8: kramdown abbreviation *[HTML]: Markup dropped");
    }

    @Test
    void commentsGoNomarkdownIsUnwrappedCodeIsLeftAlone() {
        assertThat(convert("a {::comment}x\ny{:/comment} b {::nomarkdown}<b>c</b>{:/nomarkdown}\n"
                + "`{: .x}`\n\n```\n{: .y}\n```\n").text())
                .isEqualTo("a \n b <b>c</b>\n`{: .x}`\n\n```\n{: .y}\n```\n");
        assertThat(notes).isEmpty();
    }
}
