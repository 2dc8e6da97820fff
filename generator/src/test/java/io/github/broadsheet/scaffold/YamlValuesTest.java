package io.github.broadsheet.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class YamlValuesTest {

    private static Object load(String yaml) {
        return new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "He said: \"no\"", "#1 story", "- starts with a dash", "yes", "null", "true",
            "~", "2026", "'single'", "back\\slash", "[not a list", "{not: a map}", "a: b # c", "%TAG", "@handle",
            "`tick`", "&anchor", "*alias", "!tag", "| literal", "> folded", "---", "...", "émigré Ünïcödé 東京",
            "tab\there", "line\nbreak", "bell\u0007", "nel\u0085", "ls\u2028ps\u2029", "\uFEFFbom", "del\u007f",
            " leading and trailing ", "", "\\\"\\\"", "emoji \uD83D\uDCF0"})
    void quotedTextReadsBackUnchanged(String text) {
        String yaml = YamlValues.quoted(text);
        assertThat(yaml).doesNotContain("\n", "\r", "\u2028", "\u2029", "\u0085");
        assertThat(load("title: " + yaml)).isEqualTo(Map.of("title", text));
    }

    @Test
    void listReadsBackAsAListOfTexts() {
        List<String> tags = List.of("diplomacy", "Syria", "yes", "a, b", "c: \"d\"", "#e");
        assertThat(load("tags: " + YamlValues.list(tags))).isEqualTo(Map.of("tags", tags));
        assertThat(YamlValues.list(List.of())).isEqualTo("[]");
        assertThat(YamlValues.list(List.of("a", "b"))).isEqualTo("[\"a\", \"b\"]");
    }
}
