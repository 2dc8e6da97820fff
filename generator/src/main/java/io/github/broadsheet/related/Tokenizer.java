package io.github.broadsheet.related;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits plain text into case-folded word tokens without allocating per token: each token is handed to a
 * {@link Sink} as characters in a reused buffer plus a hash, because this runs over every word of every article.
 * A token is a run of Unicode letters and digits (combining marks included, then composed to NFC, so "Köln" typed
 * with a combining diaeresis still becomes "köln"); apostrophes and hyphens split tokens ("l'économie" gives
 * "économie", "don't" gives "don", a stop word). A '.' or ',' between two digits stays in the number as '.', so
 * "1,000", "1.000" and "3,5"/"3.5" come out the same. Tokens of one character, numbers shorter than four characters
 * ("3", "10", "2.5" say little about a topic, years like "2024" do) and tokens longer than 64 characters (hashes,
 * base64) are dropped. Scripts without spaces between words (Chinese, Japanese, Thai) are not segmented.
 * Instances keep a buffer and are not thread-safe.
 */
final class Tokenizer {

    /** Receives tokens; {@code token[0..length)} is only valid during the call. */
    interface Sink {
        void accept(char[] token, int length, int hash);
    }

    static final int MAX_TOKEN_LENGTH = 64;
    static final int MIN_NUMBER_LENGTH = 4;

    // One slack slot so a surrogate pair at the limit still fits before the overflow check.
    private final char[] buffer = new char[MAX_TOKEN_LENGTH + 2];
    private char[] chars = new char[4096];

    /** Tokens of {@code text} without stop words, in order; the convenient (allocating) form for tests and tools. */
    static List<String> terms(String text, String language) {
        Set<String> stop = StopWords.forLanguage(language);
        List<String> out = new ArrayList<>();
        new Tokenizer().tokenize(text, (token, length, hash) -> {
            String term = new String(token, 0, length);
            if (!stop.contains(term)) {
                out.add(term);
            }
        });
        return out;
    }

    /** The hash the tokenizer reports for a term, for dictionaries filled from other sources. */
    static int hash(CharSequence term) {
        int h = 0;
        for (int i = 0; i < term.length(); i++) {
            h = 31 * h + term.charAt(i);
        }
        return h;
    }

    void tokenize(String text, Sink sink) {
        final int n = text.length();
        // One bulk copy beats a bounds- and coder-checked charAt per character.
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        final char[] s = chars;
        text.getChars(0, n, s, 0);
        final char[] buf = buffer;
        int i = 0;
        while (i < n) {
            char c = s[i];
            // Skip to the start of a token; ASCII separators are by far the most common case.
            if (c < 128) {
                if (!isAsciiLetterOrDigit(c)) {
                    i++;
                    continue;
                }
            } else {
                int cp = Character.codePointAt(s, i, n);
                if (!Character.isLetterOrDigit(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
            }
            int len = 0;
            int h = 0;
            boolean letters = false;
            boolean marks = false;
            boolean overflow = false;
            while (i < n) {
                c = s[i];
                if (c < 128) {
                    char lower = (char) (c | 0x20);
                    if (lower >= 'a' && lower <= 'z') {
                        c = lower;
                        letters = true;
                    } else if (c >= '0' && c <= '9') {
                        // digits are token characters as they are
                    } else if ((c == '.' || c == ',') && len > 0 && Character.isDigit(buf[len - 1])
                            && i + 1 < n && Character.isDigit(s[i + 1])) {
                        c = '.';
                    } else {
                        break;
                    }
                    if (len < MAX_TOKEN_LENGTH) {
                        buf[len++] = c;
                        h = 31 * h + c;
                    } else {
                        overflow = true;
                    }
                    i++;
                } else {
                    int cp = Character.codePointAt(s, i, n);
                    int width = Character.charCount(cp);
                    if (Character.isLetter(cp)) {
                        cp = Character.toLowerCase(cp);
                        letters = true;
                    } else if (isMark(cp)) {
                        marks = true;
                    } else if (!Character.isDigit(cp)) {
                        break;
                    }
                    if (len < MAX_TOKEN_LENGTH) {
                        if (Character.isBmpCodePoint(cp)) {
                            buf[len++] = (char) cp;
                            h = 31 * h + cp;
                        } else {
                            char hi = Character.highSurrogate(cp);
                            char lo = Character.lowSurrogate(cp);
                            buf[len++] = hi;
                            buf[len++] = lo;
                            h = 31 * (31 * h + hi) + lo;
                        }
                    } else {
                        overflow = true;
                    }
                    i += width;
                }
            }
            if (overflow) {
                continue;
            }
            if (marks) {
                String composed = Normalizer.normalize(new String(buf, 0, len), Normalizer.Form.NFC);
                len = Math.min(composed.length(), MAX_TOKEN_LENGTH);
                composed.getChars(0, len, buf, 0);
                h = hash(composed.substring(0, len));
            }
            if (len < 2 || (!letters && len < MIN_NUMBER_LENGTH)) {
                continue;
            }
            sink.accept(buf, len, h);
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
