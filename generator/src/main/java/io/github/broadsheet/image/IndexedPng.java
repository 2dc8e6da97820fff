package io.github.broadsheet.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * PNG bytes of a palette image (colour type 3, 8 bits per pixel): the pixels as indices into at most 256 colours,
 * every row unfiltered, compressed at {@link Deflater#BEST_SPEED}, without metadata. Written by hand because the
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
        if (width < 1 || indices.length == 0 || indices.length % width != 0) {
            throw new IllegalArgumentException(indices.length + " pixels are not rows of " + width);
        }
        if (palette.length < 1 || palette.length > 256) {
            throw new IllegalArgumentException("a palette has 1 to 256 colours, not " + palette.length);
        }
        int height = indices.length / width;
        // Each row is its filter type (0, none) followed by its indices.
        byte[] rows = new byte[height * (width + 1)];
        for (int y = 0; y < height; y++) {
            System.arraycopy(indices, y * width, rows, y * (width + 1) + 1, width);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(indices.length / 16 + 1024);
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
        byte[] compressed = deflate(rows);
        chunk(out, "IDAT", compressed, compressed.length);
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 16 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
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
