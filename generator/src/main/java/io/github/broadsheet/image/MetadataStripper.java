package io.github.broadsheet.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Takes the metadata out of a picture published as it is (a bundle or static file no page shows as an image, an
 * author's photo) without touching its pixels: the coded image data is copied byte for byte, only the blocks around
 * it that describe the camera, the time, the place (GPS) and the editing go. The pipeline's copies need no such
 * step (they are encoded afresh, with nothing but pixels); this is for the files that are not resized.
 *
 * <ul>
 *   <li>JPEG: EXIF and XMP (APP1), MPF and FlashPix (APP2 other than the ICC profile), APP3 to APP13 (vendors',
 *   Photoshop's IPTC), APP15 and comments go, and anything after the main image (a phone's second pictures, which
 *   have EXIF of their own). The ICC profile, JFIF and Adobe's colour transform stay: without them colours change.
 *   An orientation other than "as stored" is kept in a new EXIF block holding it alone, so the photo is not shown
 *   turned.</li>
 *   <li>PNG: {@code tEXt}, {@code zTXt}, {@code iTXt}, {@code tIME} and {@code eXIf} (an orientation again kept
 *   alone), and anything after {@code IEND}.</li>
 *   <li>WebP: the {@code EXIF} and {@code XMP } chunks, with their flags in {@code VP8X}.</li>
 * </ul>
 * Other files, and files whose structure is not what their format says, are published as they are.
 */
public final class MetadataStripper {

    private static final Set<String> EXTENSIONS = Set.of("jpg", "jpeg", "jpe", "jfif", "png", "webp");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "tIME", "eXIf");

    private MetadataStripper() {
    }

    /** Whether a file of this name may be a picture with metadata (JPEG, PNG, WebP), by its extension. */
    public static boolean mayCarryMetadata(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The bytes without their metadata, or empty when there is none to take out (publish them as they are). */
    public static Optional<byte[]> strip(byte[] in) {
        byte[] out;
        if (in.length > 3 && (in[0] & 0xFF) == 0xFF && (in[1] & 0xFF) == 0xD8) {
            out = jpeg(in);
        } else if (in.length > 8 && Arrays.equals(in, 0, 8, PNG_SIGNATURE, 0, 8)) {
            out = png(in);
        } else if (in.length > 12 && ascii(in, 0, 4).equals("RIFF") && ascii(in, 8, 4).equals("WEBP")) {
            out = webp(in);
        } else {
            out = null;
        }
        return Optional.ofNullable(out);
    }

    /** The JPEG without metadata segments, or {@code null} when it has none or is damaged. */
    private static byte[] jpeg(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2);
        boolean dropped = false;
        int orientation = 1;
        int at = 2;
        while (true) {
            if (at + 2 > in.length || (in[at] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = in[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;                                   // a fill byte before a marker
                continue;
            }
            if (marker == 0xD9) {                       // EOI without a scan: nothing we understand
                return null;
            }
            if (at + 4 > in.length) {
                return null;
            }
            int length = Exif.u16(in, at + 2, false);
            if (length < 2 || at + 2 + length > in.length) {
                return null;
            }
            if (marker == 0xDA) {
                // The scans, byte for byte, up to the end of the main image; what follows it (MPF's second
                // pictures with their own EXIF, trailing bytes) is not part of the picture shown.
                int end = endOfImage(in, at);
                if (end < 0) {
                    return null;
                }
                dropped |= end < in.length;
                out.write(in, at, end - at);
                break;
            }
            int payload = at + 4;
            int size = length - 2;
            if (isMetadata(marker, in, payload, size)) {
                dropped = true;
                if (marker == 0xE1 && size > 6 && ascii(in, payload, 6).equals("Exif\0\0")) {
                    orientation = Exif.orientation(in, payload + 6, payload + size);
                }
            } else {
                out.write(in, at, 2 + length);
            }
            at += 2 + length;
        }
        if (!dropped) {
            return null;
        }
        byte[] clean = out.toByteArray();
        if (orientation == 1) {
            return clean;
        }
        byte[] tiff = Exif.orientationOnly(orientation);
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        return Exif.insert(clean, exif);
    }

    private static boolean isMetadata(int marker, byte[] in, int payload, int size) {
        if (marker == 0xE0) {                           // APP0: JFIF stays (its thumbnail is pixels), others go
            return !(size >= 5 && ascii(in, payload, 5).equals("JFIF\0"));
        }
        if (marker == 0xE2) {                           // APP2: the ICC profile stays, MPF and FlashPix go
            return !(size >= 12 && ascii(in, payload, 12).equals("ICC_PROFILE\0"));
        }
        if (marker == 0xEE) {                           // APP14 "Adobe": how to read the colours
            return false;
        }
        return marker >= 0xE1 && marker <= 0xEF || marker == 0xFE;
    }

    /**
     * The index after the EOI marker that ends the image whose first scan starts at {@code sos}, or -1. Between
     * scans, markers are segments with a length (tables, more scans); inside the entropy-coded data a 0xFF is
     * followed by 0x00 (a stuffed byte), a restart marker or a fill byte.
     */
    private static int endOfImage(byte[] in, int sos) {
        int at = sos + 2 + Exif.u16(in, sos + 2, false);
        while (at + 1 < in.length) {
            if ((in[at] & 0xFF) != 0xFF) {
                at++;
                continue;
            }
            int next = in[at + 1] & 0xFF;
            if (next == 0x00 || next == 0xFF || next >= 0xD0 && next <= 0xD7) {
                at += next == 0xFF ? 1 : 2;
                continue;
            }
            if (next == 0xD9) {
                return at + 2;
            }
            if (at + 4 > in.length) {
                return -1;
            }
            at += 2 + Exif.u16(in, at + 2, false);      // DHT, DQT, DRI or the next SOS of a progressive JPEG
        }
        return -1;
    }

    /** The PNG without text, time and EXIF chunks, or {@code null} when it has none or is damaged. */
    private static byte[] png(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        boolean dropped = false;
        int orientation = 1;
        int at = 8;
        while (true) {
            if (at + 12 > in.length) {
                return null;
            }
            long length = Exif.u32(in, at, false);
            if (length > in.length - at - 12) {
                return null;
            }
            String type = ascii(in, at + 4, 4);
            int end = at + 12 + (int) length;
            if (PNG_METADATA.contains(type)) {
                dropped = true;
                if (type.equals("eXIf")) {
                    orientation = Exif.orientation(in, at + 8, at + 8 + (int) length);
                }
            } else {
                if (type.equals("IDAT") && orientation != 1) {
                    // Before the image data, as the PNG specification wants eXIf.
                    byte[] exif = Exif.orientationOnly(orientation);
                    IndexedPng.chunk(out, "eXIf", exif, exif.length);
                    orientation = 1;
                }
                out.write(in, at, end - at);
            }
            at = end;
            if (type.equals("IEND")) {
                dropped |= at < in.length;
                break;
            }
        }
        return dropped ? out.toByteArray() : null;
    }

    /** The WebP without EXIF and XMP chunks, or {@code null} when it has none or is damaged. */
    private static byte[] webp(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 12);
        long riffEnd = Math.min(in.length, 8 + Exif.u32(in, 4, true));
        boolean dropped = riffEnd < in.length;
        int vp8x = -1;
        int at = 12;
        while (at < riffEnd) {
            if (at + 8 > riffEnd) {
                return null;
            }
            long size = Exif.u32(in, at + 4, true);
            long end = at + 8 + size + (size & 1);
            if (end > riffEnd + (size & 1)) {
                return null;
            }
            end = Math.min(end, riffEnd);
            String type = ascii(in, at, 4);
            if (type.equals("EXIF") || type.equals("XMP ")) {
                dropped = true;
            } else {
                if (type.equals("VP8X") && size >= 1) {
                    vp8x = out.size() + 8;
                }
                out.write(in, at, (int) (end - at));
            }
            at = (int) end;
        }
        if (!dropped) {
            return null;
        }
        byte[] clean = out.toByteArray();
        if (vp8x >= 0) {
            clean[vp8x] &= (byte) ~(0x08 | 0x04);        // the EXIF and XMP flags
        }
        long riffSize = clean.length - 8L;
        for (int i = 0; i < 4; i++) {
            clean[4 + i] = (byte) (riffSize >> (8 * i));
        }
        return clean;
    }

    private static String ascii(byte[] b, int at, int length) {
        return at + length <= b.length ? new String(b, at, length, StandardCharsets.ISO_8859_1) : "";
    }
}
