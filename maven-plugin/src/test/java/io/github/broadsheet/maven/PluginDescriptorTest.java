package io.github.broadsheet.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.related.RelatedConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The command-line names of {@code site:new} and {@code site:deploy} are what the README promises; they live in
 * the generated plugin descriptor, so that is what this checks.
 */
class PluginDescriptorTest {

    private static Element mojo(String goal) throws Exception {
        return MojoTesting.mojo(goal);
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    /** Parameter name to "expression | default" as the descriptor's configuration section has them. */
    private static Map<String, String> configuration(Element mojo) {
        Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
        Map<String, String> values = new LinkedHashMap<>();
        NodeList children = configuration.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element parameter) {
                values.put(parameter.getTagName(), parameter.getTextContent().strip()
                        + (parameter.hasAttribute("default-value") ? " | " + parameter.getAttribute("default-value") : ""));
            }
        }
        return values;
    }

    @Test
    void newTakesTitleTagsSlugAndDraftByTheirShortNames() throws Exception {
        Map<String, String> configuration = configuration(mojo("new"));
        assertThat(configuration).containsEntry("articleTitle", "${title}")
                .containsEntry("tags", "${tags}")
                .containsEntry("slug", "${slug}")
                .containsEntry("draft", "${draft} | true")
                // The site's own title keeps its name, so a <title> in the plugin's configuration is not an article's.
                .containsEntry("title", "${site.title} | ${project.name}");
    }

    @Test
    void relatedDefaultsAreTheEngines() throws Exception {
        // The tuned defaults live in RelatedConfig; a plugin default drifting from them would silently retune sites.
        RelatedConfig defaults = RelatedConfig.defaults();
        assertThat(configuration(mojo("generate")))
                .containsEntry("relatedCount", "${site.relatedCount} | " + defaults.count())
                .containsEntry("relatedTagWeight", "${site.relatedTagWeight} | " + defaults.tagWeight())
                .containsEntry("relatedTextWeight", "${site.relatedTextWeight} | " + defaults.textWeight())
                .containsEntry("relatedDateWeight", "${site.relatedDateWeight} | " + defaults.dateWeight())
                .containsEntry("relatedMinScore", "${site.relatedMinScore} | " + defaults.minScore());
    }

    @Test
    void newsroomDefaults() throws Exception {
        // 12 fills grids of 2, 3 and 4 columns; the engine's default (SiteConfig.Builder) is the same.
        assertThat(SiteConfig.builder(Path.of(".")).build().publishing().pageSize()).isEqualTo(12);
        assertThat(configuration(mojo("generate"))).containsEntry("pageSize", "${site.pageSize} | 12")
                .containsEntry("timeZone", "${site.timeZone} | UTC")
                .containsEntry("sections", "${site.sections}")
                .containsEntry("headerMenu", "${site.headerMenu}")
                .containsEntry("footerMenu", "${site.footerMenu}")
                .containsEntry("copyright", "${site.copyright}");
    }

    @Test
    void deployParameters() throws Exception {
        assertThat(configuration(mojo("deploy"))).containsEntry("deployRepository", "${site.deployRepository}")
                .containsEntry("deployBranch", "${site.deployBranch} | gh-pages")
                .containsEntry("deployMessage", "${site.deployMessage}")
                .containsEntry("cname", "${site.cname}")
                .containsEntry("outputDirectory", "${site.outputDirectory} | ${project.build.directory}/public");
    }

    @Test
    void importParametersAreNewIn020() throws Exception {
        Element mojo = mojo("import");
        assertThat(configuration(mojo)).containsEntry("from", "${site.from}").containsEntry("source", "${site.source}")
                .containsEntry("uploads", "${site.uploads}")
                .containsEntry("contentDirectory", "${site.contentDirectory} | ${basedir}/content");
        assertThat(text(mojo, "since")).isEqualTo("0.2.0");
        NodeList parameters = mojo.getElementsByTagName("parameter");
        Map<String, String> since = new LinkedHashMap<>();
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            since.put(text(parameter, "name"), text(parameter, "since"));
        }
        assertThat(since).containsEntry("from", "0.2.0").containsEntry("source", "0.2.0").containsEntry("uploads", "0.2.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"new", "deploy", "import"})
    void runOncePerInvocationInAProject(String goal) throws Exception {
        Element mojo = mojo(goal);
        assertThat(text(mojo, "aggregator")).isEqualTo("true");
        assertThat(text(mojo, "requiresProject")).isEqualTo("true");
        assertThat(text(mojo, "since")).isEqualTo(goal.equals("import") ? "0.2.0" : "0.1.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "serve", "new", "deploy", "import"})
    void everyParameterHasADescriptionASinceAndARowInTheReadme(String goal) throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        Element mojo = mojo(goal);
        Map<String, String> expressions = configuration(mojo);
        NodeList parameters = mojo.getElementsByTagName("parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            String name = text(parameter, "name");
            if (!text(parameter, "editable").equals("true")) {
                continue; // ${session}, ${basedir}: not the user's to set
            }
            assertThat(text(parameter, "description")).as("Javadoc of %s", name).isNotBlank();
            assertThat(text(parameter, "since")).as("@since of %s", name).matches("0\\.[12]\\.0");
            // A row names the parameter, or, for site:new's own options, its command-line property (-Dtitle=...).
            String property = expressions.getOrDefault(name, "").replaceFirst("^\\$\\{([^}]+)}.*", "$1");
            assertThat(readme).as("README row of %s", name).containsPattern("\\n\\| [^|\\n]*`(" + name + "|-D"
                    + java.util.regex.Pattern.quote(property) + "=[^`]*)`[^|\\n]*\\|");
        }
    }
}
