package io.github.broadsheet.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Arrays;

/**
 * Tells which text of a Markdown source holds none of a few special characters, so that it can be copied from the
 * source as it is. Flexmark unescapes and HTML-escapes every text node by building a String char by char and
 * running a regular expression over it, although most text nodes have nothing to unescape or escape; the positions
 * of the special characters are found once per document here, and each text node is then decided by a binary
 * search.
 */
final class PlainRuns {

    /** The source as Flexmark was given it, when it is a {@code String}; else {@code null} (nothing is plain). */
    private final String source;
    /** Offsets of every special character in {@link #source}, ascending. */
    private final int[] specials;

    private PlainRuns(String source, int[] specials) {
        this.source = source;
        this.specials = specials;
    }

    /** @param specials the characters that make text need more than copying */
    static PlainRuns of(Document document, String specials) {
        if (!(document.getChars().getBase() instanceof String source)) {
            return new PlainRuns(null, new int[0]);
        }
        int[] found = new int[16];
        int count = 0;
        for (int i = 0; i < specials.length(); i++) {
            for (int at = source.indexOf(specials.charAt(i)); at >= 0; at = source.indexOf(specials.charAt(i), at + 1)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = at;
            }
        }
        found = Arrays.copyOf(found, count);
        Arrays.sort(found);
        return new PlainRuns(source, found);
    }

    /** Whether {@code chars} is one run of the source without any special character (else take Flexmark's way). */
    boolean isPlain(BasedSequence chars) {
        int start = chars.getStartOffset();
        int end = chars.getEndOffset();
        if (source == null || !(chars instanceof SubSequence) || chars.getBase() != source
                || end - start != chars.length()) {
            return false;
        }
        int next = Arrays.binarySearch(specials, start);
        if (next < 0) {
            next = -next - 1;
        }
        return next == specials.length || specials[next] >= end;
    }

    /** Appends the characters of a {@link #isPlain plain} run, copied from the source. */
    void appendTo(StringBuilder out, BasedSequence plain) {
        out.append(source, plain.getStartOffset(), plain.getEndOffset());
    }

    /** The characters of a {@link #isPlain plain} run, as a String. */
    String text(BasedSequence plain) {
        return source.substring(plain.getStartOffset(), plain.getEndOffset());
    }
}
