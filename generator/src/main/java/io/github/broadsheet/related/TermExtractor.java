package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.Set;

/**
 * Turns a contiguous block of articles into term counts: for every article the distinct terms of its title, summary
 * and body (stop words removed) with a weighted count ({@code titleBoost} per title occurrence, {@code summaryBoost}
 * per summary occurrence, 1 per body occurrence), plus how many articles of the block contain each term. Ids are
 * local to the block's own {@link TermTable}; blocks are merged into global ids afterwards, in block order, so the
 * outcome does not depend on which thread handled which block.
 */
final class TermExtractor implements Tokenizer.Sink {

    /** The result for one block; {@code ids/counts[docStart[k] .. docStart[k+1])} belong to its k-th article. */
    record Block(TermTable table, int stopWordCount, int[] documentFrequency, int[] docStart, int[] ids,
                 float[] counts) {
    }

    private final Tokenizer tokenizer = new Tokenizer();
    private final TermTable table;
    private final int stopWordCount;
    private double[] weight = new double[1024];  // per local id, for the article being read
    private int[] touched = new int[256];
    private int touchedCount;
    private double boost;

    private TermExtractor(Set<String> stopWords, int expectedTerms) {
        table = new TermTable(expectedTerms);
        // Stop words take the first ids, so "is a stop word" is one comparison in the hot loop.
        for (String word : stopWords) {
            table.add(word);
        }
        stopWordCount = table.size();
    }

    static Block extract(RelatedDocument[] documents, int[] order, int from, int to, Set<String> stopWords,
                         double titleBoost, double summaryBoost) {
        return new TermExtractor(stopWords, 4096).run(documents, order, from, to, titleBoost, summaryBoost);
    }

    private Block run(RelatedDocument[] documents, int[] order, int from, int to, double titleBoost,
                      double summaryBoost) {
        int[] docStart = new int[to - from + 1];
        int[] ids = new int[(to - from) * 256];
        float[] counts = new float[ids.length];
        int[] documentFrequency = new int[1024];
        int used = 0;
        for (int k = from; k < to; k++) {
            RelatedDocument doc = documents[order[k]];
            read(doc.title(), titleBoost);
            read(doc.summary(), summaryBoost);
            read(doc.text(), 1.0);
            if (used + touchedCount > ids.length) {
                int grown = Math.max(ids.length * 3 / 2, used + touchedCount);
                ids = Arrays.copyOf(ids, grown);
                counts = Arrays.copyOf(counts, grown);
            }
            if (documentFrequency.length < table.size()) {
                documentFrequency = Arrays.copyOf(documentFrequency,
                        Math.max(documentFrequency.length * 2, table.size()));
            }
            for (int j = 0; j < touchedCount; j++) {
                int id = touched[j];
                ids[used] = id;
                counts[used] = (float) weight[id];
                used++;
                weight[id] = 0;
                documentFrequency[id]++;
            }
            touchedCount = 0;
            docStart[k - from + 1] = used;
        }
        return new Block(table, stopWordCount, Arrays.copyOf(documentFrequency, table.size()), docStart,
                Arrays.copyOf(ids, used), Arrays.copyOf(counts, used));
    }

    private void read(String text, double boost) {
        if (boost > 0 && !text.isEmpty()) {
            this.boost = boost;
            tokenizer.tokenize(text, this);
        }
    }

    @Override
    public void accept(char[] token, int length, int hash) {
        int id = table.findOrAdd(token, 0, length, hash);
        if (id < stopWordCount) {
            return;
        }
        if (id >= weight.length) {
            weight = Arrays.copyOf(weight, Math.max(weight.length * 2, id + 1));
        }
        if (weight[id] == 0) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = id;
        }
        weight[id] += boost;
    }
}
