package io.github.broadsheet.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackedTextTest {

    private static final String LONG = """
            <h2 id="uber">Über „Zürich“ — 東京 and 🚋</h2>
            <p>The “tram” isn’t late. Ελληνικά, עברית, русский, ﬁne.</p>
            <pre><code class="language-java">String s = &quot;&lt;b&gt;ü&lt;/b&gt;&quot;; // 東京
            </code></pre>
            """.repeat(20);

    @Test
    void aPackedTextReadsBackExactly() {
        PackedText packed = PackedText.of(LONG).packed();
        assertThat(packed.isPacked()).isTrue();
        assertThat(packed.toString()).isEqualTo(LONG);
        assertThat(packed.toString()).isEqualTo(LONG);
        assertThat(packed.length()).isEqualTo(LONG.length());
        assertThat(packed).isEqualTo(PackedText.of(LONG)).hasSameHashCodeAs(PackedText.of(LONG));
        assertThat(packed.packed()).isSameAs(packed);
        assertThat(packed).isNotEqualTo(PackedText.of(LONG + " ").packed());
    }

    @Test
    void aPackedTextHoldsAFractionOfTheText() {
        PackedText plain = PackedText.of(LONG);
        PackedText packed = plain.packed();
        assertThat(plain.heldBytes()).isGreaterThanOrEqualTo(LONG.length());
        assertThat(packed.heldBytes()).isLessThan(LONG.length() / 4);
    }

    @Test
    void shortAndEmptyTextsStayAsTheyAre() {
        assertThat(PackedText.of("<p>Short “text”.</p>").packed().isPacked()).isFalse();
        assertThat(PackedText.of("<p>Short “text”.</p>").packed().toString()).isEqualTo("<p>Short “text”.</p>");
        assertThat(PackedText.of(null)).isSameAs(PackedText.EMPTY);
        assertThat(PackedText.of("").isEmpty()).isTrue();
        assertThat(PackedText.EMPTY.packed().toString()).isEmpty();
    }
}
