package io.github.broadsheet.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A long text that the build holds for a while but reads rarely, such as an article's body as HTML or as plain
 * text: kept as it is, or, once {@link #packed()}, as deflated UTF-8 that {@link #toString()} inflates on each
 * read. A big site packs its bodies: HTML and text of the bench corpus take 12.6 KB per article as strings and
 * 5.6 KB packed, the difference between fitting 100,000 articles in a 2 GB heap or not; packing costs about
 * 25 ms of CPU per MB, which a small site does not need to pay. Immutable and thread-safe; equal when the texts
 * are equal, packed or not.
 */
public final class PackedText {

    /** The empty text. */
    public static final PackedText EMPTY = new PackedText("", null, 0, 0);

    /** Deflating shorter texts saves too little to be worth the time (and a deflated text has 6 bytes of frame). */
    private static final int SMALLEST_PACKED = 256;

    private final String text;
    private final byte[] deflated;
    private final int utf8Length;
    private final int length;

    private PackedText(String text, byte[] deflated, int utf8Length, int length) {
        this.text = text;
        this.deflated = deflated;
        this.utf8Length = utf8Length;
        this.length = length;
    }

    /** {@code text} held as it is; {@code null} is the empty text. */
    public static PackedText of(String text) {
        return text == null || text.isEmpty() ? EMPTY : new PackedText(text, null, 0, text.length());
    }

    /** This text deflated (itself when it is short or packed already). */
    public PackedText packed() {
        if (deflated != null || length < SMALLEST_PACKED) {
            return this;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            byte[] out = new byte[utf8.length / 2 + 64];
            int size = 0;
            while (!deflater.finished()) {
                if (size == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                size += deflater.deflate(out, size, out.length - size);
            }
            return new PackedText(null, Arrays.copyOf(out, size), utf8.length, length);
        } finally {
            deflater.end();
        }
    }

    /** Whether the text is held deflated. */
    public boolean isPacked() {
        return deflated != null;
    }

    /** Its length in {@code char}s, without unpacking it. */
    public int length() {
        return length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** The bytes the text's content takes: its deflated bytes, or its characters (1 or 2 bytes each). */
    int heldBytes() {
        if (deflated != null) {
            return deflated.length;
        }
        return text.chars().allMatch(c -> c < 256) ? length : 2 * length;
    }

    /** The text (inflated anew on each call when it is packed). */
    @Override
    public String toString() {
        if (deflated == null) {
            return text;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            byte[] utf8 = new byte[utf8Length];
            int size = 0;
            while (size < utf8Length && !inflater.finished()) {
                int n = inflater.inflate(utf8, size, utf8Length - size);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                size += n;
            }
            if (size != utf8Length) {
                throw new IllegalStateException("packed text is damaged: " + size + " of " + utf8Length + " bytes");
            }
            return new String(utf8, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("packed text is damaged", e);
        } finally {
            inflater.end();
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof PackedText that) || length != that.length) {
            return false;
        }
        if (deflated != null && that.deflated != null) {
            // Deflating is deterministic for one setting, so equal texts have equal bytes.
            return utf8Length == that.utf8Length && Arrays.equals(deflated, that.deflated);
        }
        return toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
