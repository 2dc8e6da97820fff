package io.github.broadsheet.card;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Text of one face as antialiased coverage, put together from glyph masks instead of filling every card's outlines:
 * filling the outlines of a headline cost ~4 ms of CPU a card (Java2D's rasteriser), while the same glyphs recur on
 * every card. Each glyph is rasterised once per build for each quarter-pixel offset it is placed at (16 masks at
 * most per glyph), by the same rasteriser and outlines as before, so a card looks as it did, its glyphs placed at
 * most 1/8 pixel from where the outline fill put them. Where two glyphs overlap their coverage adds up. The masks
 * depend on nothing but the glyph and offset, so the same text gives the same pixels in any order and on any thread.
 * Thread-safe.
 */
final class GlyphMasks {

    /** Positions are rounded to 1/PHASES of a pixel. */
    private static final int PHASES = 4;

    private final Font face;
    private final FontRenderContext frc;
    private final Map<Integer, Mask> masks = new ConcurrentHashMap<>();

    GlyphMasks(Font face, FontRenderContext frc) {
        this.face = face;
        this.frc = frc;
    }

    Font face() {
        return face;
    }

    /** Adds the coverage of {@code text} set from {@code x} on {@code baseline}, with kerning and ligatures. */
    void add(String text, float x, float baseline, Coverage coverage) {
        char[] chars = text.toCharArray();
        GlyphVector glyphs = face.layoutGlyphVector(frc, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            Point2D at = glyphs.getGlyphPosition(i);
            int qx = Math.round((float) ((x + at.getX()) * PHASES));
            int qy = Math.round((float) ((baseline + at.getY()) * PHASES));
            int code = glyphs.getGlyphCode(i);
            int phaseX = Math.floorMod(qx, PHASES);
            int phaseY = Math.floorMod(qy, PHASES);
            Mask mask = masks.computeIfAbsent((code << 4) | (phaseX << 2) | phaseY,
                    key -> rasterise(code, phaseX, phaseY));
            coverage.add(mask, Math.floorDiv(qx, PHASES), Math.floorDiv(qy, PHASES));
        }
    }

    /** The glyph filled white on black at the offset: its coverage, 0 to 255 a pixel. */
    private Mask rasterise(int code, int phaseX, int phaseY) {
        Shape outline = face.createGlyphVector(frc, new int[] {code})
                .getGlyphOutline(0, (float) phaseX / PHASES, (float) phaseY / PHASES);
        Rectangle bounds = outline.getBounds();
        if (bounds.isEmpty()) {
            return new Mask(0, 0, 0, 0, new byte[0]);
        }
        // A pixel of room on every side: antialiasing may touch a pixel the bounds only graze.
        int width = bounds.width + 2;
        int height = bounds.height + 2;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = CardRenderer.graphics(image);
        try {
            g.setColor(Color.WHITE);
            g.translate(1 - bounds.x, 1 - bounds.y);
            g.fill(outline);
        } finally {
            g.dispose();
        }
        return new Mask(bounds.x - 1, bounds.y - 1, width, height,
                ((DataBufferByte) image.getRaster().getDataBuffer()).getData());
    }

    /** A glyph's coverage, {@code width} x {@code height} from ({@code dx}, {@code dy}) off its origin pixel. */
    private record Mask(int dx, int dy, int width, int height, byte[] coverage) {
    }

    /** The coverage of one ink over a card, and the box that holds all of it. */
    static final class Coverage {
        private final int width;
        private final int height;
        private final byte[] values;
        private int left;
        private int top;
        private int right;
        private int bottom;

        Coverage(int width, int height) {
            this.width = width;
            this.height = height;
            this.values = new byte[width * height];
            this.left = width;
            this.top = height;
        }

        private void add(Mask mask, int originX, int originY) {
            int x0 = Math.max(0, originX + mask.dx());
            int y0 = Math.max(0, originY + mask.dy());
            int x1 = Math.min(width, originX + mask.dx() + mask.width());
            int y1 = Math.min(height, originY + mask.dy() + mask.height());
            if (x0 >= x1 || y0 >= y1) {
                return;
            }
            left = Math.min(left, x0);
            top = Math.min(top, y0);
            right = Math.max(right, x1);
            bottom = Math.max(bottom, y1);
            byte[] source = mask.coverage();
            for (int y = y0; y < y1; y++) {
                int from = (y - originY - mask.dy()) * mask.width() - originX - mask.dx();
                int to = y * width;
                for (int x = x0; x < x1; x++) {
                    int sum = (values[to + x] & 0xFF) + (source[from + x] & 0xFF);
                    values[to + x] = (byte) Math.min(255, sum);
                }
            }
        }

        /** The first row with coverage (the card's height when there is none). */
        int top() {
            return top;
        }

        /** The row after the last with coverage (0 when there is none). */
        int bottom() {
            return bottom;
        }

        /**
         * Writes the covered pixels into a card's palette indices: coverage {@code c} becomes the palette's blend
         * {@code round(c / 3)} of 85 towards the ink whose blends start at {@code firstBlend}; pixels with less
         * than 2 of 255 keep what is under them.
         */
        void paint(byte[] indices, int firstBlend) {
            // Looked up rather than divided: a division per pixel was most of a card's time here under C1.
            byte[] blend = new byte[256];
            for (int c = 0; c < 256; c++) {
                int step = (c + 1) / 3;
                blend[c] = (byte) (step > 0 ? firstBlend + step - 1 : 0);
            }
            for (int y = top; y < bottom; y++) {
                for (int i = y * width + left, end = y * width + right; i < end; i++) {
                    int c = values[i];
                    if (c != 0 && c != 1) {
                        indices[i] = blend[c & 0xFF];
                    }
                }
            }
        }
    }
}
