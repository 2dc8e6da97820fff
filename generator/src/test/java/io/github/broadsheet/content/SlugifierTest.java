package io.github.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugifierTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Hello World                | hello-world
            São Paulo                  | sao-paulo
            Köln                       | koln
            Zürich                     | zurich
            Crème Brûlée               | creme-brulee
            Straße                     | strasse
            C++                        | c-plus-plus
            C#                         | c-sharp
            C                          | c
            Trams & buses              | trams-and-buses
            '  spaced   out  '         | spaced-out
            ../../etc/passwd           | etc-passwd
            already-a-slug             | already-a-slug
            Ærøskøbing                 | aeroskobing
            2026 budget: 4.2bn         | 2026-budget-4-2bn
            """)
    void slugifies(String text, String slug) {
        assertThat(Slugifier.slugify(text)).isEqualTo(slug);
    }

    @ParameterizedTest(name = "{0} has no letters")
    @CsvSource(delimiter = '|', textBlock = """
            '!!!'
            '—'
            'Москва'
            '東京'
            """)
    void fallsBackToStableHash(String text) {
        String slug = Slugifier.slugifyOr(text, "tag-");
        assertThat(slug).matches("tag-[0-9a-f]{8}").isEqualTo(Slugifier.slugifyOr(text, "tag-"));
    }
}
