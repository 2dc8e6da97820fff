package io.github.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every front-matter key the parsers give a meaning to is documented in README.md, in the part for its kind of
 * file: a key added to the code without a word in the README fails here.
 */
class DocumentedKeysTest {

    /** README.md, from the generator module (Maven) or the repository's root (an IDE). */
    private static final Path README = Stream.of(System.getProperty("basedir", "."), ".", "..")
            .map(base -> Path.of(base).resolve("../README.md").normalize())
            .filter(Files::isRegularFile).findFirst()
            .orElse(Path.of("README.md").toAbsolutePath());

    @ParameterizedTest
    @CsvSource({"articles, ### Front-matter reference, ### Typography", "pages, ### Pages, ### Authors"})
    void everyKnownKeyIsInItsPartOfTheReadme(String kind, String from, String to) throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("\n" + from + "\n");
        int end = readme.indexOf("\n" + to + "\n", start);
        assertThat(start).as("README section %s", from).isPositive();
        assertThat(end).as("README section %s", to).isGreaterThan(start);
        String part = readme.substring(start, end);
        Set<String> keys = kind.equals("articles") ? ArticleParser.KNOWN_KEYS : PageParser.KNOWN_KEYS;
        for (String key : keys) {
            // Hugo's keys are read in any case and documented as Hugo writes them (publishDate).
            assertThat(Pattern.compile("`" + Pattern.quote(key) + "[`:]", Pattern.CASE_INSENSITIVE).matcher(part)
                    .find()).as("README documents the %s key %s between '%s' and '%s'", kind, key, from, to).isTrue();
        }
    }
}
