package io.github.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void longTextsAreCutAtAWord() {
        String summary = "word ".repeat(100).strip();
        String cut = Excerpt.cut(summary, 200);
        assertThat(cut).hasSizeLessThanOrEqualTo(200).endsWith("word…");
        assertThat(Excerpt.cut("Short, fine.", 200)).isEqualTo("Short, fine.");
        assertThat(Excerpt.cut("One two three, four", 16)).isEqualTo("One two three…");
    }
}
