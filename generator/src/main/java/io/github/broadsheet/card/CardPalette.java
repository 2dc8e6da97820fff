package io.github.broadsheet.card;

import java.util.Arrays;

/**
 * The 256 colours every card of a layout is written in, for a palette PNG a third the size of an RGB one and far
 * quicker to write. A card is flat colours and the antialiased edges of its text, each edge pixel a blend of the
 * background and one of the layout's three inks, and large text has up to 255 shades of edge per ink: too many for
 * a palette. So the palette is the background and 85 evenly spaced blends towards each ink (the inks themselves
 * among them): text coverage {@code c} of 255 becomes blend {@code round(c / 3)} ({@link GlyphMasks}), and the
 * pixels of the backdrop drawn by Java2D take the nearest colour. Background and inks are exact, an edge at most
 * 1.5 of 255 levels off its blend, which no reader can see, and the same on every machine (integer arithmetic only).
 */
final class CardPalette {

    /** Blends per ink: 1 + 3 x 85 = 256 colours. */
    static final int STEPS = 85;
    /** The index of the first blend (1 of 85) towards the accent and the foreground (the muted colour's follow). */
    static final int ACCENT = 1;
    static final int FOREGROUND = 1 + STEPS;

    private final int[] colours;

    CardPalette(CardLayout layout) {
        int background = rgb(layout.background());
        colours = new int[1 + 3 * STEPS];
        colours[0] = background;
        int at = 1;
        for (String ink : new String[] {layout.accent(), layout.foreground(), layout.muted()}) {
            int target = rgb(ink);
            for (int step = 1; step <= STEPS; step++) {
                colours[at++] = blend(background, target, step);
            }
        }
    }

    /** The palette, {@code 0xRRGGBB}. */
    int[] colours() {
        return colours.clone();
    }

    /**
     * The palette index of each pixel.
     *
     * @param pixels {@code 0x..RRGGBB} (the top byte ignored), row by row
     */
    byte[] indices(int[] pixels) {
        byte[] indices = new byte[pixels.length];
        ColourTable table = new ColourTable();
        int last = -1;
        byte lastIndex = 0;
        for (int i = 0; i < pixels.length; i++) {
            int rgb = pixels[i] & 0xFFFFFF;
            if (rgb != last) {
                int index = table.get(rgb);
                if (index < 0) {
                    index = nearest(rgb);
                    table.put(rgb, index);
                }
                last = rgb;
                lastIndex = (byte) index;
            }
            indices[i] = lastIndex;
        }
        return indices;
    }

    private static int blend(int from, int to, int step) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int a = (from >> shift) & 0xFF;
            int b = (to >> shift) & 0xFF;
            // Rounded to the nearest level, halves away from zero, in whole numbers.
            int delta = (b - a) * step;
            int channel = a + (delta >= 0 ? (2 * delta + STEPS) / (2 * STEPS) : -((-2 * delta + STEPS) / (2 * STEPS)));
            rgb |= channel << shift;
        }
        return rgb;
    }

    /** The index of the colour closest to {@code rgb} (squared distance in RGB), the first of equals. */
    private int nearest(int rgb) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < colours.length; i++) {
            long distance = 0;
            for (int shift = 16; shift >= 0; shift -= 8) {
                int d = ((colours[i] >> shift) & 0xFF) - ((rgb >> shift) & 0xFF);
                distance += (long) d * d;
            }
            if (distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int rgb(String hex) {
        return CardLayout.colour(hex).getRGB() & 0xFFFFFF;
    }

    /** Colour to index, open addressing: a card's lookups without boxing or locking. */
    private static final class ColourTable {
        private int[] keys = emptyKeys(1024);
        private int[] values = new int[1024];
        private int size;

        int get(int rgb) {
            int mask = keys.length - 1;
            for (int slot = hash(rgb) & mask; ; slot = (slot + 1) & mask) {
                if (keys[slot] == rgb) {
                    return values[slot];
                }
                if (keys[slot] < 0) {
                    return -1;
                }
            }
        }

        void put(int rgb, int index) {
            if (2 * (size + 1) > keys.length) {
                int[] oldKeys = keys;
                int[] oldValues = values;
                keys = emptyKeys(oldKeys.length * 2);
                values = new int[oldKeys.length * 2];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] >= 0) {
                        put(oldKeys[i], oldValues[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int slot = hash(rgb) & mask;
            while (keys[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = rgb;
            values[slot] = index;
            size++;
        }

        private static int hash(int rgb) {
            int h = rgb * 0x9E3779B1;
            return h ^ (h >>> 15);
        }

        private static int[] emptyKeys(int length) {
            int[] keys = new int[length];
            Arrays.fill(keys, -1);
            return keys;
        }
    }
}
