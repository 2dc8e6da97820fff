package io.github.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LooseDatesTest {

    private final LooseDates dates = new LooseDates(ZoneId.of("Europe/Berlin"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2014-12-17 11:16:21 -0800      | 2014-12-17T11:16:21-08:00",
            "2014-12-17 11:16:21 +08:00     | 2014-12-17T11:16:21+08:00",
            "2014-12-17T11:16:21Z           | 2014-12-17T11:16:21Z",
            "2014-12-17T11:16:21.123+01:00  | 2014-12-17T11:16:21+01:00",
            "2014-12-17 11:16:21 UTC        | 2014-12-17T11:16:21Z",
            "2014-12-17 11:16               | 2014-12-17T11:16+01:00",
            "2014-07-17 11:16:21            | 2014-07-17T11:16:21+02:00",
            "2014-12-17                     | 2014-12-17T00:00+01:00",
            "2014-1-7                       | 2014-01-07T00:00+01:00",
            "Wed, 17 Dec 2014 11:16:21 -0800 | 2014-12-17T11:16:21-08:00",
            "December 17, 2014              | 2014-12-17T00:00+01:00",
            "17 Dec 2014                    | 2014-12-17T00:00+01:00"})
    void readsTheFormsOldSitesUse(String text, String expected) {
        assertThat(dates.parse(text)).contains(OffsetDateTime.parse(expected));
    }

    @Test
    void readsTomlValuesAndRefusesNonsense() {
        assertThat(dates.parse(LocalDate.of(2022, 8, 12))).contains(OffsetDateTime.parse("2022-08-12T00:00+02:00"));
        assertThat(dates.parse(LocalDateTime.of(2022, 1, 2, 3, 4))).contains(OffsetDateTime.parse("2022-01-02T03:04+01:00"));
        assertThat(dates.parse("soon")).isEmpty();
        assertThat(dates.parse("2014-13-45")).isEmpty();
        assertThat(dates.parse(42)).isEmpty();
        assertThat(dates.fromFileName("2015-06-30-annual-survey")).contains(OffsetDateTime.parse("2015-06-30T00:00+02:00"));
        assertThat(dates.fromFileName("annual-survey")).isEmpty();
    }
}
