package io.github.broadsheet.image;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The width and height of the images that pass through unchanged, from their headers: GIF's logical screen, WebP's
 * VP8/VP8L/VP8X frame header, SVG's {@code width} and {@code height} (in px or without a unit) or else its
 * {@code viewBox}. {@code {0, 0}} when the file does not say (an SVG sized in % or em, a broken header): the page
 * then has no dimensions for it, which is no error.
 */
final class HeaderDimensions {

    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(px)?\\s*");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");

    private HeaderDimensions() {
    }

    static int[] of(ImageFormat format, byte[] bytes) {
        return switch (format) {
            case GIF -> bytes.length >= 10 ? new int[] {le16(bytes, 6), le16(bytes, 8)} : new int[2];
            case WEBP -> webp(bytes);
            case SVG -> svg(bytes);
            default -> new int[2];
        };
    }

    private static int[] webp(byte[] b) {
        if (b.length < 30) {
            return new int[2];
        }
        String chunk = new String(b, 12, 4, StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            // Lossy: a key frame's start code, then 14-bit width and height.
            case "VP8 " -> new int[] {le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF};
            // Lossless: a signature byte, then 14-bit width-1 and height-1 packed in 28 bits.
            case "VP8L" -> {
                long bits = (b[21] & 0xFFL) | (b[22] & 0xFFL) << 8 | (b[23] & 0xFFL) << 16 | (b[24] & 0xFFL) << 24;
                yield new int[] {(int) (bits & 0x3FFF) + 1, (int) (bits >> 14 & 0x3FFF) + 1};
            }
            // Extended: 24-bit canvas width-1 and height-1.
            case "VP8X" -> new int[] {le24(b, 24) + 1, le24(b, 27) + 1};
            default -> new int[2];
        };
    }

    /** The root element's size; DTDs and external entities are never read (an SVG is the author's, not trusted). */
    private static int[] svg(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return svgRoot(reader.getAttributeValue(null, "width"),
                                reader.getAttributeValue(null, "height"), reader.getAttributeValue(null, "viewBox"));
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return new int[2];
        }
        return new int[2];
    }

    static int[] svgRoot(String width, String height, String viewBox) {
        int w = length(width);
        int h = length(height);
        if (w > 0 && h > 0) {
            return new int[] {w, h};
        }
        if (viewBox != null) {
            Matcher numbers = NUMBER.matcher(viewBox);
            double[] box = new double[4];
            int n = 0;
            while (n < 4 && numbers.find()) {
                box[n++] = Double.parseDouble(numbers.group());
            }
            if (n == 4 && box[2] > 0 && box[3] > 0) {
                int vw = (int) Math.round(box[2]);
                int vh = (int) Math.round(box[3]);
                // One given length scales the other by the view box's aspect ratio, as a browser does.
                if (w > 0) {
                    return new int[] {w, (int) Math.round(w * box[3] / box[2])};
                }
                if (h > 0) {
                    return new int[] {(int) Math.round(h * box[2] / box[3]), h};
                }
                return new int[] {Math.max(1, vw), Math.max(1, vh)};
            }
        }
        return new int[2];
    }

    private static int length(String value) {
        if (value == null) {
            return 0;
        }
        Matcher m = LENGTH.matcher(value);
        return m.matches() ? (int) Math.round(Double.parseDouble(m.group(1))) : 0;
    }

    private static int le16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
    }
}
