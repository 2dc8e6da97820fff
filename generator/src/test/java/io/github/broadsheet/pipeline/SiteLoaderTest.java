package io.github.broadsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.Generator;
import io.github.broadsheet.TestSite;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.Content;
import io.github.broadsheet.page.RenderTask;
import io.github.broadsheet.page.ThemeDataModelTest;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.render.TemplateRenderer;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.theme.Theme;
import io.github.broadsheet.theme.ThemeResolver;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A big site's bodies are packed between reading and rendering; nothing a reader sees may change with it. */
class SiteLoaderTest {

    @TempDir
    Path dir;

    /** Long enough to be packed; characters beyond Latin-1, a code block, raw HTML, typographic quotes. */
    private static final String BODY = """
            ## Über „Zürich“ — 東京 and 🚋

            The “tram” isn't late; it's *early*. Ünïcödé, ﬁne, Ελληνικά, עברית, русский.

            ```java
            String s = "<b>ü</b>"; // 東京 & co
            ```

            <div class="note">Raw <em>HTML</em> &amp; an entity.</div>

            """.repeat(4);

    @Test
    void packedBodiesGiveTheSameTextAndTheSamePages() throws Exception {
        TestSite site = ThemeDataModelTest.richSite(new TestSite(dir))
                .article("2026-01-20-unicode.md", "title: Über Zürich\ndate: 2026-01-20\ntags: [trams]", BODY)
                .article("2026-01-21-second.md", "title: Second\ndate: 2026-01-21\ntags: [trams]", BODY + "More.\n");
        SiteConfig config = site.config();

        Content plain = new SiteLoader(config, null, Long.MAX_VALUE).read(new Problems());
        Content packed = new SiteLoader(config, null, 0).read(new Problems());
        Comparator<Article> bySlug = Comparator.comparing(Article::slug);
        List<Article> plainArticles = plain.articles().stream().sorted(bySlug).toList();
        List<Article> packedArticles = packed.articles().stream().sorted(bySlug).toList();
        assertThat(packedArticles).hasSameSizeAs(plainArticles);
        assertThat(plainArticles).noneMatch(a -> a.bodyHtml().isPacked() || a.bodyText().isPacked());
        assertThat(packedArticles).filteredOn(a -> a.slug().equals("unicode"))
                .singleElement().matches(a -> a.bodyHtml().isPacked() && a.bodyText().isPacked());
        for (int i = 0; i < plainArticles.size(); i++) {
            assertThat(packedArticles.get(i).html()).isEqualTo(plainArticles.get(i).html());
            assertThat(packedArticles.get(i).text()).isEqualTo(plainArticles.get(i).text());
            assertThat(packedArticles.get(i)).isEqualTo(plainArticles.get(i));
        }

        Map<String, String> plainPages = pages(config, new SiteLoader(config, null, Long.MAX_VALUE));
        Map<String, String> packedPages = pages(config, new SiteLoader(config, null, 0));
        assertThat(packedPages).isEqualTo(plainPages);
        assertThat(packedPages.get("articles/unicode/index.html")).contains("東京", "🚋", "<em>HTML</em>",
                "&lt;b&gt;ü&lt;/b&gt;");
    }

    private static Map<String, String> pages(SiteConfig config, SiteLoader loader) throws Exception {
        Problems problems = new Problems();
        Site site = loader.load(problems);
        assertThat(problems.sorted()).isEmpty();
        Map<String, String> pages = new TreeMap<>();
        try (Theme theme = new ThemeResolver(Generator.class.getClassLoader()).resolve(config.layout())) {
            TemplateRenderer renderer = new TemplateRenderer(theme, Locale.ENGLISH);
            for (RenderTask task : BuildPlan.of(site, config, theme).pages()) {
                pages.put(task.path(), renderer.render(task).orElse("failed: " + renderer.failures()));
            }
        }
        return pages;
    }
}
