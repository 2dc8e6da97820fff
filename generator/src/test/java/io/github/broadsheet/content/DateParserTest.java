package io.github.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
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
            2014-12-17 11:16:21 -0800   | 2014-12-17T11:16:21-08:00
            2014-12-17 11:16:21 +0100   | 2014-12-17T11:16:21+01:00
            2014-12-17 11:16:21.123 UTC | 2014-12-17T11:16:21Z
            2014-12-17T11:16:21.5+05:30 | 2014-12-17T11:16:21+05:30
            2014-1-5 8:05               | 2014-01-05T08:05Z
            2014-12-17 GMT              | 2014-12-17T00:00Z
            2014-12-17 11:16:21 +01     | 2014-12-17T11:16:21+01:00
            'Wed, 17 Dec 2014 11:16:21 -0800' | 2014-12-17T11:16:21-08:00
            'December 17, 2014'         | 2014-12-17T00:00Z
            17 Dec 2014                 | 2014-12-17T00:00Z
            """)
    void acceptsTheDocumentedForms(String text, String expected) {
        assertThat(parser.parse(text)).contains(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"yesterday", "27.11.2026", "2026-13-01", "2026-02-30", "", "2014-12-17 25:00",
            "2014-12-17 11:16:21 +2500"})
    void rejectsEverythingElse(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }

    @Test
    void datesWithoutAnOffsetAreInTheSitesZoneAndTomlValuesAreDates() {
        DateParser berlin = new DateParser(ZoneId.of("Europe/Berlin"));
        assertThat(berlin.parse("2026-07-01 10:00")).contains(OffsetDateTime.parse("2026-07-01T10:00+02:00"));
        assertThat(berlin.parse((Object) LocalDate.of(2026, 1, 2))).contains(OffsetDateTime.parse("2026-01-02T00:00+01:00"));
        assertThat(parser.parse((Object) OffsetDateTime.parse("2026-01-02T03:04:05.678+01:00")))
                .contains(OffsetDateTime.parse("2026-01-02T03:04:05+01:00"));
        assertThat(parser.parse((Object) 2026)).isEmpty();
    }

    @Test
    void theDateOfAJekyllFileName() {
        assertThat(parser.fromFileName("2015-05-15-release-1.0.md")).contains(OffsetDateTime.parse("2015-05-15T00:00Z"));
        assertThat(parser.fromFileName("release-1.0.md")).isEmpty();
        assertThat(parser.fromFileName("2015-13-15-bad.md")).isEmpty();
    }
}
