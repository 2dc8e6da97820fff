package io.github.broadsheet.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * How well the text similarity alone separates the topics of an {@link EvaluationSet} part (a plain {@code main},
 * not a test): for every topic article whether its nearest texts are in its topic (P@1, P@3), the similarity of
 * same-topic pairs against other pairs, and the range of minimum similarities for which text-only lists are at least
 * 95 % topic-pure with no outlier link (the wider, the easier the minimum is to set). Used to compare text models;
 * {@code -Dterms=N} overrides {@code maxTermsPerDocument}. Run with
 * {@code java -cp target/classes:target/test-classes io.github.broadsheet.related.TextSignalReport dev}.
 */
public final class TextSignalReport {

    private TextSignalReport() {
    }

    public static void main(String[] args) {
        for (String part : args.length == 0 ? List.of("dev") : List.of(args)) {
            report(part, RelatedConfig.defaults().withMaxTermsPerDocument(
                    Integer.getInteger("terms", RelatedConfig.defaults().maxTermsPerDocument())));
        }
    }

    private static void report(String part, RelatedConfig config) {
        List<EvaluationSet.Labelled> set = EvaluationSet.load(part);
        CorpusModel model = CorpusModel.build(EvaluationSet.documents(set).toArray(new RelatedDocument[0]), config);
        int n = set.size();
        int[] internal = new int[n];
        for (int d = 0; d < n; d++) {
            internal[model.inputIndex(d)] = d;
        }
        double[][] sim = new double[n][n];
        List<Double> same = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sim[i][j] = i == j ? -1 : model.textSimilarity(internal[i], internal[j]);
                if (j > i) {
                    (sameTopic(set, i, j) ? same : other).add(sim[i][j]);
                }
            }
        }
        int topicArticles = 0;
        int first = 0;
        int top3 = 0;
        for (int i = 0; i < n; i++) {
            if (set.get(i).topic().equals(EvaluationSet.OUTLIER)) {
                continue;
            }
            topicArticles++;
            Integer[] byText = nearest(sim[i]);
            first += sameTopic(set, i, byText[0]) ? 1 : 0;
            for (int r = 0; r < 3; r++) {
                top3 += sameTopic(set, i, byText[r]) ? 1 : 0;
            }
        }
        double low = Double.NaN;
        double high = Double.NaN;
        for (int step = 0; step <= 120; step++) {
            double min = step * 0.005;
            if (textOnlyListsPass(set, sim, min)) {
                low = Double.isNaN(low) ? min : low;
                high = min;
            }
        }
        Collections.sort(same);
        Collections.sort(other);
        System.out.printf(Locale.ROOT, "%s: P@1 %d/%d, P@3 %d/%d; same topic: p25 %.3f, median %.3f; other pairs: "
                        + "p90 %.3f, max %.3f; text-only lists >= 95%% pure without outlier links for a minimum "
                        + "in [%.3f, %.3f]%n", part, first, topicArticles, top3, 3 * topicArticles,
                same.get(same.size() / 4), same.get(same.size() / 2), other.get((int) (other.size() * 0.9)),
                other.get(other.size() - 1), low, high);
    }

    private static boolean sameTopic(List<EvaluationSet.Labelled> set, int i, int j) {
        return set.get(i).topic().equals(set.get(j).topic()) && !set.get(i).topic().equals(EvaluationSet.OUTLIER);
    }

    private static Integer[] nearest(double[] row) {
        Integer[] order = new Integer[row.length];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (a, b) -> Double.compare(row[b], row[a]));
        return order;
    }

    private static boolean textOnlyListsPass(List<EvaluationSet.Labelled> set, double[][] sim, double min) {
        int pure = 0;
        int topicArticles = 0;
        for (int a = 0; a < set.size(); a++) {
            int i = a;
            boolean outlier = set.get(i).topic().equals(EvaluationSet.OUTLIER);
            List<Integer> list = Arrays.stream(nearest(sim[i])).filter(j -> sim[i][j] >= min && sim[i][j] > 0)
                    .limit(5).toList();
            for (int j : list) {
                if (outlier || set.get(j).topic().equals(EvaluationSet.OUTLIER)) {
                    return false;
                }
            }
            if (!outlier) {
                topicArticles++;
                boolean ok = !list.isEmpty() && list.stream().limit(3).allMatch(j -> sameTopic(set, i, j));
                pure += ok ? 1 : 0;
            }
        }
        return pure >= 0.95 * topicArticles;
    }
}
