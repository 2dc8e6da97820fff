package io.github.broadsheet.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.config.SiteConfig;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputGuardTest {

    private static final Path BASE = Path.of("/work/project");
    private static final Path HOME = Path.of("/home/user");

    private static SiteConfig.Layout layout(String output) {
        return new SiteConfig.Layout(BASE, null, Path.of(output), Path.of("themes"), "default", null, null);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /work/project                 | the project folder
            /work                         | contains the project folder
            /                             | file-system root
            /home/user                    | home folder
            content                       | inside the content folder
            content/articles/out          | inside the content folder
            themes/default/public         | inside the themes folder
            templates                     | inside the templates folder
            ..                            | contains the project folder
            """)
    void refusesDangerousOutputDirectories(String output, String reason) {
        assertThat(OutputGuard.check(layout(output), HOME)).hasValueSatisfying(m -> assertThat(m).contains(reason));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"target/public", "public", "/tmp/site", "../sibling-site"})
    void acceptsOrdinaryOutputDirectories(String output) {
        assertThat(OutputGuard.check(layout(output), HOME)).isEmpty();
    }
}
