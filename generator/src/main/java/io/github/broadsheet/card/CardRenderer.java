package io.github.broadsheet.card;

import io.github.broadsheet.image.IndexedPng;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Social cards: the 1200x630 PNG that OpenGraph and Twitter show for an article without an image of its own,
 * drawn with Java2D from a {@link CardText} as a {@link CardLayout} says, in the theme's {@link CardFonts}. Text is
 * drawn by filling its glyph outlines rather than with {@code drawString}: the outlines come from the font file,
 * and filling them is Java2D's own pure-Java rasteriser, whereas glyph images come from the platform's font
 * rasteriser, which may differ between machines; both gave identical PNGs on two JDKs here, outlines keep it that
 * way on more of them. What every card of a build shares (background, accent bar, rule, site name) is drawn once,
 * and a card is written as a palette PNG ({@link CardPalette}, {@link IndexedPng}): a quarter of the CPU the JDK's
 * RGB writer took, and smaller files. The same text and layout give the same bytes every time. Thread-safe.
 */
public final class CardRenderer {

    private static final String ELLIPSIS = "\u2026";

    private final CardFonts fonts;
    private final Map<BackdropKey, Backdrop> backdrops = new ConcurrentHashMap<>();

    public CardRenderer(CardFonts fonts) {
        this.fonts = fonts;
    }

    /** The card as PNG bytes: a palette PNG ({@link CardPalette}), which is what makes a card cheap to write. */
    public byte[] png(CardText text, CardLayout layout) {
        Backdrop backdrop = backdrop(layout, text.siteName());
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        int[] pixels = pixels(image);
        System.arraycopy(backdrop.pixels(), 0, pixels, 0, pixels.length);
        Rows inked = drawText(image, text, layout, backdrop);
        // Only the rows the text touched differ from the backdrop, whose indices are known.
        byte[] indices = backdrop.indices().clone();
        backdrop.palette().indices(pixels, inked.top() * layout.width(), inked.bottom() * layout.width(), indices);
        return IndexedPng.encode(indices, layout.width(), backdrop.palette().colours());
    }

    /** The card as it looks, before it is written in its palette. */
    BufferedImage draw(CardText text, CardLayout layout) {
        Backdrop backdrop = backdrop(layout, text.siteName());
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        System.arraycopy(backdrop.pixels(), 0, pixels(image), 0, layout.width() * layout.height());
        drawText(image, text, layout, backdrop);
        return image;
    }

