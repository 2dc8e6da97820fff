package io.github.broadsheet.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * PNG bytes of a palette image (colour type 3, 8 bits per pixel): the pixels as indices into at most 256 colours,
 * every row unfiltered, compressed at zlib's level 2, without metadata. Written by hand because the
 * JDK's writer spends most of a social card's time choosing a filter per row for three bytes a pixel, where a
 * card (a few flat colours and their antialiased edges) needs one byte a pixel and no filter at all: rows of one
 * colour compress to a few bytes either way. The same pixels and palette give the same bytes on every run.
 */
public final class IndexedPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private IndexedPng() {
    }

    /**
     * The image as PNG.
     *
     * @param indices one palette index per pixel, row by row
     * @param width   pixels per row
     * @param palette the colours as {@code 0xRRGGBB}, 1 to 256 of them
     */
    public static byte[] encode(byte[] indices, int width, int[] palette) {
        return new Backdrop(indices, width, palette).encode(indices, 0, indices.length / width);
    }

    /**
     * Images that differ from one backdrop only in a band of rows, such as social cards that share everything but
     * their text: the rows above and below the band are compressed once per backdrop and reused (a compressed
     * stream can be cut into independent pieces with a full flush), so an image costs only its band. Deflating
     * was most of a card's CPU. The bytes are the same as long as the pixels and band are. Thread-safe.
     */
    public static final class Backdrop {
        private final byte[] rows;
        private final int width;
        private final int height;
        private final int[] palette;
        private final Map<Integer, Piece> above = new ConcurrentHashMap<>();
        private final Map<Integer, Piece> below = new ConcurrentHashMap<>();

        /**
         * @param indices the backdrop, one palette index per pixel, row by row
         * @param width   pixels per row
         * @param palette the colours as {@code 0xRRGGBB}, 1 to 256 of them
         */
        public Backdrop(byte[] indices, int width, int[] palette) {
            if (width < 1 || indices.length == 0 || indices.length % width != 0) {
                throw new IllegalArgumentException(indices.length + " pixels are not rows of " + width);
            }
            if (palette.length < 1 || palette.length > 256) {
                throw new IllegalArgumentException("a palette has 1 to 256 colours, not " + palette.length);
            }
            this.width = width;
            this.height = indices.length / width;
            this.rows = rows(indices, width, 0, height);
            this.palette = palette.clone();
        }

        /**
         * The image as PNG.
         *
         * @param indices one palette index per pixel, row by row, equal to the backdrop's outside the band
         * @param from    the band's first row
         * @param to      the row after the band's last
         */
        public byte[] encode(byte[] indices, int from, int to) {
            if (indices.length != width * height || from < 0 || to > height || from > to) {
                throw new IllegalArgumentException("rows " + from + " to " + to + " of " + indices.length
                        + " pixels are not a band of " + width + " x " + height);
            }
            byte[] band = rows(indices, width, from, to);
            ByteArrayOutputStream zlib = new ByteArrayOutputStream(indices.length / 16 + 1024);
            // zlib header: deflate, 32K window, level 2-5 (the checksum bits make it a multiple of 31).
            zlib.write(0x78);
            zlib.write(0x5E);
            Piece top = above.computeIfAbsent(from, row -> Piece.of(rows, 0, row * (width + 1), false));
            Piece middle = Piece.of(band, 0, band.length, to == height);
            Piece bottom = to == height ? Piece.EMPTY : below.computeIfAbsent(to,
                    row -> Piece.of(rows, row * (width + 1), (height - row) * (width + 1), true));
            zlib.writeBytes(top.deflated());
            zlib.writeBytes(middle.deflated());
            zlib.writeBytes(bottom.deflated());
            byte[] sum = new byte[4];
            putInt(sum, 0, (int) Piece.adler32(Piece.adler32(top.adler32(), middle.adler32(), middle.length()),
                    bottom.adler32(), bottom.length()));
            zlib.writeBytes(sum);

            ByteArrayOutputStream out = new ByteArrayOutputStream(zlib.size() + 1024);
            out.writeBytes(SIGNATURE);
            byte[] header = new byte[13];
            putInt(header, 0, width);
            putInt(header, 4, height);
            header[8] = 8;
            header[9] = 3;
            chunk(out, "IHDR", header, header.length);
            byte[] colours = new byte[palette.length * 3];
            for (int i = 0; i < palette.length; i++) {
                colours[3 * i] = (byte) (palette[i] >> 16);
                colours[3 * i + 1] = (byte) (palette[i] >> 8);
                colours[3 * i + 2] = (byte) palette[i];
            }
            chunk(out, "PLTE", colours, colours.length);
            byte[] compressed = zlib.toByteArray();
            chunk(out, "IDAT", compressed, compressed.length);
            chunk(out, "IEND", new byte[0], 0);
            return out.toByteArray();
        }
    }

    /**
     * A piece of the compressed rows: its deflated bytes and the Adler-32 checksum of what it holds, which zlib's
     * stream ends with for all pieces together (combined, rather than summing the whole image again per card).
     */
    private record Piece(byte[] deflated, long adler32, int length) {

        static final Piece EMPTY = new Piece(new byte[0], 1, 0);

        static Piece of(byte[] data, int offset, int length, boolean last) {
            Adler32 adler = new Adler32();
            adler.update(data, offset, length);
            return new Piece(deflate(data, offset, length, last), adler.getValue(), length);
        }

        /** The checksum of two pieces one after the other, from theirs (zlib's {@code adler32_combine}). */
        static long adler32(long first, long second, int secondLength) {
            final long base = 65521;
            long remainder = secondLength % base;
            long sum1 = first & 0xFFFF;
            long sum2 = remainder * sum1 % base;
            sum1 += (second & 0xFFFF) + base - 1;
            sum2 += ((first >> 16) & 0xFFFF) + ((second >> 16) & 0xFFFF) + base - remainder;
            if (sum1 >= base) {
                sum1 -= base;
            }
            if (sum1 >= base) {
                sum1 -= base;
            }
            if (sum2 >= base << 1) {
                sum2 -= base << 1;
            }
            if (sum2 >= base) {
                sum2 -= base;
            }
            return sum1 | sum2 << 16;
        }
    }

    /** Rows {@code from} to {@code to} as PNG stores them: each its filter type (0, none), then its indices. */
    private static byte[] rows(byte[] indices, int width, int from, int to) {
        byte[] rows = new byte[(to - from) * (width + 1)];
        for (int y = from; y < to; y++) {
            System.arraycopy(indices, y * width, rows, (y - from) * (width + 1) + 1, width);
        }
        return rows;
    }

    /**
     * Raw deflate of the bytes, ending the stream ({@code last}) or with a full flush, after which the next piece
     * starts on a byte boundary and refers to nothing before it.
     */
    private static byte[] deflate(byte[] data, int offset, int length, boolean last) {
        // Level 2: as quick as level 1 on cards (zlib's fast strategy either way) and 5 % smaller.
        Deflater deflater = new Deflater(2, true);
        try {
            deflater.setInput(data, offset, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(length / 16 + 64);
            byte[] buffer = new byte[64 * 1024];
            if (last) {
                deflater.finish();
                while (!deflater.finished()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            } else {
                int n;
                do {
                    n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                    out.write(buffer, 0, n);
                } while (n == buffer.length);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** Writes one PNG chunk: length, type, the first {@code length} bytes of {@code data}, CRC. */
    static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, head, 4, 4);
        out.write(head, 0, 8);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(tail, 0, 4);
    }

    private static void putInt(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }
}
