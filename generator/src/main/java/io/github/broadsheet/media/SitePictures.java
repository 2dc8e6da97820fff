package io.github.broadsheet.media;

import io.github.broadsheet.feeds.GeneratedFile;
import io.github.broadsheet.site.Site;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the image step made of a site: the site with every body's images resized and sized, the lead image of each
 * article, and the files the writer publishes for them.
 *
 * @param site      the site, its bodies' {@code <img>} pointing at the resized copies
 * @param leads     the lead image ({@code image:}) of each article, same index as the site's articles
 * @param copies    the resized copies by site path, each a file of the image cache
 * @param originals what to publish under an original's own name instead of the original: the site path of its
 *                  largest copy (without metadata), by the original's site path
 * @param withheld  site paths of originals that are not published (their metadata would be; no copy has their
 *                  format)
 * @param encoded   how many images were decoded and encoded (0 when all came from the cache)
 * @param cards     the social card of each article that has no lead image of its own (empty when cards are off),
 *                  same index as the site's articles
 * @param cardFiles the social cards' files, made when written
 */
public record SitePictures(Site site, List<Optional<Picture>> leads, Map<String, Path> copies,
                           Map<String, String> originals, Set<String> withheld, long encoded,
                           List<Optional<Picture.Copy>> cards, List<GeneratedFile> cardFiles) {

    public SitePictures {
        leads = List.copyOf(leads);
        cards = List.copyOf(cards);
        cardFiles = List.copyOf(cardFiles);
        copies = Map.copyOf(copies);
        originals = Map.copyOf(originals);
        withheld = Set.copyOf(withheld);
    }

    /** A site without image processing: no lead pictures, nothing to publish (the live server's quick page). */
    public static SitePictures none(Site site) {
        return new SitePictures(site, site.articles().stream().map(a -> Optional.<Picture>empty()).toList(),
                Map.of(), Map.of(), Set.of(), 0, List.of(), List.of());
    }

    /** The same with the social cards of the articles. */
    public SitePictures withCards(List<Optional<Picture.Copy>> value, List<GeneratedFile> files) {
        return new SitePictures(site, leads, copies, originals, withheld, encoded, value, files);
    }

    /** The social card of the article at {@code index}, if it has one. */
    public Optional<Picture.Copy> card(int index) {
        return index < cards.size() ? cards.get(index) : Optional.empty();
    }

    /** The lead image of the article at {@code index}. */
    public Optional<Picture> lead(int index) {
        return index < leads.size() ? leads.get(index) : Optional.empty();
    }
}
