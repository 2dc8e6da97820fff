package io.github.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line summary a user reads after every build. */
class BuildReportTest {

    @Test
    void largeCountsAreGroupedAsTheProgressLinesWriteThem() {
        BuildReport big = new BuildReport(Path.of("target/public"), 98_036, 148_086, 248_533, 148_000, false, 86,
                Duration.ofMillis(223_020), List.of(), List.of());
        assertThat(big.summary()).isEqualTo("98,036 articles, 148,086 pages (248,533 files, 148,000 rendered, 86"
                + " unchanged) in 223.02 s -> " + Path.of("target/public"));
        BuildReport one = new BuildReport(Path.of("out"), 1, 1, 3, Duration.ofMillis(500), List.of(), List.of());
        assertThat(one.summary()).isEqualTo("1 article, 1 page (3 files) in 0.50 s -> " + Path.of("out"));
    }
}
