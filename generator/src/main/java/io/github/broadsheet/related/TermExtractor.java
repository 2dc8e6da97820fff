package io.github.broadsheet.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Turns a contiguous block of articles into term counts: for every article the distinct terms of its title, summary,
 * headings and body (the first {@code maxBodyChars} of it; stop words removed) with a weighted count (each field's
 * weight per occurrence, see {@link Reading}), its length (the weighted count of all its words), plus how many
 * articles of the block contain each term. A term is a word as the {@link Stemmer} reduces it, looked up once per
 * distinct word of the block. Ids are local to the block's own {@link TermTable}; blocks are merged into global ids
 * afterwards, in block order, so the outcome does not depend on which thread handled which block.
 */
final class TermExtractor implements Tokenizer.Sink {

    /**
     * How articles are read.
     *
     * @param title        weight of a title word
     * @param summary      weight of a summary word
     * @param headings     extra weight of a heading word, which the body holds as well
     * @param maxBodyChars how much of the body is read
     * @param stemmer      how words are reduced to terms
     * @param displayForms keep, for each term, the word it was first read as ("signalling" for "signall"), to
     *                     show in explanations
     */
    record Reading(double title, double summary, double headings, int maxBodyChars, Stemmer stemmer,
                   boolean displayForms) {

        static Reading of(RelatedConfig config, boolean displayForms) {
            return new Reading(config.titleBoost(), config.summaryBoost(), Math.max(0, config.headingBoost() - 1),
                    config.maxBodyChars(), Stemmer.forLanguage(config.language()), displayForms);
        }

        /** Every word of the body once, as written: what the search index ranks. */
        static Reading bodyWords() {
            return new Reading(0, 0, 0, Integer.MAX_VALUE, Stemmer.NONE, false);
        }
    }

    /**
     * The result for one block of articles starting at internal id {@code firstDocument}:
     * {@code ids/counts[docStart[k] .. docStart[k+1])} belong to its k-th article, whose length is
     * {@code lengths[k]}.
     */
    record Block(int firstDocument, TermTable table, int stopWordCount, int[] documentFrequency, int[] docStart,
                 int[] ids, float[] counts, float[] lengths, int[] display) {
    }

    /**
     * The blocks' tables merged into one dictionary, in block order, so that global ids are the order of first use
     * whatever the thread scheduling. Only terms some article holds are merged: stop words and inflected forms
     * (which count under their stem) are not.
     *
     * @param dictionary        every term of every block
     * @param toGlobal          per block, local id to global id ({@code -1} for what is not a term)
     * @param documentFrequency per global id, the number of articles that contain the term
     * @param display           per global id, the word the term was first read as; {@code null} unless asked for
     */
    record Merged(TermTable dictionary, int[][] toGlobal, int[] documentFrequency, String[] display) {

        static Merged of(Block[] blocks) {
            TermTable dictionary = new TermTable(1 << 14);
            int[][] toGlobal = new int[blocks.length][];
            int[] df = new int[1 << 14];
            List<String> display = blocks.length > 0 && blocks[0].display() != null ? new ArrayList<>() : null;
            for (int b = 0; b < blocks.length; b++) {
                Block block = blocks[b];
                int[] map = new int[block.table().size()];
                Arrays.fill(map, -1);
                int[] local = block.documentFrequency();
                for (int id = block.stopWordCount(); id < map.length; id++) {
                    if (local[id] == 0) {
                        continue;
                    }
                    int global = dictionary.findOrAddFrom(block.table(), id);
                    if (global >= df.length) {
                        df = Arrays.copyOf(df, df.length * 2);
                    }
                    if (display != null && global == display.size()) {
                        display.add(block.table().term(block.display()[id]));
                    }
                    df[global] += local[id];
                    map[id] = global;
                }
                toGlobal[b] = map;
            }
            return new Merged(dictionary, toGlobal, df, display == null ? null : display.toArray(new String[0]));
        }
    }

    private static final int UNSEEN = -2;
    private static final int STOP = -1;

    private final Tokenizer tokenizer = new Tokenizer();
    private final TermTable table;
    private final int stopWordCount;
    private final Stemmer stemmer;
    private int[] termOf = new int[4096];         // per local id of a token: its term's id, STOP or UNSEEN
    private int[] display;                        // per term id, the token it was first read as; null if not kept
    private double[] weight = new double[1024];   // per term id, for the article being read
    private int[] touched = new int[256];
    private int touchedCount;
    private double boost;
    private double length;
    private final char[] scratch = new char[Tokenizer.MAX_TOKEN_LENGTH + 2];

