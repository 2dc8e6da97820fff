package io.github.broadsheet.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.TestSite;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.ArticleParser;
import io.github.broadsheet.content.DateParser;
import io.github.broadsheet.content.SourceFile;
import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteAssembler;
import io.github.broadsheet.site.SitePages;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sitemap holds at most 50,000 URLs: bigger sites get several, named by a sitemap index. */
class SitemapTest {

    @TempDir
    Path dir;

    private Site site(int articles) {
        TestSite test = new TestSite(dir);
        ArticleParser parser = new ArticleParser(new MarkdownRenderer(false), new DateParser(ZoneOffset.UTC));
        Problems problems = new Problems();
        List<Article> parsed = new ArrayList<>();
        for (int i = 1; i <= articles; i++) {
            Path file = dir.resolve("content/articles/a" + i + ".md");
            String text = "---\ntitle: Story " + i + "\ndate: 2026-01-" + (10 + i) + "\ntags: [t" + (i % 2) + "]\n---\nBody.\n";
            parser.parse(new SourceFile(file, dir.relativize(file), List.of()), text, problems).ifPresent(parsed::add);
        }
        Site site = new SiteAssembler(test.config()).assemble(parsed, problems);
        assertThat(problems.sorted()).isEmpty();
        return site;
    }

    private static Map<String, String> byPath(List<GeneratedFile> files) {
        Map<String, String> texts = new LinkedHashMap<>();
        files.forEach(file -> texts.put(file.path(), new String(file.bytes(), StandardCharsets.UTF_8)));
        return texts;
    }

    private static List<String> locs(String xml) {
        return Jsoup.parse(xml, "", Parser.xmlParser()).select("loc").eachText();
    }

    @Test
    void splitsIntoSeveralSitemapsNamedByAnIndex() throws Exception {
        Site site = site(7);
        Map<String, String> whole = byPath(new Sitemap(site, SitePages.of(site, 10), List.of()).files());
        Map<String, String> split = byPath(new Sitemap(site, SitePages.of(site, 10), List.of(), 3).files());

        List<String> all = locs(whole.get("sitemap.xml"));
        assertThat(all).hasSize(12); // home, 7 articles, tag index, 2 tags, archive
        assertThat(split).containsOnlyKeys("robots.txt", "sitemap.xml", "sitemap-1.xml", "sitemap-2.xml",
                "sitemap-3.xml", "sitemap-4.xml");
        String index = split.get("sitemap.xml");
        assertThat(index).contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        assertThat(locs(index)).containsExactly("https://example.org/news/sitemap-1.xml",
                "https://example.org/news/sitemap-2.xml", "https://example.org/news/sitemap-3.xml",
                "https://example.org/news/sitemap-4.xml");
        List<String> parts = new ArrayList<>();
        for (int part = 1; part <= 4; part++) {
            String xml = split.get("sitemap-" + part + ".xml");
            assertThat(locs(xml)).hasSizeLessThanOrEqualTo(3);
            parts.addAll(locs(xml));
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(getClass().getResource("/sitemap-0.9.xsd")).newValidator()
                    .validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        }
        assertThat(parts).isEqualTo(all);
        assertThat(split.get("robots.txt")).contains("Sitemap: https://example.org/news/sitemap.xml");
    }

    @Test
    void aSiteWithinTheLimitHasOneSitemap() {
        Site site = site(2);
        assertThat(byPath(new Sitemap(site, SitePages.of(site, 10), List.of(), 7).files())).containsOnlyKeys("robots.txt",
                "sitemap.xml");
    }
}
