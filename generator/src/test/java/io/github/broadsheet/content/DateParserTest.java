package io.github.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    private final DateParser parser = new DateParser(ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-11-27                  | 2026-11-27T00:00Z
            2026-11-27T09:30:00+01:00   | 2026-11-27T09:30+01:00
            2026-11-27T09:30:00Z        | 2026-11-27T09:30Z
            2026-11-27 09:30            | 2026-11-27T09:30Z
            2026-11-27 09:30:15         | 2026-11-27T09:30:15Z
            2026-11-27T09:30            | 2026-11-27T09:30Z
            2026-11-27 09:30 +02:00     | 2026-11-27T09:30+02:00
            """)
    void acceptsTheDocumentedForms(String text, String expected) {
        assertThat(parser.parse(text)).contains(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"yesterday", "27.11.2026", "2026-13-01", "2026-02-30", ""})
    void rejectsEverythingElse(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }
}
