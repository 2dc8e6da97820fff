package io.github.broadsheet.related;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits plain text into case-folded word tokens without allocating per token: each token is handed to a
 * {@link Sink} as a range of a reused char array plus a hash, because this runs over every word of every article.
 * A token is a run of Unicode letters and digits (combining marks included, then composed to NFC, so "Köln" typed
 * with a combining diaeresis still becomes "köln"); apostrophes and hyphens split tokens ("l'économie" gives
 * "économie", "don't" gives "don", a stop word). Letters and digits together form one token ("h100", "5g"), and a
 * '.' or ',' between digits stays in it as '.' ("v2.0"). Of the pure numbers only four-digit ones are kept: years
 * like "2024" say something about a topic, while counts, prices, decimals and table figures ("3", "12.50",
 * "1,000") mostly add coincidental matches. Tokens of one character and tokens longer than 64 characters (hashes,
 * base64) are dropped too. Scripts without spaces between words (Chinese, Japanese, Thai) are not segmented.
 * Instances keep buffers and are not thread-safe.
 */
final class Tokenizer {

    /**
     * Receives tokens; {@code chars[offset .. offset+length)} is only valid during the call. {@code packed} is
     * {@link TermTable#packed} of the token; only when that is 0 is {@code hash} computed ({@link #hash}), else 0.
     */
    interface Sink {
        void accept(char[] chars, int offset, int length, int hash, long packed);
    }

    static final int MAX_TOKEN_LENGTH = 64;
    static final int NUMBER_LENGTH = 4;

    /** Read-only: for an ASCII char its token form (lower-case letter or digit), 0 for a separator. */
    private static final char[] ASCII = asciiTable();

    // One slack slot so a surrogate pair at the limit still fits before the overflow check.
    private final char[] buffer = new char[MAX_TOKEN_LENGTH + 2];
    private char[] chars = new char[4096];

    /** Tokens of {@code text} without stop words, in order; the convenient (allocating) form for tests and tools. */
    static List<String> terms(String text, String language) {
        Set<String> stop = StopWords.forLanguage(language);
        List<String> out = new ArrayList<>();
        new Tokenizer().tokenize(text, (chars, offset, length, hash, packed) -> {
            String term = new String(chars, offset, length);
            if (!stop.contains(term)) {
                out.add(term);
            }
        });
        return out;
    }

    /** The hash the tokenizer reports for a term without a packed key (see {@link Sink}). */
    static int hash(CharSequence term) {
        int h = 0;
        for (int i = 0; i < term.length(); i++) {
            h = 31 * h + term.charAt(i);
        }
        return h;
    }

    static int hash(char[] chars, int offset, int length) {
        int h = 0;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    private static boolean hasLetter(char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s[i] > '9') {
                return true;
            }
        }
        return false;
    }

    void tokenize(String text, Sink sink) {
        tokenize(text, Integer.MAX_VALUE, sink);
    }

    /** Tokens of the first {@code limit} characters of {@code text}; a word cut by the limit is read to its end. */
    void tokenize(String text, int limit, Sink sink) {
        int n = text.length();
        if (limit < n) {
            int end = limit;
            // Only a word that started before the limit is finished; its length is bounded by the token limit.
            if (limit > 0 && Character.isLetterOrDigit(text.charAt(limit - 1))) {
                while (end < n && end < limit + MAX_TOKEN_LENGTH && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
            }
            n = end;
        }
        // A private copy: one bulk copy beats a checked charAt per character, and ASCII tokens are folded in place.
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        final char[] s = chars;
        text.getChars(0, n, s, 0);
        final char[] ascii = ASCII;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (c < 128) {
                if (ascii[c] == 0) {
                    i++;
                    continue;
                }
            } else {
                int cp = Character.codePointAt(s, i, n);
                if (!Character.isLetterOrDigit(cp)) {
                    i += Character.charCount(cp);
                    continue;  // non-ASCII punctuation, spaces, symbols, stray combining marks
                }
            }
            // Fast path: a token of ASCII letters and digits, which is nearly every token of most sites.
            // The loop only folds and packs; hash and letter check are left to the few tokens that need them.
            int start = i;
            long packed = 0;
            while (i < n && (c = s[i]) < 128) {
                char folded = ascii[c];
                if (folded == 0) {
                    break;
                }
                s[i++] = folded;
                packed = packed << 8 | folded;
            }
            if (i < n && (c >= 128 || isNumberSeparator(s, i, n))) {
                i = slowToken(s, start, n, sink);
                continue;
            }
            int length = i - start;
            if (length >= 2 && length <= MAX_TOKEN_LENGTH
                    && (s[start] > '9' || length == NUMBER_LENGTH || hasLetter(s, start, i))) {
                if (length <= 8) {
                    sink.accept(s, start, length, 0, packed);
                } else {
                    // Shifted past eight characters, the key lost its first ones: such terms use the hash table.
                    sink.accept(s, start, length, hash(s, start, length), 0);
                }
            }
        }
    }

    /**
     * The general case for a token starting at {@code start}: non-ASCII letters, marks, digit separators. Returns
     * the index after the token. Characters before the first non-ASCII one are already folded, folding is
     * idempotent, so scanning again from the start is fine.
     */
    private int slowToken(char[] s, int start, int n, Sink sink) {
        char[] buf = buffer;
        int i = start;
        int len = 0;
        boolean letters = false;
        boolean marks = false;
        boolean separators = false;
        boolean overflow = false;
        while (i < n) {
            char c = s[i];
            int cp;
            int width = 1;
            if (c < 128) {
                cp = ASCII[c];
                if (cp > '9') {
                    letters = true;
                } else if (cp == 0) {
                    if (isNumberSeparator(s, i, n) && len > 0 && Character.isDigit(buf[len - 1])) {
                        cp = '.';
                        separators = true;
                    } else {
                        break;
                    }
                }
            } else {
                cp = Character.codePointAt(s, i, n);
                width = Character.charCount(cp);
                if (Character.isLetter(cp)) {
                    cp = Character.toLowerCase(cp);
                    letters = true;
                } else if (isMark(cp)) {
                    marks = true;
                } else if (!Character.isDigit(cp)) {
                    break;
                }
            }
            if (len < MAX_TOKEN_LENGTH) {
                len += Character.toChars(cp, buf, len);
            } else {
                overflow = true;
            }
            i += width;
        }
        if (overflow) {
            return i;
        }
        if (marks) {
            String composed = Normalizer.normalize(new String(buf, 0, len), Normalizer.Form.NFC);
            len = Math.min(composed.length(), MAX_TOKEN_LENGTH);
            composed.getChars(0, len, buf, 0);
        }
        if (len >= 2 && (letters || (len == NUMBER_LENGTH && !separators))) {
            long packed = TermTable.packed(buf, 0, len);
            sink.accept(buf, 0, len, packed != 0 ? 0 : hash(buf, 0, len), packed);
        }
        return i;
    }

    /** A '.' or ',' with a digit on both sides. */
    private static boolean isNumberSeparator(char[] s, int i, int n) {
        char c = s[i];
        return (c == '.' || c == ',') && i > 0 && i + 1 < n && Character.isDigit(s[i - 1])
                && Character.isDigit(s[i + 1]);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static char[] asciiTable() {
        char[] table = new char[128];
        for (char c = '0'; c <= '9'; c++) {
            table[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            table[c] = c;
            table[c - 'a' + 'A'] = c;
        }
        return table;
    }
}
