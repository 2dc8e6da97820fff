package io.github.broadsheet.media;

import java.util.List;

/**
 * An image as pages show it: where it is in the site, its resized copies and its displayed size. A remote image
 * (a URL of another host) is shown as it is: no copies, no size.
 *
 * @param src     the site path of the file for {@code src} (the largest copy, or the image itself when it is not
 *                resized), or the URL as written for a remote image
 * @param remote  {@code src} is a URL of another host
 * @param copies  the resized copies, narrowest first; empty when the image is not resized (GIF, SVG, remote)
 * @param width   the displayed width ({@code width} attribute); 0 when unknown
 * @param height  the displayed height; 0 when unknown
 */
public record Picture(String src, boolean remote, List<Copy> copies, int width, int height) {

    public Picture {
        copies = List.copyOf(copies);
    }

    /**
     * One resized copy.
     *
     * @param path   its site path
     * @param width  in pixels
     * @param height in pixels
     */
    public record Copy(String path, int width, int height) {
    }

    /** A URL of another host, shown as it is. */
    public static Picture remote(String url) {
        return new Picture(url, true, List.of(), 0, 0);
    }

    public boolean hasSize() {
        return width > 0 && height > 0;
    }

    /**
     * The copy for social networks, which show 1200 px wide cards: the narrowest copy at least 1200 px wide, else the
     * widest; {@code null} without copies.
     */
    public Copy social() {
        for (Copy copy : copies) {
            if (copy.width() >= 1200) {
                return copy;
            }
        }
        return copies.isEmpty() ? null : copies.get(copies.size() - 1);
    }
}