    private TermExtractor(List<String> stopWords, Stemmer stemmer, boolean displayForms) {
        table = new TermTable(4096);
        // Stop words take the first ids: one lookup per token, then "is a stop word" is a comparison.
        for (String word : stopWords) {
            table.add(word);
        }
        stopWordCount = table.size();
        Arrays.fill(termOf, UNSEEN);
        Arrays.fill(termOf, 0, stopWordCount, STOP);
        this.stemmer = stemmer;
        if (displayForms) {
            display = new int[4096];
            Arrays.fill(display, -1);
        }
    }

    /** The stop words in the order every block adds them first; sorted, so block tables never depend on hashing. */
    static List<String> stopWordList(Set<String> stopWords) {
        return stopWords.stream().sorted().toList();
    }

    static Block extract(RelatedDocument[] documents, int[] order, int from, int to, List<String> stopWords,
                         Reading reading) {
        return new TermExtractor(stopWords, reading.stemmer(), reading.displayForms())
                .run(documents, order, from, to, reading);
    }

    private Block run(RelatedDocument[] documents, int[] order, int from, int to, Reading reading) {
        int[] docStart = new int[to - from + 1];
        float[] lengths = new float[to - from];
        int maxBodyChars = reading.maxBodyChars();
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
            length = 0;
            readTitle(doc.title(), reading.title());
            read(doc.summary(), reading.summary(), Integer.MAX_VALUE);
            read(doc.headings(), reading.headings(), Integer.MAX_VALUE);
            read(doc.text().toString(), 1.0, maxBodyChars);
            lengths[k - from] = (float) length;
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
                Arrays.copyOf(ids, used), Arrays.copyOf(counts, used), lengths,
                display == null ? null : Arrays.copyOf(display, table.size()));
    }

    /**
     * Reads a title. A one-word label before a colon at its start ("Explainer: ...", "Review: ...") names the
     * format, not the subject, and the same label on articles of every topic would otherwise tie them together
     * through their most heavily weighted field: it counts as a body word.
     */
    private void readTitle(String title, double boost) {
        int colon = labelEnd(title);
        if (colon < 0) {
            read(title, boost, Integer.MAX_VALUE);
        } else {
            read(title.substring(0, colon), Math.min(1.0, boost), Integer.MAX_VALUE);
            read(title.substring(colon + 1), boost, Integer.MAX_VALUE);
        }
    }

    /** The index of the colon ending a one-word label at the start of a title, or -1. */
    static int labelEnd(String title) {
        int n = title.indexOf(':');
        if (n < 0 || n > 40) {
            return -1;  // most titles: no label
        }
        int i = 0;
        while (i < n && Character.isWhitespace(title.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < n && Character.isLetter(title.charAt(i))) {
            i++;
        }
        return i > start && i == n ? i : -1;
    }

    private void read(String text, double boost, int limit) {
        if (boost > 0 && !text.isEmpty() && limit > 0) {
            this.boost = boost;
            tokenizer.tokenize(text, limit, this);
        }
    }

    @Override
    public void accept(char[] chars, int offset, int length, int hash, long packed) {
        int token = table.findOrAdd(chars, offset, length, hash, packed);
        if (token >= termOf.length) {
            int old = termOf.length;
            termOf = Arrays.copyOf(termOf, Math.max(old * 2, token + 1));
            Arrays.fill(termOf, old, termOf.length, UNSEEN);
        }
        int term = termOf[token];
        if (term == UNSEEN) {
            term = stemOf(token, chars, offset, length);
        }
        if (term != STOP) {
            count(term, boost);
            this.length += boost;
        }
    }

    /** The term of a token seen for the first time in this block: the token itself or its stem. */
    private int stemOf(int token, char[] chars, int offset, int length) {
        int term = token;
        if (stemmer.stems()) {
            System.arraycopy(chars, offset, scratch, 0, length);
            int stemmed = stemmer.stem(scratch, length);
            if (stemmed != length || !sameChars(chars, offset, scratch, length)) {
                term = add(scratch, stemmed);
                if (term < stopWordCount) {
                    term = STOP;  // an inflection of a stop word ("others" -> "other") is one too
                }
            }
        }
        termOf[token] = term;
        if (display != null && term >= 0) {
            if (term >= display.length) {
                int old = display.length;
                display = Arrays.copyOf(display, Math.max(old * 2, table.size()));
                Arrays.fill(display, old, display.length, -1);
            }
            if (display[term] < 0) {
                display[term] = token;
            }
        }
        return term;
    }

    private int add(char[] chars, int length) {
        long packed = TermTable.packed(chars, 0, length);
        return table.findOrAdd(chars, 0, length, packed != 0 ? 0 : Tokenizer.hash(chars, 0, length), packed);
    }

    private static boolean sameChars(char[] a, int offset, char[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (a[offset + i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private void count(int id, double amount) {
        if (id >= weight.length) {
            weight = Arrays.copyOf(weight, Math.max(weight.length * 2, id + 1));
        }
        if (weight[id] == 0) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = id;
        }
        weight[id] += amount;
    }
}
