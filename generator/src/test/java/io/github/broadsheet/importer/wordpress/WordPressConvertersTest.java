package io.github.broadsheet.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.importer.BodyNotes;
import io.github.broadsheet.importer.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The passes of a WordPress post's content, each on its own: blocks, shortcodes, paragraphs, HTML to Markdown. */
class WordPressConvertersTest {

    private final List<String> notes = new ArrayList<>();
    private final BodyNotes body = (line, message) -> notes.add(line + ": " + message);
    private final Placeholders placeholders = new Placeholders();
    private final WordPressContent.Media media = new WordPressContent.Media(
            Map.of(7L, new WordPressContent.Attachment(7, "/up/a.jpg", "Alt A", "Caption A", 1),
                    8L, new WordPressContent.Attachment(8, "/up/b.jpg", "Alt B", "", 0)),
            Map.of(42L, List.of(new WordPressContent.Attachment(7, "/up/a.jpg", "Alt A", "Caption A", 1),
                    new WordPressContent.Attachment(8, "/up/b.jpg", "Alt B", "", 0))),
            Map.of(300L, "<!-- wp:paragraph -->\n<p>Subscribe!</p>\n<!-- /wp:paragraph -->"));

    private String markdown(String html) {
        return placeholders.expand(new HtmlToMarkdown().convert(html, placeholders, body));
    }

    @Test
    void blocksKeepTheirHtmlAndTheirLines() {
        String html = "<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:columns -->\n"
                + "<div><!-- wp:paragraph -->\n<p>Two</p>\n<!-- /wp:paragraph --></div>\n<!-- /wp:columns -->\n";
        String out = new BlockConverter(media, placeholders, body).convert(html);
        assertThat(out).doesNotContain("wp:").contains("<p>One</p>", "<p>Two</p>");
        assertThat(out.chars().filter(c -> c == '\n').count()).isEqualTo(html.chars().filter(c -> c == '\n').count());
    }

    @Test
    void galleriesEmbedsMoreReusableAndDynamicBlocks() {
        String html = """
                <!-- wp:gallery {"ids":[7,8]} -->
                <figure class="wp-block-gallery"><ul><li><figure><img src="/up/a-300.jpg" alt="Alt A" data-id="7"/><figcaption>Own caption</figcaption></figure></li><li><figure><img src="/up/b.jpg" class="wp-image-8"/></figure></li></ul></figure>
                <!-- /wp:gallery -->
                <!-- wp:embed {"url":"https://youtu.be/dQw4w9WgXcQ"} -->
                <figure><div class="wp-block-embed__wrapper">https://youtu.be/dQw4w9WgXcQ</div><figcaption>Talk</figcaption></figure>
                <!-- /wp:embed -->
                <!-- wp:more --><!--more--><!-- /wp:more -->
                <!-- wp:block {"ref":300} /-->
                <!-- wp:archives /-->
                """;
        String out = markdown(new BlockConverter(media, placeholders, body).convert(html));
        // The full-size file and, where the picture has none, the alt text of the media library.
        assertThat(out).isEqualTo(":::gallery\n![Alt A](/up/a.jpg \"Own caption\")\n![Alt B](/up/b.jpg)\n:::\n\n"
                + "::youtube{id=\"dQw4w9WgXcQ\" title=\"Talk\"}\n\n<!--more-->\n\nSubscribe!\n");
        assertThat(notes).containsExactly("9: dynamic block wp:archives not converted (removed): WordPress filled it"
                + " in when a page was requested; Broadsheet's own lists and search replace it");
    }

