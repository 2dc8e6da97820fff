package io.github.broadsheet.image;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An image file's format, told by its first bytes rather than its name (a {@code .jpg} that is really a PNG is read
 * as a PNG). JPEG and PNG are resized; GIF, SVG and WebP pass through.
 */
enum ImageFormat {
    JPEG, PNG, GIF, SVG, WEBP, UNKNOWN;

    /** How many bytes {@link #of} looks at at most. */
    static final int HEAD = 1024;

    static ImageFormat of(byte[] head) {
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (starts(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (starts(head, 'G', 'I', 'F', '8')) {
            return GIF;
        }
        if (starts(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'E'
                && head[10] == 'B' && head[11] == 'P') {
            return WEBP;
        }
        // SVG is XML text: an <svg element near the start, after an XML declaration, comments or a DOCTYPE.
        String text = new String(head, 0, Math.min(head.length, HEAD), StandardCharsets.ISO_8859_1);
        String trimmed = text.stripLeading();
        if ((trimmed.startsWith("<") || text.startsWith("\uFEFF") || text.startsWith("\u00EF\u00BB\u00BF"))
                && text.contains("<svg")) {
            return SVG;
        }
        return UNKNOWN;
    }

    private static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** The usual file extension, also the format name in results. */
    String extension() {
        return this == JPEG ? "jpg" : name().toLowerCase(Locale.ROOT);
    }
}
