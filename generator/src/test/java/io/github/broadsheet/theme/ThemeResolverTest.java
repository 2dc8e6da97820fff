package io.github.broadsheet.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.site.SiteUrls;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lookup order of templates and static files (project, theme, the theme it extends, built-in default) and
 * the errors of theme resolution. The built-in themes here come from a class loader over a temporary folder (or
 * jar), so every layer holds exactly what a case puts there.
 */
class ThemeResolverTest {

    /** The four layers, most specific first, as a case names them. */
    enum Where { PROJECT, THEME, PARENT, DEFAULT }

    @TempDir
    Path dir;

    private Path project;
    private Path builtIns;

    @BeforeEach
    void layout() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        builtIns = Files.createDirectories(dir.resolve("classpath"));
        write(builtIns.resolve("broadsheet/themes/default/theme.yaml"), "name: default\n");
        write(project.resolve("themes/child/theme.yaml"), "name: child\nextends: parent\n");
        write(project.resolve("themes/parent/theme.yaml"), "name: parent\n");
    }

    private Path templatesOf(Where where) {
        return switch (where) {
            case PROJECT -> project.resolve("templates");
            case THEME -> project.resolve("themes/child/templates");
            case PARENT -> project.resolve("themes/parent/templates");
            case DEFAULT -> builtIns.resolve("broadsheet/themes/default/templates");
        };
    }

    private Path staticOf(Where where) {
        return templatesOf(where).resolveSibling("static");
    }

    /** Every combination of layers that have the file, and which one must win (the first; none when empty). */
    static Stream<List<Where>> combinations() {
        List<List<Where>> all = new ArrayList<>();
        Where[] values = Where.values();
        for (int mask = 0; mask < 1 << values.length; mask++) {
            List<Where> having = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if ((mask & 1 << i) != 0) {
                    having.add(values[i]);
                }
            }
            all.add(having);
        }
        return all.stream();
    }

    @ParameterizedTest(name = "template in {0}")
    @MethodSource("combinations")
    void theFirstLayerThatHasATemplateWins(List<Where> having) throws Exception {
        for (Where where : having) {
            write(templatesOf(where).resolve("partials/card.ftlh"), where.name());
        }
        try (Theme theme = resolve("child", project.resolve("themes"))) {
            Object source = theme.templateLoader().findTemplateSource("partials/card.ftlh");
            if (having.isEmpty()) {
                assertThat(source).isNull();
            } else {
                assertThat(Files.readString((Path) source)).isEqualTo(having.get(0).name());
            }
        }
    }

    @ParameterizedTest(name = "static file in {0}")
    @MethodSource("combinations")
    void theFirstLayerThatHasAStaticFileWins(List<Where> having) throws Exception {
        for (Where where : having) {
            write(staticOf(where).resolve("css/style.css"), where.name());
        }
        try (Theme theme = resolve("child", project.resolve("themes"))) {
            Map<String, Path> files = theme.staticFiles();
            if (having.isEmpty()) {
                assertThat(files).doesNotContainKey("css/style.css");
            } else {
                assertThat(Files.readString(files.get("css/style.css"))).isEqualTo(having.get(0).name());
            }
        }
    }

    @Test
    void layersAreNamedAndOrderedForMessages() throws Exception {
        try (Theme theme = resolve("child", project.resolve("themes"))) {
            assertThat(theme.layers()).extracting(Theme.Layer::name)
                    .containsExactly("project templates", "theme child", "theme parent", "theme default");
            assertThat(theme.layers().get(0).statics()).isEqualTo(project.resolve("static"));
        }
    }

    @Test
    void staticFilesOfAllLayersAreMergedAndSorted() throws Exception {
        write(staticOf(Where.DEFAULT).resolve("js/search.js"), "d");
        write(staticOf(Where.PARENT).resolve("img/logo.svg"), "p");
        write(staticOf(Where.PROJECT).resolve("favicon.ico"), "f");
        try (Theme theme = resolve("child", project.resolve("themes"))) {
            assertThat(theme.staticFiles().keySet()).containsExactly("favicon.ico", "img/logo.svg", "js/search.js");
        }
    }

    @Test
    void aThemeThatExtendsTheDefaultOneHasItOnce() throws Exception {
        write(project.resolve("themes/child/theme.yaml"), "extends: default\n");
        try (Theme theme = resolve("child", project.resolve("themes"))) {
            assertThat(theme.layers()).extracting(Theme.Layer::name)
                    .containsExactly("project templates", "theme child", "theme default");
        }
    }

    @Test
    void theBuiltInDefaultStaysLastBehindAThemesFolderThemeCalledDefault() throws Exception {
        write(project.resolve("themes/default/templates/index.ftlh"), "mine");
        write(templatesOf(Where.DEFAULT).resolve("index.ftlh"), "built-in");
        write(templatesOf(Where.DEFAULT).resolve("article.ftlh"), "built-in");
        try (Theme theme = resolve("default", project.resolve("themes"))) {
            assertThat(theme.layers()).extracting(Theme.Layer::name)
                    .containsExactly("project templates", "theme default", "built-in theme default");
            assertThat(read(theme, "index.ftlh")).isEqualTo("mine");
            assertThat(read(theme, "article.ftlh")).isEqualTo("built-in");
        }
    }

    @Test
    void paramsAreMergedKeyByKeyTheMostSpecificThemeWinning() throws Exception {
        write(builtIns.resolve("broadsheet/themes/default/theme.yaml"),
                "params:\n  stylesheets: [/css/style.css]\n  a: default\n  b: default\n");
        write(project.resolve("themes/parent/theme.yaml"), "params:\n  b: parent\n  c: parent\n");
        write(project.resolve("themes/child/theme.yaml"),
                "description: The child.\nextends: parent\nparams:\n  c: child\n  nested: {x: 1}\n");
        try (Theme theme = resolve("child", project.resolve("themes"))) {
            assertThat(theme.params()).containsExactly(Map.entry("stylesheets", List.of("/css/style.css")),
                    Map.entry("a", "default"), Map.entry("b", "parent"), Map.entry("c", "child"),
                    Map.entry("nested", Map.of("x", 1)));
            assertThat(theme.view()).isEqualTo(new ThemeView("child", "The child.", theme.params()));
        }
    }

    @Test
    void builtInThemesAreFoundInsideAJar() throws Exception {
        Path jar = dir.resolve("themes.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            entry(zip, "broadsheet/themes/default/theme.yaml", "params: {from: jar}\n");
            entry(zip, "broadsheet/themes/default/templates/index.ftlh", "jar index");
            entry(zip, "broadsheet/themes/default/static/css/style.css", "jar css");
            entry(zip, "broadsheet/themes/magazine/theme.yaml", "extends: default\n");
            entry(zip, "broadsheet/themes/magazine/templates/article.ftlh", "jar article");
        }
        write(project.resolve("templates/article.ftlh"), "project article");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
             Theme theme = new ThemeResolver(loader).resolve(layout("magazine", null))) {
            assertThat(theme.layers()).extracting(Theme.Layer::name)
                    .containsExactly("project templates", "theme magazine", "theme default");
            assertThat(read(theme, "index.ftlh")).isEqualTo("jar index");
            assertThat(read(theme, "article.ftlh")).isEqualTo("project article");
            assertThat(theme.params()).containsEntry("from", "jar");
            Map<String, Path> files = theme.staticFiles();
            assertThat(Files.readString(files.get("css/style.css"))).isEqualTo("jar css");
            Assets assets = Assets.of(theme, new SiteUrls("https://example.org/", "/"));
            assertThat(assets.url("/css/style.css")).matches("/css/style\\.[0-9a-f]{8}\\.css");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Errors

    @Test
    void aCycleOfExtendsIsAClearError() throws Exception {
        write(project.resolve("themes/parent/theme.yaml"), "extends: grandparent\n");
        write(project.resolve("themes/grandparent/theme.yaml"), "extends: child\n");
        assertThatThrownBy(() -> resolve("child", project.resolve("themes")))
                .isInstanceOf(BuildFailedException.class)
                .hasMessage("themes extend each other in a circle: child -> parent -> grandparent -> child"
                        + " (check `extends` in their theme.yaml)");
    }

    @Test
    void aThemeThatExtendsItselfIsACycle() throws Exception {
        write(project.resolve("themes/child/theme.yaml"), "extends: child\n");
        assertThatThrownBy(() -> resolve("child", project.resolve("themes")))
                .hasMessageContaining("themes extend each other in a circle: child -> child");
    }

    @Test
    void aMissingThemeNamesWhereItWasLookedFor() throws Exception {
        write(builtIns.resolve("broadsheet/themes/magazine/theme.yaml"), "extends: default\n");
        Path themes = project.resolve("themes");
        assertThatThrownBy(() -> resolve("magzine", themes))
                .isInstanceOf(BuildFailedException.class)
                .hasMessage("theme 'magzine' not found; looked for the folder " + themes.resolve("magzine")
                        + " and among the built-in themes (default, magazine)");
    }

    @Test
    void aMissingThemeWithoutThemesFolderSaysSo() {
        assertThatThrownBy(() -> resolve("mine", null))
                .hasMessage("theme 'mine' not found; looked among the built-in themes (default); "
                        + "set themesDirectory to use themes of your own");
    }

    @Test
    void aMissingParentNamesTheThemeThatExtendsIt() throws Exception {
        write(project.resolve("themes/parent/theme.yaml"), "extends: nowhere\n");
        Path themes = project.resolve("themes");
        assertThatThrownBy(() -> resolve("child", themes))
                .hasMessage("theme 'parent' extends 'nowhere', which was not found; looked for the folder "
                        + themes.resolve("nowhere") + " and among the built-in themes (default)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "a/b", "a\\b", "..", "c:x"})
    void aThemeNameMustBeAPlainFolderName(String name) {
        assertThatThrownBy(() -> resolve(name, project.resolve("themes")))
                .hasMessage("theme name '" + name + "' must be a plain folder name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"extends: [a, b]\n", "params: 3\n", "params: [a]\n", "- a list\n", "name: [unclosed\n"})
    void aBadThemeYamlNamesTheTheme(String yaml) throws Exception {
        write(project.resolve("themes/parent/theme.yaml"), yaml);
        assertThatThrownBy(() -> resolve("child", project.resolve("themes")))
                .isInstanceOf(BuildFailedException.class)
                .hasMessageStartingWith("theme 'parent': ");
    }

    @Test
    void withoutTheBuiltInDefaultThemeTheErrorSaysWhatIsMissing() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> new ThemeResolver(empty).resolve(layout("parent", project.resolve("themes"))))
                    .hasMessageContaining("the built-in theme 'default' is not on the classpath");
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Symbolic links: a theme cannot publish files from outside its folders

    @Test
    void aTemplateThatLinksOutsideItsFolderIsRefused() throws Exception {
        Path secret = write(dir.resolve("secret.txt"), "TOP-SECRET");
        Path link = templatesOf(Where.THEME).resolve("partials/leak.ftlh");
        Files.createDirectories(link.getParent());
        assumeTrue(symlink(link, secret), "symbolic links are not supported here");
        try (Theme theme = resolve("child", project.resolve("themes"))) {
            assertThatThrownBy(() -> theme.templateLoader().findTemplateSource("partials/leak.ftlh"))
                    .isInstanceOf(IOException.class)
                    .hasMessage("template partials/leak.ftlh of theme child is a symbolic link to a file outside "
                            + "its templates folder; refused");
        }
    }

    @Test
    void aStaticFileThatLinksOutsideItsFolderIsRefused() throws Exception {
        Path secret = write(dir.resolve("secret.txt"), "TOP-SECRET");
        Path link = staticOf(Where.PARENT).resolve("leak.txt");
        Files.createDirectories(link.getParent());
        assumeTrue(symlink(link, secret), "symbolic links are not supported here");
        try (Theme theme = resolve("child", project.resolve("themes"))) {
            assertThatThrownBy(theme::staticFiles)
                    .isInstanceOf(BuildFailedException.class)
                    .hasMessage("static files that are symbolic links to files outside their theme are not "
                            + "published: theme parent: static/leak.txt")
                    .hasMessageNotContaining("TOP-SECRET");
        }
    }

    @Test
    void linksInsideALayerAndALinkedLayerFolderAreFine() throws Exception {
        Path real = write(staticOf(Where.THEME).resolve("css/real.css"), "real");
        Path shared = write(dir.resolve("shared-templates/index.ftlh"), "shared index");
        assumeTrue(symlink(staticOf(Where.THEME).resolve("css/alias.css"), real), "no symbolic links here");
        Files.createDirectories(project);
        assumeTrue(symlink(templatesOf(Where.PROJECT), shared.getParent()), "no symbolic links here");
        try (Theme theme = resolve("child", project.resolve("themes"))) {
            assertThat(theme.staticFiles()).containsKeys("css/real.css", "css/alias.css");
            assertThat(read(theme, "index.ftlh")).isEqualTo("shared index");
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private Theme resolve(String theme, Path themesDirectory) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {builtIns.toUri().toURL()}, null)) {
            return new ThemeResolver(loader).resolve(layout(theme, themesDirectory));
        }
    }

    private SiteConfig.Layout layout(String theme, Path themesDirectory) {
        return SiteConfig.builder(project).themesDirectory(themesDirectory).theme(theme).build().layout();
    }

    private static String read(Theme theme, String name) throws IOException {
        Object source = theme.templateLoader().findTemplateSource(name);
        assertThat(source).as("template %s", name).isNotNull();
        return Files.readString((Path) source);
    }

    private static boolean symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