    @Test
    void shortcodesBecomeFiguresGalleriesAndEmbeds() {
        ShortcodeExpander expander = new ShortcodeExpander(media, placeholders, body, 42);
        String out = expander.expand("[caption id=\"attachment_7\" width=\"300\"]<a href=\"/up/a.jpg\"><img src=\"/up/a-300x200.jpg\""
                + " alt=\"Alt A\"></a> The <em>caption</em>[/caption]\n[gallery]\n[gallery ids=\"8, 7\" exclude=\"7\"]\n"
                + "[embed]https://vimeo.com/76979871[/embed]\n[video mp4=\"/v.mp4\" poster=\"/p.jpg\"][/video]\n"
                + "[audio src=\"/a.mp3\"]\n[[caption]] [sic] [youtube=https://www.youtube.com/watch?v=abcdefgh]\n"
                + "[contact-form-7 id=\"5\"]\n");
        assertThat(markdown(Autop.paragraphs(out))).isEqualTo("""
                ![Alt A](/up/a.jpg "The caption")

                :::gallery
                ![Alt B](/up/b.jpg)
                ![Alt A](/up/a.jpg "Caption A")
                :::

                :::gallery
                ![Alt B](/up/b.jpg)
                :::

                ::vimeo{id="76979871" title="Vimeo video"}

                ::video{src="/v.mp4" poster="/p.jpg" title="Video"}

                ::audio{src="/a.mp3" title="Audio"}

                \\[caption\\] \\[sic\\]

                ::youtube{id="abcdefgh" title="YouTube video"}
                """);
        assertThat(notes).containsExactly("8: shortcode [contact-form-7] not converted (removed): it belongs to a"
                + " plugin or theme of the old site");
    }

    @Test
    void autopMakesParagraphsAndLineBreaksAndLeavesPreAlone() {
        assertThat(Autop.paragraphs("One\ntwo\n\n<ul><li>x</li></ul>\n\n<pre>a\n\nb</pre>\n\nThree"))
                .isEqualTo("<p>One<br />\ntwo</p>\n\n<ul><li>x</li></ul>\n\n<pre>a\n\nb</pre>\n\n<p>Three</p>");
    }

    @Test
    void htmlBecomesCleanMarkdown() {
        String out = markdown("<p>A <span style=\"color:red\">red</span> word &ndash; “quoted”, H<sub>2</sub>O.</p>"
                + "<h2 id=\"x\">Head</h2><table><tr><th>a</th></tr><tr><td>b | c</td></tr></table>"
                + "<figure><table><tr><td>t</td></tr></table><figcaption>Table caption</figcaption></figure>"
                + "<blockquote><p>Said.</p><cite>Someone</cite></blockquote><hr>"
                + "<pre><code class=\"language-js\">let x = 1;</code></pre>"
                + "<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"></iframe>\n"
                + "<iframe src=\"https://maps.example.org/m\"></iframe>\n<script src=\"https://x.example/w.js\"></script>");
        assertThat(out).contains("A red word – “quoted”, H<sub>2</sub>O.", "## Head\n", "| b \\| c |",
                "*Table caption*", "> Said.\n> — Someone", "\n---\n", "```js\nlet x = 1;\n```",
                "::youtube{id=\"dQw4w9WgXcQ\" title=\"YouTube video\"}",
                "> [Embedded content from maps.example.org](https://maps.example.org/m)")
                .doesNotContain("span", "script", "iframe", "{#");
        assertThat(notes).containsExactlyInAnyOrder(
                "2: embedded frame of maps.example.org became a link: Broadsheet's pages load nothing from other hosts",
                "3: script removed (https://x.example/w.js): pages load nothing from other hosts; what it showed is"
                        + " kept as far as the HTML has it");
    }

    @Test
    void permalinkStructureIsInferredFromPublishedLinks() {
        var a = new WordPressPermalinks.Post(1, "a", java.time.LocalDateTime.parse("2021-03-15T09:30"), "local");
        var b = new WordPressPermalinks.Post(2, "b", java.time.LocalDateTime.parse("2021-04-01T09:30"), "news");
        assertThat(WordPressPermalinks.infer(Map.of(a, "/2021/03/a/", b, "/2021/04/b/")))
                .contains(new WordPressPermalinks.Structure("/%year%/%monthnum%/%postname%/", 2, 2));
        assertThat(WordPressPermalinks.infer(Map.of(a, "/local/a/", b, "/odd/place/")))
                .contains(new WordPressPermalinks.Structure("/%category%/%postname%/", 1, 2));
        assertThat(WordPressPermalinks.url("/archives/%post_id%", a)).isEqualTo("/archives/1");
    }
}
