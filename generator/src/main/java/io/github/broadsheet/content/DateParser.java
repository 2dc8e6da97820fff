package io.github.broadsheet.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates authors write in front-matter, in the forms real archives carry and the generators they come
 * from accept (Jekyll's Ruby {@code Time.parse}, Hugo's {@code cast.ToTime}): {@code 2026-11-27},
 * {@code 2026-11-27T09:30:00+01:00}, {@code 2026-11-27 09:30}, Jekyll's {@code 2014-12-17 11:16:21 -0800}, fractions
 * of a second, {@code Z}/{@code UTC}/{@code GMT}, single-digit months and days, RFC 1123
 * ({@code Wed, 17 Dec 2014 11:16:21 -0800}), {@code December 17, 2014}, TOML's date values, and the
 * {@code YYYY-MM-DD-} prefix of a file name. A date without an offset is taken in the site's time zone, so a
 * build gives the same result on every machine. Seconds are kept, fractions dropped.
 */
public final class DateParser {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FILE_NAME_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})-");

    private static final List<DateTimeFormatter> WORDS = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

    private final ZoneId zone;

    /** @param zone where dates without an offset were written */
    public DateParser(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The date of a front-matter value (text, or a date value of TOML front-matter); empty for anything else. */
    public Optional<OffsetDateTime> parse(Object value) {
        if (value instanceof OffsetDateTime date) {
            return Optional.of(date.truncatedTo(ChronoUnit.SECONDS));
        }
        if (value instanceof ZonedDateTime date) {
            return Optional.of(date.toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
        }
        if (value instanceof LocalDateTime date) {
            return Optional.of(date.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
        }
        if (value instanceof LocalDate date) {
            return Optional.of(date.atStartOfDay(zone).toOffsetDateTime());
        }
        if (value instanceof Date date) {
            return Optional.of(date.toInstant().atZone(zone).toOffsetDateTime());
        }
        return value instanceof String text ? parse(text) : Optional.empty();
    }

    /** The date, or empty when the text matches none of the accepted forms. */
    public Optional<OffsetDateTime> parse(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return iso(iso);
        }
        try {
            return Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException ignored) {
            // the next form
        }
        for (DateTimeFormatter format : WORDS) {
            try {
                return Optional.of(LocalDate.parse(value, format).atStartOfDay(zone).toOffsetDateTime());
            } catch (DateTimeParseException ignored) {
                // the next form
            }
        }
        return Optional.empty();
    }

    /** The date a {@code YYYY-MM-DD-} file-name prefix names (Jekyll's convention), at midnight in the site's zone. */
    public Optional<OffsetDateTime> fromFileName(String name) {
        Matcher m = FILE_NAME_DATE.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))).atStartOfDay(zone).toOffsetDateTime());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<OffsetDateTime> iso(Matcher m) {
        try {
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), hour, minute, second);
            String offset = m.group(7);
            if (offset == null) {
                return Optional.of(local.atZone(zone).toOffsetDateTime());
            }
            String upper = offset.toUpperCase(Locale.ROOT);
            if (upper.equals("Z") || upper.equals("UTC") || upper.equals("GMT")) {
                return Optional.of(local.atOffset(ZoneOffset.UTC));
            }
            String digits = offset.replace(":", "");
            if (digits.length() == 3) {
                digits += "00";
            }
            return Optional.of(local.atOffset(ZoneOffset.of(digits.substring(0, 3) + ":" + digits.substring(3))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String acceptedForms() {
        return "2026-11-27, 2026-11-27T09:30:00+01:00 or 2026-11-27 09:30";
    }
}
