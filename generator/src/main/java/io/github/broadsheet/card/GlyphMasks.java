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
 * most 1/8 pixel from where the outline fill put them. The masks
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

    /** Paints {@code text} set from {@code x} on {@code baseline}, with kerning and ligatures. */
    void add(String text, float x, float baseline, Canvas canvas) {
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
            canvas.add(mask, Math.floorDiv(qx, PHASES), Math.floorDiv(qy, PHASES));
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

    /**
     * A card's palette indices being painted in one ink, and the rows painted. Coverage {@code c} of 255 becomes
     * the palette's blend {@code round(c / 3)} of 85 towards the ink, written straight into the indices (pixels
     * with less than 2 of 255 keep what is under them); where two glyphs overlap, their blends add up.
     */
    static final class Canvas {
        private final byte[] indices;
        private final int width;
        private final int height;
        private final int firstBlend;
        /** Coverage to blend step, looked up: a division per pixel was most of a card's time under C1. */
        private final byte[] steps = new byte[256];
        private int top;
        private int bottom;

        /**
         * @param indices    the card's palette indices, row by row
         * @param width      pixels per row
         * @param firstBlend the palette index of the first of the 85 blends towards the ink
         */
        Canvas(byte[] indices, int width, int firstBlend) {
            this.indices = indices;
            this.width = width;
            this.height = indices.length / width;
            this.firstBlend = firstBlend;
            for (int c = 0; c < 256; c++) {
                steps[c] = (byte) ((c + 1) / 3);
            }
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
            top = Math.min(top, y0);
            bottom = Math.max(bottom, y1);
            byte[] source = mask.coverage();
            for (int y = y0; y < y1; y++) {
                int from = (y - originY - mask.dy()) * mask.width() - originX - mask.dx();
                int to = y * width;
                for (int x = x0; x < x1; x++) {
                    int step = steps[source[from + x] & 0xFF];
                    if (step > 0) {
                        int under = (indices[to + x] & 0xFF) - firstBlend + 1;
                        if (under > 0 && under <= CardPalette.STEPS) {
                            step = Math.min(CardPalette.STEPS, step + under);
                        }
                        indices[to + x] = (byte) (firstBlend + step - 1);
                    }
                }
            }
        }

        /** The first row painted (the card's height when there is none). */
        int top() {
            return top;
        }

        /** The row after the last painted (0 when there is none). */
        int bottom() {
            return bottom;
        }
    }
}
