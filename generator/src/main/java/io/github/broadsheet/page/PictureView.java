package io.github.broadsheet.page;

/**
 * An article's lead image as templates see it ({@code article.picture}): everything an {@code <img>} needs, and
 * the caption and credit from front-matter. Templates choose {@code sizes} and {@code loading} for where they show
 * it (the article's hero loads first, cards lazily).
 *
 * @param src     root-relative link to the largest copy (or to the image itself when it is not resized, or the URL
 *                of another host as written)
 * @param srcset  every resized copy with its width ({@code /a/p.3f9a2c1b-480.jpg 480w, ...}); {@code null} when
 *                the image is not resized (GIF, SVG, another host's)
 * @param width   the {@code width} attribute; 0 when unknown
 * @param height  the {@code height} attribute; 0 when unknown
 * @param alt     {@code image_alt:}, empty when not given
 * @param caption {@code image_caption:}, or {@code null}
 * @param credit  {@code image_credit:} (the photographer, the agency), or {@code null}
 */
public record PictureView(String src, String srcset, int width, int height, String alt, String caption,
                          String credit) {
}
