package io.github.broadsheet.image;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * A JPEG's EXIF block (APP1 "Exif"), read with TwelveMonkeys: its orientation, which says how the camera was held
 * (the pixels are stored sideways and the viewer is told to turn them), and, for {@link ImageConfig#keepMetadata},
 * the block itself with the orientation set to normal, ready to go into a derivative whose pixels are turned
 * already. A JPEG without EXIF, or with one that cannot be read, is taken as it is (orientation 1, no block).
 *
 * @param orientation the EXIF orientation, 1 to 8 (1: as stored)
 * @param segment     the APP1 payload ({@code Exif\0\0} and the TIFF structure) with orientation 1, or {@code null}
 */
record Exif(int orientation, byte[] segment) {

    static final Exif NONE = new Exif(1, null);

    static Exif of(byte[] jpeg) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (segments.isEmpty()) {
                return NONE;
            }
            byte[] payload = segments.get(0).segmentData().readAllBytes();
            // "Exif" NUL, one pad byte, then the TIFF header.
            if (payload.length < 14) {
                return NONE;
            }
            int orientation = 1;
            try (ImageInputStream tiff = new MemoryCacheImageInputStream(
                    new ByteArrayInputStream(payload, 6, payload.length - 6))) {
                Directory ifd0 = new TIFFReader().read(tiff);
                Entry entry = ifd0.getEntryById(TIFF.TAG_ORIENTATION);
                if (entry != null && entry.getValue() instanceof Number number) {
                    orientation = number.intValue() >= 1 && number.intValue() <= 8 ? number.intValue() : 1;
                }
            }
            return new Exif(orientation, normalOrientation(payload));
        } catch (IOException | RuntimeException e) {
            // A damaged EXIF block is common (editors, phones) and never a reason to refuse the picture.
            return NONE;
        }
    }

    /**
     * The payload with IFD0's orientation entry set to 1 (the TIFF structure is otherwise untouched, so offsets in
     * it stay right), or {@code null} when the structure is not what the TIFF specification says.
     */
    static byte[] normalOrientation(byte[] payload) {
        byte[] copy = payload.clone();
        int base = 6;
        if (copy.length < base + 8) {
            return null;
        }
        boolean little = copy[base] == 'I' && copy[base + 1] == 'I';
        boolean big = copy[base] == 'M' && copy[base + 1] == 'M';
        if (!little && !big) {
            return null;
        }
        long ifd = u32(copy, base + 4, little);
        if (ifd < 8 || base + ifd + 2 > copy.length) {
            return null;
        }
        int at = (int) (base + ifd);
        int count = u16(copy, at, little);
        for (int i = 0; i < count; i++) {
            int entry = at + 2 + i * 12;
            if (entry + 12 > copy.length) {
                return null;
            }
            if (u16(copy, entry, little) == TIFF.TAG_ORIENTATION && u16(copy, entry + 2, little) == TIFF.TYPE_SHORT) {
                copy[entry + 8] = (byte) (little ? 1 : 0);
                copy[entry + 9] = (byte) (little ? 0 : 1);
            }
        }
        return copy;
    }

    /**
     * The orientation in a TIFF structure's IFD0 (an EXIF block after its {@code Exif\0\0}, or a PNG's
     * {@code eXIf} chunk) starting at {@code base}; 1 when there is none or the structure is damaged.
     */
    static int orientation(byte[] b, int base, int end) {
        if (base + 8 > end) {
            return 1;
        }
        boolean little = b[base] == 'I' && b[base + 1] == 'I';
        if (!little && !(b[base] == 'M' && b[base + 1] == 'M')) {
            return 1;
        }
        long ifd = u32(b, base + 4, little);
        if (ifd < 8 || base + ifd + 2 > end) {
            return 1;
        }
        int at = (int) (base + ifd);
        int count = u16(b, at, little);
        for (int i = 0; i < count && at + 2 + i * 12 + 12 <= end; i++) {
            int entry = at + 2 + i * 12;
            if (u16(b, entry, little) == TIFF.TAG_ORIENTATION && u16(b, entry + 2, little) == TIFF.TYPE_SHORT) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** A TIFF structure (big-endian) whose IFD0 holds the orientation and nothing else: 26 bytes. */
    static byte[] orientationOnly(int orientation) {
        return new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1,
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
            0, 0, 0, 0};
    }

    /** The JPEG with an APP1 segment holding {@code payload} after its SOI and JFIF APP0 segments. */
    static byte[] insert(byte[] jpeg, byte[] payload) {
        if (payload == null || payload.length + 2 > 0xFFFF) {
            return jpeg;
        }
        int at = 2;
        // The JDK writer starts with SOI and a JFIF APP0; APP1 goes after it, as cameras write it.
        if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            at = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + payload.length + 4);
        out.write(jpeg, 0, at);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    /** An unsigned 16-bit number in either byte order. */
    static int u16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    /** An unsigned 32-bit number in either byte order. */
    static long u32(byte[] b, int at, boolean little) {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            int shift = little ? 8 * i : 8 * (3 - i);
            v |= (b[at + i] & 0xFFL) << shift;
        }
        return v;
    }
}
