package io.github.broadsheet.importer.jekyll;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.importer.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiquidConverterTest {

    private final List<String> notes = new ArrayList<>();
    private final Placeholders placeholders = new Placeholders();
    private final LiquidConverter liquid = new LiquidConverter(new LiquidConverter.Targets() {
        @Override
        public Optional<String> postUrl(String name) {
            return Optional.ofNullable(Map.of("2010-07-21-name", "/2010/07/21/name.html").get(name));
        }

        @Override
        public Optional<String> link(String path) {
            return Optional.ofNullable(Map.of("about.md", "/about.html").get(path));
        }
    }, placeholders, (line, message) -> notes.add(line + ": " + message));

    private String convert(String text) {
        return placeholders.expand(liquid.convert(text));
    }

    @Test
    void highlightBecomesAFencedBlockOnTheSameLines() {
        String out = liquid.convert("a\n{% highlight ruby linenos %}\nputs 1\n{% endhighlight %}\nb\n");
        assertThat(out).isEqualTo("a\n```ruby\nputs 1\n```\nb\n");
        assertThat(liquid.convert("{% highlight md %}\n```\nx\n```\n{% endhighlight %}"))
                .isEqualTo("````md\n```\nx\n```\n````");
    }

    @Test
    void rawIsUnwrappedAndCommentsGoWithTheirLinesKept() {
        assertThat(liquid.convert("{% raw %}{{ x }} {% if %}{% endraw %}")).isEqualTo("{{ x }} {% if %}");
        assertThat(liquid.convert("a\n{% comment %}\nsecret\n{% endcomment %}\nb")).isEqualTo("a\n\n\n\nb");
        assertThat(notes).isEmpty();
    }

    @Test
    void postUrlLinkAndSiteRootsBecomeSitePaths() {
        assertThat(liquid.convert("[a]({{ site.baseurl }}{% post_url 2010-07-21-name %}) [b]({% link about.md %})"
                + " ![c]({{ site.url }}{{ site.baseurl }}/img/c.png) [d]({{ '/x.pdf' | relative_url }})"
                + " [e]({{ \"y\" | prepend: site.baseurl }})"))
                .isEqualTo("[a](/2010/07/21/name.html) [b](/about.html) ![c](/img/c.png) [d](/x.pdf) [e](y)");
        assertThat(liquid.convert("{% post_url 1999-01-01-gone %}")).isEmpty();
        assertThat(notes).containsExactly("1: {% post_url 1999-01-01-gone %}: no such post among the imported ones;"
                + " the link was left empty");
    }

    @Test
    void gistAndVideoTagsBecomeQuotedLinksAndEmbeds() {
        assertThat(convert("{% gist octo/abc123 file.rb %}\n{% youtube dQw4w9WgXcQ %}\n{% vimeo 123 %}"))
                .isEqualTo("> [Gist octo/abc123 (file.rb)](https://gist.github.com/octo/abc123)\n\n"
                        + "::youtube{id=\"dQw4w9WgXcQ\" title=\"YouTube video\"}\n\n::vimeo{id=\"123\" title=\"Vimeo video\"}\n");
    }

    @Test
    void everythingElseIsRemovedAndReportedAtItsLine() {
        String out = liquid.convert("one\n{% include video.html\n   id=\"x\" %}\n{% if a %}kept{% endif %} {{ page.title }}\n");
        assertThat(out).isEqualTo("one\n\n\nkept \n");
        assertThat(notes).containsExactly(
                "2: Liquid {% include video.html id=\"x\" %} not converted (removed): its output depends on the old"
                        + " site's templates; write what it showed into the article",
                "4: Liquid {% if a %} not converted (removed): Markdown has no logic; the text between such tags is kept",
                "4: Liquid {% endif %} not converted (removed): Markdown has no logic; the text between such tags is kept",
                "4: Liquid {{ page.title }} not converted (removed): variables of the old site's templates are not known here");
    }
}
