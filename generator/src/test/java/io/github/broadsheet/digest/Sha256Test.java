package io.github.broadsheet.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Expected values come from outside this code (FIPS 180-2 and {@code sha256sum}), not from the JDK it wraps. */
class Sha256Test {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void hashesTheStandardVector() {
        assertThat(Sha256.hex("abc", 64)).isEqualTo(ABC);
    }

    /** Caches and slugs must not depend on the platform's default charset. */
    @Test
    void hashesTextAsUtf8() {
        // printf 'Grüße, 東京' | sha256sum
        String expected = "25468b5ce0aed2661e290a61ab1931aeb30bf9073b8fc167afd9bbd94de7aeea";
        assertThat(Sha256.hex("Grüße, 東京", 64)).isEqualTo(expected);
        assertThat(Sha256.hex("Grüße, 東京".getBytes(StandardCharsets.UTF_8), 64)).isEqualTo(expected);
    }

    @Test
    void hexIsAPrefixOfTheWholeHashInLowercase() {
        assertThat(Sha256.hex("abc", 8)).isEqualTo("ba7816bf");
        assertThat(Sha256.hex("abc", 5)).isEqualTo("ba781");
        assertThat(Sha256.hex("abc", 64)).isEqualTo(ABC);
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII), 8)).isEqualTo("ba7816bf");
    }
}
