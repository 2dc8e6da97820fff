package io.github.broadsheet.card;

import io.github.broadsheet.image.IndexedPng;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.LineMetrics;
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
 * way on more of them. What every card of a build shares (background, accent bar, rule, site name) is drawn once;
 * a card's own text is put together from glyph masks rasterised once per glyph ({@link GlyphMasks}) and written as
 * a palette PNG of which only the rows with text are compressed per card ({@link CardPalette},
 * {@link IndexedPng.Backdrop}): about 2.5 ms of CPU a card instead of 25-28 ms. The same text and layout give the
 * same bytes every time. Thread-safe.
 */
public final class CardRenderer {

    private static final String ELLIPSIS = "\u2026";
    /** How {@link #graphics} measure text: antialiased, fractional metrics, no transform. */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final CardFonts fonts;
    private final Map<BackdropKey, Backdrop> backdrops = new ConcurrentHashMap<>();

    public CardRenderer(CardFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * The card as PNG bytes: the backdrop's palette indices with the kicker and headline put in from
     * {@link GlyphMasks}, written as a palette PNG ({@link CardPalette}, {@link IndexedPng}).
     */
    public byte[] png(CardText text, CardLayout layout) {
        Backdrop backdrop = backdrop(layout, text.siteName());
        byte[] indices = backdrop.indices().clone();
        GlyphMasks.Canvas kicker = new GlyphMasks.Canvas(indices, layout.width(), CardPalette.ACCENT);
        GlyphMasks.Canvas headline = new GlyphMasks.Canvas(indices, layout.width(), CardPalette.FOREGROUND);
        for (Line line : typeset(text, layout, backdrop)) {
            line.masks().add(line.text(), layout.margin(), line.baseline(), line.kicker() ? kicker : headline);
        }
        int top = Math.min(kicker.top(), headline.top());
        return backdrop.png().encode(indices, top, Math.max(top, Math.max(kicker.bottom(), headline.bottom())));
    }

    /**
     * The card as Java2D draws it whole, each line's outline filled at its exact position: what {@link #png} looks
     * like, to check it against.
     */
    BufferedImage draw(CardText text, CardLayout layout) {
        Backdrop backdrop = backdrop(layout, text.siteName());
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
        System.arraycopy(backdrop.pixels(), 0, pixels(image), 0, layout.width() * layout.height());
        Graphics2D g = graphics(image);
        try {
            for (Line line : typeset(text, layout, backdrop)) {
                g.setColor(CardLayout.colour(line.kicker() ? layout.accent() : layout.foreground()));
                fill(g, new TextLayout(line.text(), line.masks().face(), FRC), layout.margin(), line.baseline());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A line of the card's text: what it says, in which face, on which baseline. */
    private record Line(String text, GlyphMasks masks, float baseline, boolean kicker) {
    }

    /** The kicker (in capitals, one line) and the headline's lines, with their baselines. */
    private static List<Line> typeset(CardText text, CardLayout layout, Backdrop backdrop) {
        List<Line> lines = new ArrayList<>();
        float textWidth = layout.width() - 2f * layout.margin();
        float y = layout.accentBarHeight() + layout.margin();
        if (layout.kickerSize() > 0 && !text.kicker().isEmpty()) {
            Font face = backdrop.kicker().face();
            String line = lineTexts(text.kicker().toUpperCase(Locale.ROOT), face, textWidth, 1, FRC).get(0);
            LineMetrics metrics = face.getLineMetrics(line, FRC);
            y += metrics.getAscent();
            lines.add(new Line(line, backdrop.kicker(), y, true));
            y += metrics.getDescent() + layout.kickerSize() * 0.7f;
        }
        if (!text.headline().isEmpty()) {
            Font face = backdrop.headline().face();
            float step = layout.headlineSize() * layout.headlineLineHeight();
            List<String> texts = lineTexts(text.headline(), face, textWidth, layout.headlineMaxLines(), FRC);
            y += face.getLineMetrics(texts.get(0), FRC).getAscent();
            for (String line : texts) {
                lines.add(new Line(line, backdrop.headline(), y, false));
                y += step;
            }
        }
        return lines;
    }

    private Backdrop backdrop(CardLayout layout, String siteName) {
        return backdrops.computeIfAbsent(new BackdropKey(layout, siteName), this::backdrop);
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /**
     * What every card of a layout and site has, drawn once per build rather than once per card: the background,
     * the accent bar, the rule and the site's name (a headline long enough to reach the rule is drawn over it),
     * and the faces at the layout's sizes with their glyph masks.
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
                fill(g, lines(key.siteName(), site, layout.width() - 2f * margin, 1, FRC).get(0), margin,
                        siteBaseline);
            }
        } finally {
            g.dispose();
        }
        CardPalette palette = new CardPalette(layout);
        byte[] indices = palette.indices(pixels(image));
        return new Backdrop(pixels(image), indices, new IndexedPng.Backdrop(indices, layout.width(), palette.colours()),
                new GlyphMasks(face(fonts.bold(), layout.kickerSize() > 0 ? layout.kickerSize() : 1f), FRC),
                new GlyphMasks(face(fonts.bold(), layout.headlineSize()), FRC));
    }

    private record BackdropKey(CardLayout layout, String siteName) {
    }

    private record Backdrop(int[] pixels, byte[] indices, IndexedPng.Backdrop png, GlyphMasks kicker,
                            GlyphMasks headline) {
    }

    /** Graphics that antialias and measure text as a typesetter would ({@link #FRC}), the same on every machine. */
    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
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
