package io.github.broadsheet.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import io.github.broadsheet.site.SiteUrls;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Content-hashed names of static files and the {@code assets.url} function of templates. */
class AssetsTest {

    private static final SiteUrls NEWS = new SiteUrls("https://example.org/news/", "/news/");
    private static final SiteUrls ROOT = new SiteUrls("https://example.org/", "/");

    /** The first 8 hex digits of SHA-256("body{}"). */
    private static final String HASH = "7c98040a";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "css/style.css, css/style." + HASH + ".css",
            "js/search.min.js, js/search.min." + HASH + ".js",
            "favicon.ico, favicon." + HASH + ".ico",
            "LICENSE, LICENSE." + HASH,
            ".well-known/x, .well-known/x." + HASH,
            "img.v2/logo, img.v2/logo." + HASH,
            "fonts/.hidden, fonts/.hidden." + HASH})
    void theHashGoesBeforeTheExtension(String path, String hashed) {
        assertThat(Assets.hashedName(path, "body{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(hashed);
    }

    @Test
    void urlGivesTheHashedNameUnderTheBasePathAndChangesWithTheContent() throws Exception {
        Path css = write("css/style.css", "body{}");
        Assets assets = new Assets(Map.of("css/style.css", css), NEWS, List.of("theme default"));
        assertThat(assets.url("/css/style.css")).isEqualTo("/news/css/style." + HASH + ".css");
        assertThat(assets.url("css/style.css")).as("leading slash optional").isEqualTo("/news/css/style." + HASH + ".css");

        Files.writeString(css, "body{color:red}");
        Assets changed = new Assets(Map.of("css/style.css", css), NEWS, List.of("theme default"));
        assertThat(changed.url("/css/style.css")).matches("/news/css/style\\.[0-9a-f]{8}\\.css")
                .isNotEqualTo("/news/css/style." + HASH + ".css");
    }

    @Test
    void outputHasEveryFileUnderItsNameAndLinkedOnesAlsoHashed() throws Exception {
        Path css = write("css/style.css", "body{}");
        Path js = write("js/search.js", "x");
        Path logo = write("img/logo.svg", "<svg/>");
        Assets assets = new Assets(Map.of("css/style.css", css, "js/search.js", js, "img/logo.svg", logo), ROOT,
                List.of("theme default"));
        assertThat(assets.outputFiles()).containsExactly(Map.entry("css/style.css", css),
                Map.entry("img/logo.svg", logo), Map.entry("js/search.js", js));
        assets.url("/css/style.css");
        assertThat(assets.outputFiles()).containsExactly(Map.entry("css/style." + HASH + ".css", css),
                Map.entry("css/style.css", css), Map.entry("img/logo.svg", logo), Map.entry("js/search.js", js));
    }

    @Test
    void anUnknownFileIsAnErrorNamingTheLayers() {
        Assets assets = new Assets(Map.of(), ROOT, List.of("the project", "theme magazine", "theme default"));
        assertThatThrownBy(() -> assets.url("/css/nope.css"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("assets.url('/css/nope.css'): no static file css/nope.css in the static/ folder of "
                        + "the project, theme magazine, theme default");
    }

    @Test
    void templatesCallUrlAndSeeNothingElse() throws Exception {
        Path css = write("css/style.css", "body{}");
        Assets assets = new Assets(Map.of("css/style.css", css), NEWS, List.of("theme default"));
        assertThat(render("<link href=\"${assets.url('/css/style.css')}\">", assets))
                .isEqualTo("<link href=\"/news/css/style." + HASH + ".css\">");
        assertThat(render("${(assets.outputFiles)???c} ${(assets.class)???c} ${(assets.files)???c}", assets))
                .isEqualTo("false false false");
        assertThatThrownBy(() -> render("${assets.url('/css/missing.css')}", assets))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("assets.url('/css/missing.css'): no static file css/missing.css in the static/ "
                        + "folder of theme default");
        assertThatThrownBy(() -> render("${assets.url()}", assets))
                .hasMessageContaining("assets.url needs one argument, the path of a static file");
    }

    private static String render(String source, Assets assets) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLogTemplateExceptions(false);
        cfg.setTemplateExceptionHandler(freemarker.template.TemplateExceptionHandler.RETHROW_HANDLER);
        Template template = new Template("test.ftlh", new StringReader(source), cfg);
        StringWriter out = new StringWriter();
        template.process(Map.of("assets", assets.templateModel()), out);
        return out.toString();
    }

    private Path write(String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
