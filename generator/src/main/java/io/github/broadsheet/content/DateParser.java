package io.github.broadsheet.content;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Reads the dates authors write in front-matter: {@code 2026-11-27}, {@code 2026-11-27T09:30:00+01:00},
 * {@code 2026-11-27 09:30} and a few close variants. Dates without an offset are taken in the site's time zone,
 * so a build gives the same result on every machine.
 */
public final class DateParser {

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private static final DateTimeFormatter SPACED_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss][ ]XXX");

    private final ZoneId zone;

    public DateParser(ZoneId zone) {
        this.zone = zone;
    }

    /** The date, or empty when the text matches none of the accepted forms. */
    public Optional<OffsetDateTime> parse(String text) {
        String value = text.strip();
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(value, SPACED_OFFSET));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        for (DateTimeFormatter format : LOCAL_DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(value, format).atZone(zone).toOffsetDateTime());
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return Optional.of(LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime());
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }

    public static String acceptedForms() {
        return "2026-11-27, 2026-11-27T09:30:00+01:00 or 2026-11-27 09:30";
    }
}
