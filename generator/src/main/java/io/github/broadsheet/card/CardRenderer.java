package io.github.broadsheet.card;

import io.github.broadsheet.image.Png;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Social cards: the 1200x630 PNG that OpenGraph and Twitter show for an article without an image of its own,
 * drawn with Java2D from a {@link CardText} as a {@link CardLayout} says, in the theme's {@link CardFonts}. Text is
 * drawn by filling its glyph outlines rather than with {@code drawString}: the outlines come from the font file,
 * and filling them is Java2D's own pure-Java rasteriser, whereas glyph images come from the platform's font
 * rasteriser, which may differ between machines; both gave identical PNGs on two JDKs here, outlines keep it that
 * way on more of them. The same text and layout give the same bytes every time. Thread-safe.
 */
public final class CardRenderer {

    private static final String ELLIPSIS = "\u2026";

    private final CardFonts fonts;

    public CardRenderer(CardFonts fonts) {
        this.fonts = fonts;
    }

    /** The card as PNG bytes. */
    public byte[] png(CardText text, CardLayout layout) {
        return Png.encode(draw(text, layout));
    }

    BufferedImage draw(CardText text, CardLayout layout) {
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            FontRenderContext frc = g.getFontRenderContext();
            int margin = layout.margin();
            float textWidth = layout.width() - 2f * margin;

            g.setColor(CardLayout.colour(layout.background()));
            g.fillRect(0, 0, layout.width(), layout.height());
            g.setColor(CardLayout.colour(layout.accent()));
            g.fillRect(0, 0, layout.width(), layout.accentBarHeight());

            float y = layout.accentBarHeight() + margin;
            if (layout.kickerSize() > 0 && !text.kicker().isEmpty()) {
                Font kicker = face(fonts.bold(), layout.kickerSize());
                TextLayout line = lines(text.kicker().toUpperCase(Locale.ROOT), kicker, textWidth, 1, frc).get(0);
                y += line.getAscent();
                fill(g, line, margin, y);
                y += line.getDescent() + layout.kickerSize() * 0.7f;
            }

            Font site = face(fonts.regular(), layout.siteNameSize());
            float siteBaseline = layout.height() - margin;
            float ruleY = siteBaseline - layout.siteNameSize() * 1.6f;
            if (!text.headline().isEmpty()) {
                Font headline = face(fonts.bold(), layout.headlineSize());
                float step = layout.headlineSize() * layout.headlineLineHeight();
                g.setColor(CardLayout.colour(layout.foreground()));
                List<TextLayout> lines = lines(text.headline(), headline, textWidth, layout.headlineMaxLines(), frc);
                y += lines.get(0).getAscent();
                for (TextLayout line : lines) {
                    fill(g, line, margin, y);
                    y += step;
                }
            }
            g.setColor(CardLayout.colour(layout.muted()));
            g.fillRect(margin, Math.round(ruleY), layout.width() - 2 * margin, 2);
            if (!text.siteName().isEmpty()) {
                fill(g, lines(text.siteName(), site, textWidth, 1, frc).get(0), margin, siteBaseline);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void fill(Graphics2D g, TextLayout line, float x, float baseline) {
        g.fill(line.getOutline(AffineTransform.getTranslateInstance(x, baseline)));
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
