package io.github.broadsheet.importer;

import io.github.broadsheet.content.DateParser;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The dates of an old site: Broadsheet's own {@link DateParser} (which reads every form Jekyll and Hugo write) in
 * the old site's time zone, chosen from its configuration and said in the report.
 */
public final class LooseDates {

    private final DateParser dates;

    /** @param zone where dates without an offset were written (the old site's time zone) */
    public LooseDates(ZoneId zone) {
        this.dates = new DateParser(zone);
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
        return dates.zone();
    }

    /** The date of a front-matter value (text or a TOML date), or empty when it is none of the known forms. */
    public Optional<OffsetDateTime> parse(Object value) {
        return dates.parse(value);
    }

    /** The date a {@code YYYY-MM-DD-} file-name prefix names, at midnight in the site's zone. */
    public Optional<OffsetDateTime> fromFileName(String name) {
        return dates.fromFileName(name);
    }
}
