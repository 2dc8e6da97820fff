package io.github.broadsheet.related;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns a contiguous block of articles into term counts: for every article the distinct terms of its title, summary
 * and body (the first {@code maxBodyChars} of it; stop words removed) with a weighted count ({@code titleBoost} per title occurrence, {@code summaryBoost}
 * per summary occurrence, 1 per body occurrence), plus how many articles of the block contain each term. Ids are
 * local to the block's own {@link TermTable}; blocks are merged into global ids afterwards, in block order, so the
 * outcome does not depend on which thread handled which block.
 */
final class TermExtractor implements Tokenizer.Sink {

    /**
     * The result for one block of articles starting at internal id {@code firstDocument}:
     * {@code ids/counts[docStart[k] .. docStart[k+1])} belong to its k-th article.
     */
    record Block(int firstDocument, TermTable table, int stopWordCount, int[] documentFrequency, int[] docStart,
                 int[] ids, float[] counts) {
    }

    /**
     * The blocks' tables merged into one dictionary, in block order, so that global ids are the order of first use
     * whatever the thread scheduling.
     *
     * @param dictionary        every term of every block
     * @param toGlobal          per block, local id to global id ({@code -1} for stop words)
     * @param documentFrequency per global id, the number of articles that contain the term
     */
    record Merged(TermTable dictionary, int[][] toGlobal, int[] documentFrequency) {

        static Merged of(Block[] blocks) {
            TermTable dictionary = new TermTable(1 << 14);
            int[][] toGlobal = new int[blocks.length][];
            int[] df = new int[1 << 14];
            for (int b = 0; b < blocks.length; b++) {
                Block block = blocks[b];
                int[] map = new int[block.table().size()];
                Arrays.fill(map, 0, block.stopWordCount(), -1);
                for (int local = block.stopWordCount(); local < map.length; local++) {
                    int global = dictionary.findOrAddFrom(block.table(), local);
                    if (global >= df.length) {
                        df = Arrays.copyOf(df, df.length * 2);
                    }
                    df[global] += block.documentFrequency()[local];
                    map[local] = global;
                }
                toGlobal[b] = map;
            }
            return new Merged(dictionary, toGlobal, df);
        }
    }

    private final Tokenizer tokenizer = new Tokenizer();
    private final TermTable table;
    private final int stopWordCount;
    private double[] weight = new double[1024];  // per local id, for the article being read
    private int[] touched = new int[256];
    private int touchedCount;
    private double boost;

    private TermExtractor(List<String> stopWords) {
        table = new TermTable(4096);
        // Stop words take the first ids: one lookup per token, then "is a stop word" is a comparison.
        for (String word : stopWords) {
            table.add(word);
        }
        stopWordCount = table.size();
    }

    /** The stop words in the order every block adds them first; sorted, so block tables never depend on hashing. */
    static List<String> stopWordList(Set<String> stopWords) {
        return stopWords.stream().sorted().toList();
    }

    static Block extract(RelatedDocument[] documents, int[] order, int from, int to, List<String> stopWords,
                         RelatedConfig config) {
        return new TermExtractor(stopWords).run(documents, order, from, to, config.titleBoost(),
                config.summaryBoost(), config.maxBodyChars());
    }

    private Block run(RelatedDocument[] documents, int[] order, int from, int to, double titleBoost,
                      double summaryBoost, int maxBodyChars) {
        int[] docStart = new int[to - from + 1];
        // Sized from the text so that the arrays rarely grow: growing copies dominated this step's allocations.
        long chars = 0;
        for (int k = from; k < to; k++) {
            RelatedDocument doc = documents[order[k]];
            chars += doc.title().length() + doc.summary().length() + Math.min(doc.text().length(), maxBodyChars);
        }
        int[] ids = new int[(int) Math.min(Integer.MAX_VALUE - 8, chars / 12 + 64)];
        float[] counts = new float[ids.length];
        int[] documentFrequency = new int[1024];
        int used = 0;
        for (int k = from; k < to; k++) {
            RelatedDocument doc = documents[order[k]];
            read(doc.title(), titleBoost, Integer.MAX_VALUE);
            read(doc.summary(), summaryBoost, Integer.MAX_VALUE);
            read(doc.text(), 1.0, maxBodyChars);
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
        return new Block(from, table, stopWordCount, Arrays.copyOf(documentFrequency, table.size()), docStart,
                Arrays.copyOf(ids, used), Arrays.copyOf(counts, used));
    }

    private void read(String text, double boost, int limit) {
        if (boost > 0 && !text.isEmpty() && limit > 0) {
            this.boost = boost;
            tokenizer.tokenize(text, limit, this);
        }
    }

    @Override
    public void accept(char[] chars, int offset, int length, int hash, long packed) {
        int id = table.findOrAdd(chars, offset, length, hash, packed);
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