    private Backdrop backdrop(CardLayout layout, String siteName) {
        return backdrops.computeIfAbsent(new BackdropKey(layout, siteName), this::backdrop);
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Draws the kicker and the headline onto the backdrop; the rows they touched. */
    private static Rows drawText(BufferedImage image, CardText text, CardLayout layout, Backdrop backdrop) {
        Rows inked = new Rows(layout.height());
        Graphics2D g = graphics(image);
        try {
            FontRenderContext frc = g.getFontRenderContext();
            int margin = layout.margin();
            float textWidth = layout.width() - 2f * margin;
            float y = layout.accentBarHeight() + margin;
            if (layout.kickerSize() > 0 && !text.kicker().isEmpty()) {
                g.setColor(CardLayout.colour(layout.accent()));
                TextLayout line = lines(text.kicker().toUpperCase(Locale.ROOT), backdrop.kicker(), textWidth, 1, frc)
                        .get(0);
                y += line.getAscent();
                inked.add(fill(g, line, margin, y));
                y += line.getDescent() + layout.kickerSize() * 0.7f;
            }
            if (!text.headline().isEmpty()) {
                float step = layout.headlineSize() * layout.headlineLineHeight();
                g.setColor(CardLayout.colour(layout.foreground()));
                List<TextLayout> lines = lines(text.headline(), backdrop.headline(), textWidth,
                        layout.headlineMaxLines(), frc);
                y += lines.get(0).getAscent();
                for (TextLayout line : lines) {
                    inked.add(fill(g, line, margin, y));
                    y += step;
                }
            }
        } finally {
            g.dispose();
        }
        return inked;
    }

    /** The rows from {@code top} to {@code bottom} (exclusive) that hold ink, grown shape by shape. */
    private static final class Rows {
        private final int height;
        private int top;
        private int bottom;

        Rows(int height) {
            this.height = height;
            this.top = height;
        }

        void add(Rectangle bounds) {
            // One row more either side: antialiasing may touch a pixel the bounds only graze.
            top = Math.max(0, Math.min(top, bounds.y - 1));
            bottom = Math.min(height, Math.max(bottom, bounds.y + bounds.height + 1));
        }

        int top() {
            return Math.min(top, bottom);
        }

        int bottom() {
            return bottom;
        }
    }

    /**
     * What every card of a layout and site has, drawn once per build rather than once per card: the background,
     * the accent bar, the rule and the site's name (a headline long enough to reach the rule is drawn over it),
     * and the faces at the layout's sizes.
     */
    private Backdrop backdrop(BackdropKey key) {
        CardLayout layout = key.layout();
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        Font site = face(fonts.regular(), layout.siteNameSize());
        try {
            int margin = layout.margin();
            g.setColor(CardLayout.colour(layout.background()));
            g.fillRect(0, 0, layout.width(), layout.height());
            g.setColor(CardLayout.colour(layout.accent()));
            g.fillRect(0, 0, layout.width(), layout.accentBarHeight());
            float siteBaseline = layout.height() - margin;
            float ruleY = siteBaseline - layout.siteNameSize() * 1.6f;
            g.setColor(CardLayout.colour(layout.muted()));
            g.fillRect(margin, Math.round(ruleY), layout.width() - 2 * margin, 2);
            if (!key.siteName().isEmpty()) {
                fill(g, lines(key.siteName(), site, layout.width() - 2f * margin, 1, g.getFontRenderContext()).get(0),
                        margin, siteBaseline);
            }
        } finally {
            g.dispose();
        }
        CardPalette palette = new CardPalette(layout);
        return new Backdrop(pixels(image), palette.indices(pixels(image)), palette,
                face(fonts.bold(), layout.kickerSize() > 0 ? layout.kickerSize() : 1f),
                face(fonts.bold(), layout.headlineSize()));
    }

    private record BackdropKey(CardLayout layout, String siteName) {
    }

    private record Backdrop(int[] pixels, byte[] indices, CardPalette palette, Font kicker, Font headline) {
    }

    /** Graphics that antialias and measure text as a typesetter would, the same on every machine. */
    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    /** Fills the line's outline; the pixels it may have touched. */
    private static Rectangle fill(Graphics2D g, TextLayout line, float x, float baseline) {
        Shape outline = line.getOutline(AffineTransform.getTranslateInstance(x, baseline));
        g.fill(outline);
        return outline.getBounds();
    }

    /** The font at the size, with kerning and ligatures as typesetters use them. */
    private static Font face(Font font, float size) {
        return font.deriveFont(Map.of(TextAttribute.SIZE, size, TextAttribute.KERNING, TextAttribute.KERNING_ON,
                TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
    }

    /** The text broken into lines at most {@code width} wide, at most {@code max} of them, the last cut with "…". */
    static List<TextLayout> lines(String text, Font font, float width, int max, FontRenderContext frc) {
        List<TextLayout> lines = new ArrayList<>();
        for (String line : lineTexts(text, font, width, max, frc)) {
            lines.add(new TextLayout(line, font, frc));
        }
        return lines;
    }

    /** The text of each line {@link #lines} draws. */
    static List<String> lineTexts(String text, Font font, float width, int max, FontRenderContext frc) {
        List<String> parts = breakLines(text, font, width, frc);
        if (parts.size() <= max) {
            return parts;
        }
        List<String> lines = new ArrayList<>(parts.subList(0, max - 1));
        lines.add(fitWithEllipsis(String.join(" ", parts.subList(max - 1, parts.size())), font, width, frc));
        return lines;
    }

    /** The text of each line, as {@link LineBreakMeasurer} breaks it (at spaces, inside a word only if it must). */
    static List<String> breakLines(String text, Font font, float width, FontRenderContext frc) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        AttributedString attributed = new AttributedString(oneLine);
        attributed.addAttribute(TextAttribute.FONT, font);
        LineBreakMeasurer measurer = new LineBreakMeasurer(attributed.getIterator(), frc);
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (measurer.getPosition() < oneLine.length()) {
            int end = measurer.nextOffset(width);
            measurer.setPosition(end);
            String line = oneLine.substring(start, end).strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
            start = end;
        }
        return lines.isEmpty() ? List.of(" ") : lines;
    }

    /** As much of the text as fits in the width with "…" after it, cut at a space where one is. */
    private static String fitWithEllipsis(String text, Font font, float width, FontRenderContext frc) {
        String cut = text;
        while (!cut.isEmpty() && advance(cut.stripTrailing() + ELLIPSIS, font, frc) > width) {
            int space = cut.stripTrailing().lastIndexOf(' ');
            cut = space > 0 ? cut.substring(0, space) : cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing().replaceAll("[\\s,;:.\\-\u2013\u2014]+$", "") + ELLIPSIS;
    }

    private static float advance(String text, Font font, FontRenderContext frc) {
        return new TextLayout(text, font, frc).getAdvance();
    }
}
