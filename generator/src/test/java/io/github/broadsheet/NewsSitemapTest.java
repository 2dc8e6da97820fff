package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.config.SiteSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code news-sitemap.xml}: the articles of the last 48 hours before the build's "now", with the publication's
 * name and language, title and publication date, named in {@code robots.txt} and valid against the sitemap schema
 * with our schema of Google's {@code news:} namespace.
 */
class NewsSitemapTest {

    @TempDir
    Path dir;

    private static String at(Duration beforeNow) {
        return TestSite.NOW.minus(beforeNow).toString();
    }

    @Test
    void recentArticlesAreListedWithPublicationLanguageTitleAndDate() throws Exception {
        TestSite site = new TestSite(dir)
                .configure(b -> b.site(new SiteSettings("Tageblatt & Co", "Tests", "https://example.org/news/", "de",
                        "Desk")))
                .article("a.md", "title: Tram <line> 4 & more\ndate: " + at(Duration.ofHours(1)), "A.\n")
                .article("b.md", "title: Budget passes\ndate: " + at(Duration.ofHours(47)), "B.\n")
                .article("c.md", "title: Too old\ndate: " + at(Duration.ofHours(49)), "C.\n")
                .file("content/pages/about.md", "---\ntitle: About\ndate: " + at(Duration.ofHours(2))
                        + "\n---\nAbout.\n")
                .build();
        String xml = site.text("news-sitemap.xml");
        validate(xml);
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        assertThat(doc.select("url > loc")).extracting(Element::text)
                .containsExactly("https://example.org/news/articles/a/", "https://example.org/news/articles/b/");
        Element first = doc.selectFirst("url");
        assertThat(first.select("news|publication > news|name").text()).isEqualTo("Tageblatt & Co");
        assertThat(first.select("news|publication > news|language").text()).isEqualTo("de");
        assertThat(first.select("news|title").text()).isEqualTo("Tram <line> 4 & more");
        assertThat(Instant.parse(first.select("news|publication_date").text()))
                .isEqualTo(TestSite.NOW.minus(Duration.ofHours(1)));
        assertThat(site.text("robots.txt")).contains("Sitemap: https://example.org/news/news-sitemap.xml");
    }

    @Test
    void withoutRecentArticlesThereIsNoNewsSitemapAndRobotsTxtDoesNotNameIt() throws Exception {
        TestSite site = new TestSite(dir)
                .article("c.md", "title: Too old\ndate: " + at(Duration.ofHours(49)), "C.\n")
                .build();
        // A sitemap needs at least one URL (the sitemaps.org schema), so an empty one would be invalid.
        assertThat(site.output().resolve("news-sitemap.xml")).doesNotExist();
        assertThat(site.text("robots.txt")).doesNotContain("news-sitemap");
        validate(site.text("sitemap.xml"));
    }

    @Test
    void ourSchemaRejectsANewsEntryWithoutItsRequiredParts() throws Exception {
        String entry = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/"
                + "sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>https://"
                + "example.org/a/</loc><news:news><news:publication><news:name>X</news:name><news:language>English"
                + "</news:language></news:publication><news:title>T</news:title></news:news></url></urlset>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> validate(entry))
                .hasMessageContaining("'English'");
    }

    private void validate(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Schema schema = factory.newSchema(new Source[] {
                new StreamSource(getClass().getResource("/sitemap-0.9.xsd").toString()),
                new StreamSource(getClass().getResource("/sitemap-news-0.9.xsd").toString())});
        Validator validator = schema.newValidator();
        validator.validate(new StreamSource(new java.io.StringReader(xml)));
    }
}
