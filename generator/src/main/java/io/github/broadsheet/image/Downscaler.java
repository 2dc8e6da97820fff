package io.github.broadsheet.image;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;

/**
 * Resizing with Java2D: halve with bilinear filtering while the image is at least twice the target, then one last
 * bilinear step to the exact size. One bilinear step from 3000 to 480 px would sample only a few source pixels per
 * target pixel and alias; halving first averages them all, close to a box filter, at a fraction of a Lanczos
 * filter's cost (4-15 ms against 0.5-0.9 s per derivative, and deterministic: research/REPORT.md). The result is
 * {@code TYPE_INT_RGB}, or {@code TYPE_INT_ARGB} with alpha, whatever the source's pixel layout (grey, palette,
 * 16-bit, CMYK already turned to RGB by the reader). Alpha is scaled premultiplied, so transparent pixels do not
 * bleed their hidden colour into the edges.
 */
final class Downscaler {

    private Downscaler() {
    }

    /**
     * The source at each size, largest or smallest first as given. The halvings are shared: the source is halved
     * (3000, 1500, 750 px...) while a half is still at least twice a target, and each target is one bilinear step
     * from the smallest such half, so a 3000 px photo is read in full once for all its derivatives.
     *
     * @param sizes {width, height} pairs, each at most the source's size
     */
    static List<BufferedImage> scale(BufferedImage source, List<int[]> sizes, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
        List<BufferedImage> halvings = new ArrayList<>(List.of(source));
        List<BufferedImage> scaled = new ArrayList<>(sizes.size());
        for (int[] size : sizes) {
            int k = 0;
            while (halvings.get(k).getWidth() >= size[0] * 2 && halvings.get(k).getHeight() >= size[1] * 2) {
                if (k + 1 == halvings.size()) {
                    BufferedImage at = halvings.get(k);
                    halvings.add(draw(at, at.getWidth() / 2, at.getHeight() / 2, type));
                }
                k++;
            }
            BufferedImage result = draw(halvings.get(k), size[0], size[1], type);
            scaled.add(alpha ? draw(result, size[0], size[1], BufferedImage.TYPE_INT_ARGB) : result);
        }
        return scaled;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type) {
        BufferedImage next = new BufferedImage(width, height, type);
        Graphics2D g = next.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setComposite(AlphaComposite.Src);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return next;
    }

    /**
     * The image turned as its EXIF orientation says (1 to 8), pixel for pixel: a quarter turn or a mirror moves
     * pixels and never resamples them.
     */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        BufferedImage turned = new BufferedImage(ow, oh, image.getType());
        int[] from = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] to = ((DataBufferInt) turned.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; }
                }
                to[y * ow + x] = from[sy * w + sx];
            }
        }
        return turned;
    }
}
