package io.github.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void findsC0ExceptTabAndLineFeedDelC1AndWhatXmlForbids() {
        for (char c = 0; c < 0x20; c++) {
            assertThat(ControlCharacters.indexOf("ab" + c)).as("U+%04X", (int) c).isEqualTo(c == '\t' || c == '\n' ? -1 : 2);
        }
        for (char c = 0x7F; c <= 0x9F; c++) {
            assertThat(ControlCharacters.indexOf("a" + c)).as("U+%04X", (int) c).isEqualTo(1);
        }
        assertThat(ControlCharacters.indexOf("x\uFFFE")).isEqualTo(1);
        assertThat(ControlCharacters.indexOf("x\uFFFF")).isEqualTo(1);
        assertThat(ControlCharacters.indexOf("Grüße — “quoted” \u00A0 \uFFFD 日本")).isEqualTo(-1);
    }

    @Test
    void surrogatesCountOnlyWithoutTheirPair() {
        assertThat(ControlCharacters.indexOf("smile \uD83D\uDE00")).isEqualTo(-1);
        assertThat(ControlCharacters.indexOf("high \uD83D alone")).isEqualTo(5);
        assertThat(ControlCharacters.indexOf("\uDE00 low first")).isEqualTo(0);
        assertThat(ControlCharacters.indexOf("end \uD83D")).isEqualTo(4);
    }

    @Test
    void replaceLeavesCleanTextAsItIs() {
        String clean = "No control characters here.\n\tIndented.";
        assertThat(ControlCharacters.replace(clean, "")).isSameAs(clean);
        assertThat(ControlCharacters.replace("a\u0007b\u001b[0mc\uD83D\uDE00", "")).isEqualTo("ab[0mc\uD83D\uDE00");
        assertThat(ControlCharacters.replace("a\u0085", "\uFFFD")).isEqualTo("a\uFFFD");
        assertThat(ControlCharacters.name('\u001b')).isEqualTo("U+001B");
    }
}
