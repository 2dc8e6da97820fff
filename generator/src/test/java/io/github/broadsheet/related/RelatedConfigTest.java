package io.github.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RelatedConfigTest {

    @Test
    void defaults() {
        RelatedConfig config = RelatedConfig.defaults();
        assertThat(config.count()).isEqualTo(5);
        assertThat(config.textWeight()).isEqualTo(1.0);
        assertThat(config.tagWeight()).isEqualTo(1.0);
        assertThat(config.dateWeight()).isEqualTo(0.1);
        assertThat(config.minScore()).isEqualTo(0.2);
        assertThat(config.headingBoost()).isGreaterThan(1).isLessThanOrEqualTo(config.titleBoost());
        assertThat(config.language()).isEqualTo("en");
    }

    @Test
    void withersChangeOnlyTheirComponent() {
        RelatedConfig base = RelatedConfig.defaults();
        RelatedConfig changed = base.withCount(7).withWeights(0.6, 0.3, 0.05).withMinScore(0.1).withLanguage("de-CH")
                .withCardinalityThreshold(99).withMaxTermsPerDocument(20).withBoosts(4, 1.5).withHeadingBoost(2.5)
                .withMaxBodyChars(500).withDateHalfLifeDays(30);
        assertThat(changed).isEqualTo(new RelatedConfig(7, 0.6, 0.3, 0.05, 0.1, 99, 20, 4, 1.5, 2.5, 500, 30, "de-CH"));
        assertThat(base.withTagWeight(0.9).tagWeight()).isEqualTo(0.9);
        assertThat(base.withTextWeight(0.9).textWeight()).isEqualTo(0.9);
        assertThat(base.withDateWeight(0.0).dateWeight()).isZero();
        assertThat(base.withLanguage(null).language()).isEqualTo("en");
        assertThat(base.withLanguage("  ").language()).isEqualTo("en");
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("negative count", (UnaryOperator<RelatedConfig>) c -> c.withCount(-1)),
                Arguments.of("negative weight", (UnaryOperator<RelatedConfig>) c -> c.withTagWeight(-0.1)),
                Arguments.of("NaN weight", (UnaryOperator<RelatedConfig>) c -> c.withTextWeight(Double.NaN)),
                Arguments.of("no text weight", (UnaryOperator<RelatedConfig>) c -> c.withWeights(1, 0, 0.1)),
                Arguments.of("negative heading boost", (UnaryOperator<RelatedConfig>) c -> c.withHeadingBoost(-1)),
                Arguments.of("negative minScore", (UnaryOperator<RelatedConfig>) c -> c.withMinScore(-1)),
                Arguments.of("zero threshold", (UnaryOperator<RelatedConfig>) c -> c.withCardinalityThreshold(0)),
                Arguments.of("zero terms", (UnaryOperator<RelatedConfig>) c -> c.withMaxTermsPerDocument(0)),
                Arguments.of("negative body limit", (UnaryOperator<RelatedConfig>) c -> c.withMaxBodyChars(-1)),
                Arguments.of("infinite boost", (UnaryOperator<RelatedConfig>) c -> c.withBoosts(1.0 / 0, 1)),
                Arguments.of("zero half-life", (UnaryOperator<RelatedConfig>) c -> c.withDateHalfLifeDays(0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void rejects(String name, UnaryOperator<RelatedConfig> change) {
        assertThatIllegalArgumentException().isThrownBy(() -> change.apply(RelatedConfig.defaults()));
    }
}
