package io.github.broadsheet.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.Generator;
import io.github.broadsheet.TestSite;
import io.github.broadsheet.build.SiteLoader;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.page.PagePlan;
import io.github.broadsheet.page.RenderTask;
import io.github.broadsheet.page.ThemeDataModelTest;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.theme.Theme;
import io.github.broadsheet.theme.ThemeResolver;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page is kept from the last build when its model digest is unchanged, so the digest must see every value a
 * template can see: a view component that the digest leaves out would keep pages stale.
 */
class ModelDigestTest {

    @TempDir
    Path dir;

    private List<RenderTask> tasks(TestSite site, String context) throws Exception {
        SiteConfig config = site.config();
        Problems problems = new Problems();
        Site model = new SiteLoader(config).load(problems);
        assertThat(problems.sorted()).isEmpty();
        try (Theme theme = new ThemeResolver(Generator.class.getClassLoader()).resolve(config.layout())) {
            return new PagePlan(model, config.publishing(), Map.of("theme", theme.view(), "context", context))
                    .tasks();
        }
    }

    @Test
    void everyValueOfEveryPageIsWrittenOutCompletely() throws Exception {
        TestSite site = ThemeDataModelTest.richSite(new TestSite(dir)).configure(b -> b.pageSize(1));
        List<RenderTask> tasks = tasks(site, "c");
        Set<String> kinds = new HashSet<>();
        for (RenderTask task : tasks) {
            kinds.add(task.template());
            assertThat(new ModelDigest("c", null).of(task)).as("digest of %s", task.path()).isPresent();
            task.model().forEach((name, value) -> assertThat(ModelDigest.text(value))
                    .as("%s of %s, written out as its toString() does", name, task.path())
                    .isEqualTo(String.valueOf(value)));
        }
        assertThat(kinds).contains("index.ftlh", "article.ftlh", "tag.ftlh", "tags.ftlh", "archive.ftlh",
                "redirect.ftlh", "search.ftlh", "404.ftlh");
    }

    @Test
    void anEditChangesTheDigestsOfThePagesThatShowIt() throws Exception {
        TestSite site = ThemeDataModelTest.richSite(new TestSite(dir));
        Map<String, String> before = digests(tasks(site, "c"), "c");
        site.article("2026-01-12-budget.md", "title: Budget passes\ndate: 2026-01-12\ntags: [city council]",
                "The council voted for the budget, 40 to 12.\n");
        Map<String, String> after = digests(tasks(site, "c"), "c");
        assertThat(after.keySet()).isEqualTo(before.keySet());
        assertThat(after.get("articles/budget/index.html"))
                .isNotEqualTo(before.get("articles/budget/index.html"));
        assertThat(after.get("index.html")).isNotEqualTo(before.get("index.html"));
        assertThat(after.get("search/index.html")).isEqualTo(before.get("search/index.html"));
        assertThat(after.get("tags/index.html")).isEqualTo(before.get("tags/index.html"));
        assertThat(digests(tasks(site, "c"), "other templates").get("tags/index.html"))
                .isNotEqualTo(after.get("tags/index.html"));
    }

    private static Map<String, String> digests(List<RenderTask> tasks, String context) {
        ModelDigest digest = new ModelDigest(context, null);
        Map<String, String> digests = new java.util.TreeMap<>();
        tasks.forEach(task -> digests.put(task.path(), digest.of(task).orElseThrow()));
        return digests;
    }
}
