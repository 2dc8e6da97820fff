package io.github.broadsheet.importer.hugo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.importer.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShortcodeConverterTest {

    private final List<String> notes = new ArrayList<>();
    private final Placeholders placeholders = new Placeholders();
    private final ShortcodeConverter converter = new ShortcodeConverter(
            path -> path.equals("posts/other.md") || path.equals("other") ? Optional.of("/2020/01/other/") : Optional.empty(),
            placeholders, (line, message) -> notes.add(line + ": " + message));

    private String convert(String text) {
        return placeholders.expand(converter.convert(text));
    }

    @Test
    void figuresVideosAndLinksToOtherPlatforms() {
        assertThat(convert("""
                {{< figure src="/img/a.jpg" alt="A dam" title="Dam" caption="On \\"opening\\" day" >}}
                {{< youtube id="w7Ft2ymGmfc" title="The wall" >}}
                {{< youtube w7Ft2ymGmfc >}}
                {{< vimeo 76979871 >}}
                {{< gist spf13 7896402 "img.html" >}}
                {{< x user="SanDiegoZoo" id="1453110110599868418" >}}
                {{< tweet 877500564405444608 >}}
                {{< instagram BWNjjyYFxVx >}}
                """)).isEqualTo("""
                ![A dam](/img/a.jpg "Dam: On \\"opening\\" day")

                ::youtube{id="w7Ft2ymGmfc" title="The wall"}

                ::youtube{id="w7Ft2ymGmfc" title="YouTube video"}

                ::vimeo{id="76979871" title="Vimeo video"}

                > [Gist spf13/7896402 (img.html)](https://gist.github.com/spf13/7896402)

                > [Post by @SanDiegoZoo on X](https://x.com/SanDiegoZoo/status/1453110110599868418)

                > [Post on X](https://x.com/i/status/877500564405444608)

                > [Post on Instagram](https://www.instagram.com/p/BWNjjyYFxVx/)
                """);
        assertThat(notes).isEmpty();
    }

    @Test
    void highlightRefAndEscapedShortcodes() {
        String out = convert("""
                {{< highlight go "linenos=table" >}}
                fmt.Println("{{< not a shortcode >}}")
                {{< /highlight >}}
                [x]({{< ref "posts/other.md" >}}) [y]({{< relref "other#part" >}}) [z]({{< ref "#here" >}})
                `{{</* figure src="a.png" */>}}`
                """);
        assertThat(out).startsWith("```go\nfmt.Println(")
                .contains("```\n[x](/2020/01/other/) [y](/2020/01/other/#part) [z](#here)\n`{{< figure src=\"a.png\" >}}`");
    }

    @Test
    void unknownShortcodesAreRemovedTheirInnerTextKeptAndReported() {
        assertThat(convert("a\n{{< callout type=\"warn\" >}}\n**Careful** {{< ref \"other\" >}}\n{{< /callout >}}\n"
                + "{{% notice %}}text{{% /notice %}} {{< param \"x\" >}} [q]({{< ref \"missing\" >}})\n"))
                .isEqualTo("a\n\n**Careful** /2020/01/other/\n\ntext  [q]()\n");
        assertThat(notes).containsExactly(
                "2: shortcode {{< callout type=\"warn\" >}} not converted (removed, the text inside kept): it is the"
                        + " old site's own, or one Broadsheet does not know",
                "5: shortcode {{% notice %}} not converted (removed, the text inside kept): it is the old site's own,"
                        + " or one Broadsheet does not know",
                "5: shortcode {{< param \"x\" >}} not converted (removed): it is the old site's own, or one Broadsheet"
                        + " does not know",
                "5: ref \"missing\": no such page among the imported ones; the link was left empty");
    }
}
