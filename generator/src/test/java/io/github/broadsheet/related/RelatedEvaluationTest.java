package io.github.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The related lists of the default model judged against the labelled {@link EvaluationSet}: on each part, at least
 * 95 % of the articles that belong to a topic must have a non-empty list whose first three links stay in their topic,
 * and no outlier may get or give a link. The defaults were tuned on {@code dev} only; {@code heldout} checks that
 * they carry over to a site they were not tuned on.
 */
class RelatedEvaluationTest {

    static final double MIN_PURITY = 0.95;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "heldout"})
    void topThreeListsStayInTheirTopicAndOutliersStayAlone(String part) {
        List<EvaluationSet.Labelled> set = EvaluationSet.load(part);
        EvaluationSet.Score score = EvaluationSet.score(set,
                RelatedArticles.compute(EvaluationSet.documents(set), RelatedConfig.defaults()));

        assertThat(score.topicArticles()).as("labelled articles in topics").isGreaterThanOrEqualTo(30);
        assertThat(set.stream().filter(l -> l.topic().equals(EvaluationSet.OUTLIER))).as("outliers")
                .hasSizeGreaterThan(1);
        assertThat(score.purity()).as("%s: %s%n%s", part, score, String.join("\n", score.failures()))
                .isGreaterThanOrEqualTo(MIN_PURITY);
        assertThat(score.outlierLinks()).as("%s: %s%n%s", part, score, String.join("\n", score.failures()))
                .isZero();
    }

    /** The score above means little if a part lost one of its traps: each part must keep all of them. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "heldout"})
    void everyPartHasEveryTrap(String part) {
        List<EvaluationSet.Labelled> set = EvaluationSet.load(part);
        Map<String, Set<String>> topicsByTag = new HashMap<>();
        Map<String, Set<String>> spellings = new HashMap<>();
        for (EvaluationSet.Labelled article : set) {
            for (String tag : article.document().tags()) {
                String key = tag.toLowerCase(Locale.ROOT);
                topicsByTag.computeIfAbsent(key, k -> new HashSet<>()).add(article.topic());
                spellings.computeIfAbsent(key, k -> new HashSet<>()).add(tag);
            }
        }
        Set<String> topics = new HashSet<>(set.stream().map(EvaluationSet.Labelled::topic).toList());
        topics.remove(EvaluationSet.OUTLIER);
        assertThat(topics).as("topics").hasSizeGreaterThanOrEqualTo(6);
        int withTextOnlyNeighbour = 0;
        for (String topic : topics) {
            List<EvaluationSet.Labelled> members = set.stream().filter(l -> l.topic().equals(topic)).toList();
            assertThat(members).as("articles of %s", topic).hasSizeGreaterThanOrEqualTo(5);
            // A text-only neighbour: a tagged article sharing no tag with the rest of its topic.
            if (members.stream().anyMatch(a -> !a.document().tags().isEmpty() && members.stream()
                    .filter(b -> b != a).noneMatch(b -> b.document().tags().stream().anyMatch(t ->
                            a.document().tags().stream().anyMatch(t::equalsIgnoreCase))))) {
                withTextOnlyNeighbour++;
            }
        }
        assertThat(withTextOnlyNeighbour).as("topics with a tagged article sharing no tag with its topic")
                .isGreaterThanOrEqualTo(topics.size() / 2);
        assertThat(topicsByTag.get("news")).as("a generic tag across topics").hasSizeGreaterThanOrEqualTo(4);
        assertThat(topicsByTag.get("explainer")).as("a format tag across topics").hasSizeGreaterThanOrEqualTo(4);
        assertThat(spellings.values()).as("a tag spelled in two cases").anyMatch(s -> s.size() > 1);
        assertThat(topicsByTag.entrySet()).as("a rare tag shared by articles of different topics (false friends)")
                .anyMatch(e -> e.getValue().size() > 1 && !e.getKey().equals("news")
                        && !e.getKey().equals("explainer") && !e.getKey().equals("interview"));
        assertThat(set).as("untagged topic articles").anyMatch(l -> l.document().tags().isEmpty()
                && !l.topic().equals(EvaluationSet.OUTLIER));
        assertThat(set).as("outliers carrying a generic or format tag").anyMatch(l ->
                l.topic().equals(EvaluationSet.OUTLIER) && l.document().tags().stream().map(String::toLowerCase)
                        .anyMatch(t -> t.equals("news") || t.equals("explainer")));
    }
}
