package io.github.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Site settings come from the POM or the command line and end up in every page and feed. */
class SiteSettingsTest {

    /** A control character in a setting is refused with the setting's name, as one line (the Mojo's message). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"title, U+0007", "description, U+001B", "author, U+0085", "language, U+FFFE", "baseUrl, U+FFFE"})
    void controlCharactersAreRefused(String setting, String character) {
        String bad = switch (character) {
            case "U+0007" -> "Bell \u0007";
            case "U+001B" -> "\u001b[31mRed";
            case "U+0085" -> "Next \u0085 line";
            default -> "https://example.org/\uFFFE/";
        };
        assertThatThrownBy(() -> new SiteSettings(setting.equals("title") ? bad : "Title",
                setting.equals("description") ? bad : null, setting.equals("baseUrl") ? bad : null,
                setting.equals("language") ? bad : null, setting.equals("author") ? bad : null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(setting + " holds the control character " + character
                        + ", which cannot be shown and breaks feeds; remove it");
    }
}
