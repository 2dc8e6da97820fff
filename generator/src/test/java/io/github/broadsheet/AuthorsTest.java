package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.problem.Problem;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authors as people: {@code content/authors/<id>.md} gives a page with photo, bio, links and the author's articles;
 * bylines link there; JSON-LD names a Person with that URL; an unknown id is an error at its line.
 */
class AuthorsTest {

    @TempDir
    Path dir;

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private TestSite site() throws Exception {
        return new TestSite(dir)
                .file("content/authors/jana-novak.md", """
                        ---
                        name: Jana Novak
                        role: Transport correspondent
                        photo: jana-novak.png
                        links:
                          website: https://jana.example/
                          mastodon: "@jana@social.example"
                          email: jana@example.org
                        ---
                        Jana has covered **transport** since 2019.
                        """)
                .bytes("content/authors/jana-novak.png", png(90, 120))
                .file("content/authors/piet-de-vries.md", "---\nname: Piet de Vries\nphoto: https://cdn.example/p.jpg\n"
                        + "---\n")
                .article("2026-03-01-a.md", "title: Tram line 4 opens\ndate: 2026-03-01\nauthors: [jana-novak]",
                        "The first tram left at five.\n")
                .article("2026-03-02-b.md", "title: Budget passes\ndate: 2026-03-02\n"
                        + "authors: [jana-novak, Piet de Vries]", "The council voted.\n")
                .article("2026-03-03-c.md", "title: Opera season\ndate: 2026-03-03\nauthor: piet-de-vries", "Arias.\n");
    }

    @Test
    void anAuthorHasAPageWithPhotoBioLinksArticlesAndFeed() throws Exception {
        TestSite site = site().build();
        Document page = site.page("authors/jana-novak/");
        assertThat(page.select("h1").text()).isEqualTo("Jana Novak");
        assertThat(page.select(".profile-role").text()).isEqualTo("Transport correspondent");
        assertThat(page.select(".profile-bio strong").text()).isEqualTo("transport");
        Element photo = page.select("img.profile-photo").first();
        assertThat(photo.attr("src")).isEqualTo("/news/authors/jana-novak/jana-novak.png");
        assertThat(photo.attr("width")).isEqualTo("90");
        assertThat(photo.attr("height")).isEqualTo("120");
        assertThat(site.output().resolve("authors/jana-novak/jana-novak.png")).isRegularFile();
        assertThat(page.select(".profile-links a")).extracting(e -> e.attr("href")).containsExactly(
                "https://jana.example/", "https://social.example/@jana", "mailto:jana@example.org");
        assertThat(page.select(".card-title a")).extracting(Element::text)
                .containsExactly("Budget passes", "Tram line 4 opens");
        assertThat(site.output().resolve("authors/jana-novak/feed.xml")).isRegularFile();
        JsonNode profile = new ObjectMapper().readTree(page.select("script[type=application/ld+json]").html());
        assertThat(profile.get("@type").asText()).isEqualTo("ProfilePage");
        assertThat(profile.at("/mainEntity/jobTitle").asText()).isEqualTo("Transport correspondent");
        assertThat(page.select("meta[property=og:image]").attr("content"))
                .isEqualTo("https://example.org/news/authors/jana-novak/jana-novak.png");
        assertThat(site.page("authors/").select(".person-name")).extracting(Element::text)
                .containsExactly("Jana Novak", "Piet de Vries");
    }

    @Test
    void bylinesLinkTheAuthorsPagesAndJsonLdNamesThemAsPersons() throws Exception {
        Document article = site().build().page("articles/b/");
        assertThat(article.select(".byline .author").text()).isEqualTo("By Jana Novak and Piet de Vries");
        assertThat(article.select(".byline .author a")).extracting(e -> e.attr("href"))
                .containsExactly("/news/authors/jana-novak/", "/news/authors/piet-de-vries/");
        assertThat(article.select(".byline img.byline-photo")).extracting(e -> e.attr("src"))
                .containsExactly("/news/authors/jana-novak/jana-novak.png", "https://cdn.example/p.jpg");
        JsonNode ld = new ObjectMapper().readTree(article.select("script[type=application/ld+json]").html());
        assertThat(ld.at("/author/0/@type").asText()).isEqualTo("Person");
        assertThat(ld.at("/author/0/url").asText()).isEqualTo("https://example.org/news/authors/jana-novak/");
        assertThat(ld.at("/author/1/name").asText()).isEqualTo("Piet de Vries");
    }

    @Test
    void anUnknownAuthorIdIsAnErrorAtTheLineOfTheKey() throws Exception {
        BuildFailedException failure = site()
                .article("2026-03-04-d.md", "title: D\ndate: 2026-03-04\nauthors: [jana-novak, jan-novak]", "D.\n")
                .article("2026-03-05-e.md", "title: E\ndate: 2026-03-05\ndraft: true\nauthor: Someone Else", "E.\n")
                .buildFailing();
        assertThat(failure.problems()).extracting(Problem::toString).containsExactly(
                "content/articles/2026-03-04-d.md:4: unknown author 'jan-novak': no such file in content/authors/"
                        + " (an author is named by the file name without .md, such as jana-novak); add the file, or"
                        + " fix the name",
                "content/articles/2026-03-05-e.md:5: unknown author 'Someone Else': no such file in content/authors/"
                        + " (an author is named by the file name without .md, such as jana-novak); add the file, or"
                        + " fix the name");
    }

    @Test
    void withoutAuthorFilesAuthorsAreNamesWithPages() throws Exception {
        TestSite site = new TestSite(dir)
                .article("a.md", "title: A\ndate: 2026-03-01\nauthor: Jana Novak", "A.\n")
                .article("b.md", "title: B\ndate: 2026-03-02\nauthors: [jana novak, Piet]", "B.\n")
                .build();
        assertThat(site.page("authors/jana-novak/").select("h1").text()).isEqualTo("Jana Novak");
        assertThat(site.page("authors/jana-novak/").select(".card-title a")).hasSize(2);
        assertThat(site.page("articles/b/").select(".byline .author a")).extracting(Element::text)
                .containsExactly("Jana Novak", "Piet");
    }

    @Test
    void aPhotoThatIsNotBesideTheAuthorFileIsAnError() throws Exception {
        BuildFailedException failure = new TestSite(dir)
                .file("content/authors/jana.md", "---\nname: Jana\nphoto: missing.png\n---\n")
                .article("a.md", "title: A\ndate: 2026-03-01\nauthor: jana", "A.\n")
                .buildFailing();
        assertThat(failure.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("content/authors/jana.md:3: photo 'missing.png' is not a file beside this one");
    }
}
