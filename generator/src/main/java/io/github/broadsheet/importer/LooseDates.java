package io.github.broadsheet.importer;

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
 * Reads the dates Jekyll and Hugo sites carry, in the forms their parsers (Ruby's {@code Time.parse}, Go's
 * {@code cast.ToTime}) accept and real archives use: {@code 2014-12-17 11:16:21 -0800}, {@code 2014-12-17T11:16:21Z},
 * {@code 2014-12-17 11:16}, {@code 2014-12-17}, fractions of a second, {@code UTC}, RFC 1123
 * ({@code Wed, 17 Dec 2014 11:16:21 -0800}), {@code December 17, 2014}, and TOML's date values. A date without an
 * offset is taken in the site's zone. Seconds are kept, fractions dropped.
 */
public final class LooseDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
                    + "\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?",
            Pattern.CASE_INSENSITIVE);

    private static final List<DateTimeFormatter> WORDS = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

    private final ZoneId zone;

    /** @param zone where dates without an offset were written (the old site's time zone) */
    public LooseDates(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The dates of a site whose configuration names the time zone {@code name} (blank: none), UTC when it names none
     * or an unknown one; says which in the report.
     *
     * @param setting   where the name comes from, e.g. {@code _config.yml: timezone}
     * @param withoutIt what the old generator did without one, for the report
     */
    public static LooseDates inZone(String name, String setting, String withoutIt, ImportNotes notes) {
        if (name == null || name.isBlank()) {
            notes.urlScheme("dates without an offset, and the dates in URLs, are taken in UTC: no " + setting
                    + " (" + withoutIt + ")");
            return new LooseDates(ZoneOffset.UTC);
        }
        try {
            ZoneId zone = ZoneId.of(name.strip());
            notes.urlScheme("dates without an offset, and the dates in URLs, are taken in " + zone + " (from "
                    + setting + ")");
            return new LooseDates(zone);
        } catch (DateTimeException e) {
            notes.urlScheme(setting + " '" + name + "' is not a time zone: dates without an offset are taken in UTC");
            return new LooseDates(ZoneOffset.UTC);
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** The date of a front-matter value (text or a TOML date), or empty when it is none of the known forms. */
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
        if (!(value instanceof String text) || text.isBlank()) {
            return Optional.empty();
        }
        String stripped = text.strip();
        Matcher iso = ISO.matcher(stripped);
        if (iso.matches()) {
            return iso(iso);
        }
        for (DateTimeFormatter format : WORDS) {
            try {
                if (format == DateTimeFormatter.RFC_1123_DATE_TIME) {
                    return Optional.of(OffsetDateTime.parse(stripped, format));
                }
                return Optional.of(LocalDate.parse(stripped, format).atStartOfDay(zone).toOffsetDateTime());
            } catch (DateTimeParseException ignored) {
                // the next form
            }
        }
        return Optional.empty();
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

    /** The date a {@code YYYY-MM-DD-} file-name prefix names, at midnight in the site's zone. */
    public Optional<OffsetDateTime> fromFileName(String name) {
        Matcher m = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})-").matcher(name);
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
}
