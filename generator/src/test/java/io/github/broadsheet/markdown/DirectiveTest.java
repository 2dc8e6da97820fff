package io.github.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectiveTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer(false);

    private Document html(String markdown) {
        RenderedMarkdown rendered = renderer.render(markdown);
        assertThat(rendered.problems()).isEmpty();
        return Jsoup.parseBodyFragment(rendered.html());
    }

    private List<RenderedMarkdown.Problem> problems(String markdown) {
        return renderer.render(markdown).problems();
    }

    @Test
    void youtubeLoadsNothingUntilClicked() {
        Document doc = html("Intro.\n\n::youtube{id=\"dQw4w9WgXcQ\" title=\"Tram line 4 <opens>\" start=\"42\"}\n");
        Element figure = doc.selectFirst("figure.embed.embed-youtube");
        Element link = figure.selectFirst("a.embed-load");
        assertThat(link.attr("data-embed-src"))
                .isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42");
        assertThat(link.text()).isEqualTo("Tram line 4 <opens>");
        // Without script, the link leads to the video; a link loads nothing until it is followed.
        assertThat(link.attr("href")).isEqualTo("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s");
        assertThat(doc.select("iframe, script, [src], [poster]")).isEmpty();
    }

    @Test
    void youtubeShowsALocalPosterIfGiven() {
        Element button = html("::youtube{id=\"dQw4w9WgXcQ\" title=\"T\" poster=\"first tram.jpg\"}\n")
                .selectFirst("a.embed-load");
        assertThat(button.selectFirst("img").attr("src")).isEqualTo("first%20tram.jpg");
        assertThat(button.selectFirst("img").attr("alt")).isEmpty();
    }

    @Test
    void vimeoLoadsNothingUntilClicked() {
        Document doc = html("::vimeo{id=\"76979871\" title=\"Harbour at dawn\"}\n");
        Element link = doc.selectFirst("figure.embed-vimeo a.embed-load");
        assertThat(link.attr("data-embed-src")).isEqualTo("https://player.vimeo.com/video/76979871?autoplay=1&dnt=1");
        assertThat(link.text()).isEqualTo("Harbour at dawn");
        assertThat(link.attr("href")).isEqualTo("https://vimeo.com/76979871");
        assertThat(doc.select("iframe, [src]")).isEmpty();
    }

    @Test
    void videoAndAudioUseTheBrowsersPlayerWithoutPreloading() {
        Document doc = html("""
                ::video{src="clip.mp4" poster="clip.jpg" title="The first tram"}

                ::audio{src="/media/interview.mp3"}
                """);
        Element video = doc.selectFirst("figure.embed-video > video");
        assertThat(video.hasAttr("controls")).isTrue();
        assertThat(video.attr("preload")).isEqualTo("none");
        assertThat(video.attr("src")).isEqualTo("clip.mp4");
        assertThat(video.attr("poster")).isEqualTo("clip.jpg");
        assertThat(doc.selectFirst("figure.embed-video > figcaption").text()).isEqualTo("The first tram");
        Element audio = doc.selectFirst("figure.embed-audio > audio");
        assertThat(audio.attr("preload")).isEqualTo("none");
        assertThat(audio.attr("src")).isEqualTo("/media/interview.mp3");
        assertThat(doc.select("figure.embed-audio > figcaption")).isEmpty();
    }

    @Test
    void galleryIsAFigureOfFigures() {
        Document doc = html("""
                :::gallery{caption="Opening day"}
                ![The depot](depot.jpg "Caption one")
                ![The first tram](tram.jpg)
                :::

                After.
                """);
        Element gallery = doc.selectFirst("figure.gallery");
        assertThat(gallery.select("> figure > img").eachAttr("src")).containsExactly("depot.jpg", "tram.jpg");
        assertThat(gallery.select("> figure > img").eachAttr("alt")).containsExactly("The depot", "The first tram");
        assertThat(gallery.select("> figure > figcaption").eachText()).containsExactly("Caption one");
        assertThat(gallery.select("> figcaption").text()).isEqualTo("Opening day");
        assertThat(doc.select("body > p").text()).isEqualTo("After.");
    }

    @Test
    void pullquoteIsAQuoteWithItsSource() {
        Document doc = html("""
                Before.

                :::pullquote{cite="Jana Novak, mayor"}
                The tram is *back*, and it is here to stay.
                :::
                """);
        Element quote = doc.selectFirst("figure.pullquote");
        assertThat(quote.selectFirst("blockquote > p").html()).isEqualTo("The tram is <em>back</em>, and it is here to stay.");
        assertThat(quote.selectFirst("figure > figcaption").text()).isEqualTo("Jana Novak, mayor");
        assertThat(renderer.render("Before.\n\n:::pullquote{cite=\"J\"}\nQuoted.\n:::\n").text()).contains("Quoted.");
        // The closing line ends the container even when text follows at once.
        Document after = html(":::pullquote\nQuoted.\n:::\nAfter.\n");
        assertThat(after.select("body > p").text()).isEqualTo("After.");
        assertThat(after.select("blockquote").text()).isEqualTo("Quoted.");
    }

    @Test
    void directivesInterruptAParagraphAndLeaveTheRestAlone() {
        Document doc = html("A paragraph\n::audio{src=\"a.mp3\"}\nand more.\n");
        assertThat(doc.select("p").eachText()).containsExactly("A paragraph", "and more.");
        assertThat(doc.select("audio")).hasSize(1);
    }

    @Test
    void textThatOnlyLooksLikeADirectiveStaysText() {
        for (String text : List.of("::std::cout << x;", "::: tip", "::", "::::", "a ::youtube{id=\"x\"}",
                "    ::youtube{id=\"x\"}")) {
            RenderedMarkdown rendered = renderer.render(text + "\n");
            assertThat(rendered.problems()).as(text).isEmpty();
            assertThat(rendered.html()).as(text).doesNotContain("<figure");
        }
        assertThat(html("```\n::youtube{id=\"x\"}\n:::\n```\n").select("code").text())
                .isEqualTo("::youtube{id=\"x\"}\n:::");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            ~::yotube{id="dQw4w9WgXcQ" title="T"}~            | 3 | unknown directive ::yotube; the directives are ::youtube, ::vimeo, ::video, ::audio, :::gallery, :::pullquote
            ~::youtube{title="T"}~                            | 3 | ::youtube needs id="..."
            ~::youtube{id="dQw4w9WgXcQ"}~                     | 3 | ::youtube needs title="..."
            ~::youtube{id="short" title="T"}~                 | 3 | ::youtube: id "short" is not a YouTube video id
            ~::youtube{id="dQw4w9WgXcQ" tilte="T"}~           | 3 | ::youtube has no attribute 'tilte'; it takes id, title, poster, start
            ~::youtube{id=dQw4w9WgXcQ title="T"}~             | 3 | ::youtube: write the attribute id as id="value"
            ~::youtube{id="dQw4w9WgXcQ" title="T"~            | 3 | ::youtube: the attributes are not closed with '}'
            ~::youtube{id="dQw4w9WgXcQ title="T"}~            | 3 | ::youtube: separate the attributes with spaces
            ~::youtube{id="dQw4w9WgXcQ" id="x" title="T"}~    | 3 | ::youtube: the attribute id is given twice
            ~::youtube{id="dQw4w9WgXcQ" title="T"} and more~  | 3 | ::youtube: nothing may follow the closing '}'
            ~::youtube id="dQw4w9WgXcQ"~                      | 3 | ::youtube: after the name only {key="value" ...} may follow
            ~::vimeo{id="abc" title="T"}~                     | 3 | ::vimeo: id "abc" is not a Vimeo video id
            ~::video{title="T"}~                              | 3 | ::video needs src="..."
            ~::video{src="https://cdn.example.com/a.mp4"}~    | 3 | ::video: src "https://cdn.example.com/a.mp4" must be a file of the site
            ~::audio{src="//cdn.example.com/a.mp3"}~          | 3 | ::audio: src "//cdn.example.com/a.mp3" must be a file of the site
            ~::youtube{id="dQw4w9WgXcQ" title="T" poster="javascript:x"}~ | 3 | ::youtube: poster "javascript:x" must be a file of the site
            ~::gallery~                                       | 3 | ::gallery is a container: open it with ':::gallery'
            ~:::youtube{id="dQw4w9WgXcQ" title="T"}~          | 3 | :::youtube is one line with two colons
            ~:::~                                             | 3 | this ':::' line closes no container
            """)
    void reportsEachErrorAtItsLine(String directive, int line, String message) {
        List<RenderedMarkdown.Problem> problems = problems("Intro.\n\n" + directive + "\n\nAfter.\n");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(line);
        assertThat(problems.get(0).message()).startsWith(message);
    }

    @Test
    void anUnclosedContainerIsAnErrorAtItsOpeningLine() {
        List<RenderedMarkdown.Problem> problems = problems("One.\n\nTwo.\n\n:::pullquote\nQuoted.\n\nThe rest.\n");
        assertThat(problems).containsExactly(
                new RenderedMarkdown.Problem(5, ":::pullquote is not closed: end it with a ':::' line"));
    }

    @Test
    void aMisspeltContainerIsOneErrorNotTwo() {
        assertThat(problems(":::galery\n![a](a.jpg)\n:::\n")).extracting(RenderedMarkdown.Problem::message)
                .containsExactly("unknown directive :::galery; the directives are ::youtube, ::vimeo, ::video,"
                        + " ::audio, :::gallery, :::pullquote");
    }

    @Test
    void aGalleryHoldsOnlyImages() {
        assertThat(problems("Intro.\n\n:::gallery\n![a](a.jpg)\n\nSome text.\n:::\n"))
                .containsExactly(new RenderedMarkdown.Problem(6,
                        ":::gallery may hold only images, one per line, such as ![The depot](depot.jpg \"Caption\")"));
        assertThat(problems(":::gallery\n:::\n")).extracting(RenderedMarkdown.Problem::line).containsExactly(1);
    }

    @Test
    void containersDoNotNest() {
        assertThat(problems(":::pullquote\n:::gallery\n![a](a.jpg)\n:::\n"))
                .extracting(RenderedMarkdown.Problem::line, RenderedMarkdown.Problem::message)
                .contains(org.assertj.core.groups.Tuple.tuple(2, ":::gallery cannot be inside another container"));
    }

    @Test
    void allProblemsOfABodyAreReportedInOrder() {
        assertThat(problems("::nope{}\n\n::video{}\n\ntext\n\n::audio{src=\"a.mp3\" x=\"1\"}\n"))
                .extracting(RenderedMarkdown.Problem::line).containsExactly(1, 3, 7);
    }

    @Test
    void aDirectiveWithAProblemIsShownAsItsText() {
        assertThat(renderer.render("::video{src=\"https://x.example/<b>\"}\n").html())
                .isEqualTo("<p>::video{src=&quot;https://x.example/&lt;b&gt;&quot;}</p>\n");
    }

    @Test
    void sanitizedHtmlKeepsTheEmbeds() {
        Document doc = Jsoup.parseBodyFragment(new MarkdownRenderer(true).render("""
                ::youtube{id="dQw4w9WgXcQ" title="T" poster="p.jpg"}

                ::video{src="clip.mp4" poster="clip.jpg" title="V"}

                ::audio{src="a.mp3"}

                :::gallery
                ![The depot](depot.jpg "One")
                :::

                :::pullquote{cite="J"}
                Q
                :::

                <a href="/x" data-embed-src="https://evil.example/">x</a><video src="https://evil.example/v.mp4"></video>
                """).html());
        assertThat(doc.select("figure.embed-youtube a.embed-load[data-embed-src^=https://www.youtube-nocookie.com/]"))
                .hasSize(1);
        assertThat(doc.select("figure.embed-youtube a.embed-load[href^=https://www.youtube.com/watch]")).hasSize(1);
        assertThat(doc.select("figure.embed-youtube a img[src=p.jpg]")).hasSize(1);
        assertThat(doc.select("video[controls][preload=none][src=clip.mp4][poster=clip.jpg]")).hasSize(1);
        assertThat(doc.select("audio[controls][preload=none][src=a.mp3]")).hasSize(1);
        assertThat(doc.select("figure.gallery > figure > img[src=depot.jpg]")).hasSize(1);
        assertThat(doc.select("figure.pullquote > blockquote")).hasSize(1);
        // The author's own raw HTML gets none of this.
        assertThat(doc.select("[data-embed-src^=https://evil], [src^=https://evil]")).isEmpty();
    }
}
