package io.github.broadsheet.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import io.github.broadsheet.Generator;
import io.github.broadsheet.TestSite;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.markdown.RenderedMarkdown;
import io.github.broadsheet.page.ArchiveView;
import io.github.broadsheet.page.ArticleView;
import io.github.broadsheet.page.PagePlan;
import io.github.broadsheet.page.PageView;
import io.github.broadsheet.page.PaginationView;
import io.github.broadsheet.page.RenderTask;
import io.github.broadsheet.page.ThemeDataModelTest;
import io.github.broadsheet.pipeline.SiteLoader;
import io.github.broadsheet.problem.Problems;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.text.PackedText;
import io.github.broadsheet.theme.Theme;
import io.github.broadsheet.theme.ThemeResolver;
import io.github.broadsheet.theme.ThemeView;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
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
        site.article("2026-01-12-budget.md", "title: Budget passes\ndate: 2026-01-12\ntags: [city council]\n"
                + "section: City", "The council voted for the budget, 40 to 12.\n");
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

    /**
     * Every component of every record a template can see (the views of the page package, the theme's view and
     * what they hold), changed alone, changes the page's digest; a view type without a digest fails too. So a
     * component added to a view without a line in {@link ModelDigest} fails here, whether or not a test site
     * happens to show it.
     */
    @Test
    void everyComponentOfEveryViewChangesTheDigest() throws Exception {
        Set<Class<?>> views = new LinkedHashSet<>(viewsOf(PagePlan.class));
        views.add(ThemeView.class);
        List<Class<?>> queue = new ArrayList<>(views);
        while (!queue.isEmpty()) {
            for (RecordComponent component : queue.remove(0).getRecordComponents()) {
                Class<?> type = itemType(component.getGenericType());
                if (type.isRecord() && views.add(type)) {
                    queue.add(type);
                }
            }
        }
        assertThat(views).contains(ArticleView.class, PageView.class, PaginationView.PageLink.class,
                ArchiveView.Month.class, RenderedMarkdown.Heading.class, ThemeView.class);
        ModelDigest digest = new ModelDigest("c", null);
        for (Class<?> view : views) {
            Object sample = sample(view, false);
            Optional<String> before = digest.of(RenderTask.of("t.ftlh", Map.of("v", sample), "p", null));
            assertThat(before).as("digest of a %s", view.getSimpleName()).isPresent();
            for (RecordComponent component : view.getRecordComponents()) {
                Object changed = with(sample, component, sample(component.getGenericType(), true));
                assertThat(digest.of(RenderTask.of("t.ftlh", Map.of("v", changed), "p", null)))
                        .as("digest of a %s with another %s", view.getSimpleName(), component.getName())
                        .isPresent().isNotEqualTo(before);
            }
        }
    }

    /** The {@code *View} records of a class's package, from its folder of compiled classes. */
    private static List<Class<?>> viewsOf(Class<?> member) throws Exception {
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(member.getResource(member.getSimpleName() + ".class").toURI())
                .getParent())) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith("View.class")) {
                    Class<?> type = Class.forName(member.getPackageName() + "." + name.replace(".class", ""));
                    if (type.isRecord()) {
                        records.add(type);
                    }
                }
            }
        }
        return records;
    }

    /** The type itself, or the items' type of a list. */
    private static Class<?> itemType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return itemType(p.getActualTypeArguments()[0]);
        }
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    /** A value of the type; {@code other} gives a different one (every component of a record differs). */
    private static Object sample(Type type, boolean other) throws Exception {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return List.of(sample(p.getActualTypeArguments()[0], other));
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return Map.of("key", other ? "other" : "value");
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return other ? "other" : "value";
        }
        if (c == int.class) {
            return other ? 2 : 1;
        }
        if (c == double.class) {
            return other ? 2.5 : 1.5;
        }
        if (c == boolean.class) {
            return other;
        }
        if (c == TemplateHTMLOutputModel.class) {
            return HTMLOutputFormat.INSTANCE.fromMarkup(other ? "<p>other</p>" : "<p>value</p>");
        }
        if (c == PackedText.class) {
            return PackedText.of(other ? "<p>other</p>" : "<p>value</p>");
        }
        if (c.isRecord()) {
            RecordComponent[] components = c.getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = sample(components[i].getGenericType(), other);
            }
            return canonical(c).newInstance(values);
        }
        throw new AssertionError("no sample of " + type + " for a view; add one to this test");
    }

    /** A copy of a record with one component replaced. */
    private static Object with(Object record, RecordComponent replaced, Object value) throws Exception {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals(replaced.getName()) ? value
                    : components[i].getAccessor().invoke(record);
        }
        return canonical(record.getClass()).newInstance(values);
    }

    private static Constructor<?> canonical(Class<?> record) throws Exception {
        Constructor<?> constructor = record.getDeclaredConstructor(Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getType).toArray(Class<?>[]::new));
        constructor.setAccessible(true);
        return constructor;
    }

    private static Map<String, String> digests(List<RenderTask> tasks, String context) {
        ModelDigest digest = new ModelDigest(context, null);
        Map<String, String> digests = new TreeMap<>();
        tasks.forEach(task -> digests.put(task.path(), digest.of(task).orElseThrow()));
        return digests;
    }
}
