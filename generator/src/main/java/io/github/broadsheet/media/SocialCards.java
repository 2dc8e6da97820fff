package io.github.broadsheet.media;

import io.github.broadsheet.card.CardFonts;
import io.github.broadsheet.card.CardLayout;
import io.github.broadsheet.card.CardRenderer;
import io.github.broadsheet.card.CardText;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.digest.Sha256;
import io.github.broadsheet.feeds.GeneratedFile;
import io.github.broadsheet.files.CacheAge;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SitePage;
import io.github.broadsheet.theme.Theme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The social card of each article without a lead image: a PNG drawn by the {@link CardRenderer} from the headline,
 * the kicker (or section) and the site's name, in the theme's fonts ({@code fonts/Inter_400Regular.ttf} and
 * {@code fonts/Inter_700Bold.ttf} of the first theme layer that has both) and the theme's {@link CardLayout}
 * ({@code card:} in the theme's params, any of its fields, colours as {@code #rrggbb}). A card is named and cached
 * by a hash of all of that, so an unchanged rebuild reads it from the cache instead of drawing it again, and a
 * changed headline gets a new name (social networks cache images by URL).
 */
public final class SocialCards {

    /** The font files a theme ships for cards, in its {@code fonts/} folder beside {@code templates/}. */
    static final String REGULAR = "Inter_400Regular.ttf";
    static final String BOLD = "Inter_700Bold.ttf";

    private final CardRenderer renderer;
    private final CardLayout layout;
    private final String fontHash;
    private final Path cache;
    private final AtomicInteger drawn = new AtomicInteger();

    SocialCards(CardFonts fonts, String fontHash, CardLayout layout, Path cache) {
        this.renderer = new CardRenderer(fonts);
        this.layout = layout;
        this.fontHash = fontHash;
        this.cache = cache;
    }

    /**
     * Cards in the theme's fonts and layout, cached in {@code cache}.
     *
     * @throws BuildFailedException when no theme layer has the fonts or the theme's {@code card:} is not valid
     */
    public static SocialCards of(Theme theme, Path cache) throws BuildFailedException {
        CardLayout layout;
        try {
            layout = layout(theme.params().get("card"));
        } catch (IllegalArgumentException e) {
            throw new BuildFailedException("theme " + theme.name() + ": params.card: " + e.getMessage());
        }
        for (Theme.Layer layer : theme.layers()) {
            Path fonts = layer.templates().resolveSibling("fonts");
            if (Files.isRegularFile(fonts.resolve(REGULAR)) && Files.isRegularFile(fonts.resolve(BOLD))) {
                try {
                    byte[] regular = Files.readAllBytes(fonts.resolve(REGULAR));
                    byte[] bold = Files.readAllBytes(fonts.resolve(BOLD));
                    CardFonts loaded = CardFonts.load(new ByteArrayInputStream(regular), new ByteArrayInputStream(bold));
                    return new SocialCards(loaded, Sha256.hex(regular, 16) + Sha256.hex(bold, 16), layout, cache);
                } catch (IOException e) {
                    throw new BuildFailedException(layer.name() + ": the fonts for social cards in " + fonts
                            + " cannot be read: " + e.getMessage());
                }
            }
        }
        throw new BuildFailedException("no theme layer has the fonts for social cards (fonts/" + REGULAR + " and fonts/"
                + BOLD + "); turn social cards off or add them to the theme");
    }

    /**
     * The theme's card layout: {@link CardLayout#defaults()} with the fields the theme's {@code card:} mapping
     * names replaced.
     */
    static CardLayout layout(Object card) {
        CardLayout d = CardLayout.defaults();
        if (card == null) {
            return d;
        }
        if (!(card instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("must be a mapping of the card's fields (background: \"#ffffff\", ...)");
        }
        Map<String, Object> v = new LinkedHashMap<>();
        map.forEach((k, value) -> v.put(String.valueOf(k), value));
        List<String> known = List.of("width", "height", "margin", "background", "foreground", "accent", "muted",
                "accentBarHeight", "kickerSize", "headlineSize", "headlineLineHeight", "headlineMaxLines",
                "siteNameSize");
        for (String key : v.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown field '" + key + "'; known: " + String.join(", ", known));
            }
        }
        return new CardLayout(integer(v, "width", d.width()), integer(v, "height", d.height()),
                integer(v, "margin", d.margin()), text(v, "background", d.background()),
                text(v, "foreground", d.foreground()), text(v, "accent", d.accent()), text(v, "muted", d.muted()),
                integer(v, "accentBarHeight", d.accentBarHeight()), number(v, "kickerSize", d.kickerSize()),
                number(v, "headlineSize", d.headlineSize()), number(v, "headlineLineHeight", d.headlineLineHeight()),
                integer(v, "headlineMaxLines", d.headlineMaxLines()), number(v, "siteNameSize", d.siteNameSize()));
    }

    private static int integer(Map<String, Object> v, String key, int fallback) {
        Object value = v.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        throw new IllegalArgumentException(key + " must be a whole number (was " + value + ")");
    }

    private static float number(Map<String, Object> v, String key, float fallback) {
        Object value = v.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n) {
            return n.floatValue();
        }
        throw new IllegalArgumentException(key + " must be a number (was " + value + ")");
    }

    private static String text(Map<String, Object> v, String key, String fallback) {
        Object value = v.get(key);
        return value == null ? fallback : String.valueOf(value);
    }

    /** How many cards this instance drew (the rest came from the cache). */
    public int drawn() {
        return drawn.get();
    }

    /**
     * The cards of the articles without a lead image, with the files to write.
     *
     * @param site     the site model
     * @param pictures the lead images the image step found
     */
    public SitePictures addTo(Site site, SitePictures pictures) {
        List<Optional<Picture.Copy>> cards = new ArrayList<>(site.articles().size());
        List<GeneratedFile> files = new ArrayList<>();
        for (int i = 0; i < site.articles().size(); i++) {
            Article a = site.articles().get(i);
            if (a.image().isPresent() && !a.image().get().isBlank()) {
                cards.add(Optional.empty());
                continue;
            }
            String kicker = !a.editorial().kicker().isEmpty() ? a.editorial().kicker()
                    : site.section(i).map(t -> t.name()).orElse("");
            CardText text = new CardText(a.title(), kicker, site.settings().title());
            String hash = Sha256.hex(String.join("\u0000", "card/2", text.headline(), text.kicker(),
                    text.siteName(), layout.toString(), fontHash), 32);
            String folder = SitePage.file(site.paths().get(i)).replaceFirst("[^/]*$", "");
            String path = folder + "card." + hash.substring(0, 8) + ".png";
            cards.add(Optional.of(new Picture.Copy("/" + path, layout.width(), layout.height())));
            files.add(new GeneratedFile(path, () -> png(text, hash)));
        }
        return pictures.withCards(cards, files);
    }

    /**
     * Deletes the cached cards no build has used for {@code unused} (of headlines since changed, articles since
     * given a picture or taken out), and card files half-written by a build that stopped a day ago or more.
     *
     * @return how many cards were deleted
     */
    public int pruneCache(Duration unused) throws IOException {
        return CacheAge.prune(cache, Instant.now(), unused,
                file -> file.getFileName().toString().endsWith(".png") ? Optional.of(file) : Optional.empty(),
                name -> name.endsWith(".tmp"));
    }

    /** The card from the cache, else drawn (and kept in the cache). */
    private byte[] png(CardText text, String hash) {
        Path file = cache.resolve(hash + ".png");
        try {
            if (Files.isRegularFile(file)) {
                CacheAge.used(file);
                return Files.readAllBytes(file);
            }
            byte[] png = renderer.png(text, layout);
            drawn.incrementAndGet();
            Files.createDirectories(cache);
            Path partial = cache.resolve(hash + ".png." + Thread.currentThread().getId() + ".tmp");
            Files.write(partial, png);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return png;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the social card " + file + ": " + e.getMessage(), e);
        }
    }
}
