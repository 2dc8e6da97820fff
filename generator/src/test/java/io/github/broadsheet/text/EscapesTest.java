package io.github.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared escaping rules; each writer's own cases are tested with the writer (Json, YamlValues, feeds). */
class EscapesTest {

    @Test
    void markupCharactersBecomeEntities() {
        assertThat(Escapes.html("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(Escapes.xml("Tom & Jerry's")).isEqualTo("Tom &amp; Jerry&apos;s");
        StringBuilder code = new StringBuilder();
        Escapes.markup(code, "if (a < b && c) s = 'x';", 4, 23, null);
        assertThat(code).hasToString("a &lt; b &amp;&amp; c) s = 'x'");
    }

    @Test
    void quotedStringsUseNamedEscapesThenTheRule() {
        StringBuilder out = new StringBuilder();
        Escapes.quoted(out, "say \"hi\"\\\n\r\t<\u0007", (text, i) -> text.charAt(i) < 0x20 || text.charAt(i) == '<');
        assertThat(out).hasToString("\"say \\\"hi\\\"\\\\\\n\\r\\t\\u003c\\u0007\"");
    }
}
