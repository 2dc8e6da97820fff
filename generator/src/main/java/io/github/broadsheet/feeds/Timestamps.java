package io.github.broadsheet.feeds;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** RFC 3339 timestamps with seconds, which Atom and sitemaps require and {@code OffsetDateTime#toString} omits. */
public final class Timestamps {

    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private Timestamps() {
    }

    public static String format(OffsetDateTime time) {
        return RFC_3339.format(time);
    }
}
