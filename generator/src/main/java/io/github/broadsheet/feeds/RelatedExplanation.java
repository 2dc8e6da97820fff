package io.github.broadsheet.feeds;

import io.github.broadsheet.related.RelatedCandidate;
import io.github.broadsheet.related.RelatedMatch;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteUrls;
import io.github.broadsheet.text.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code related.json}: for every published article, exactly the related list its page shows, with the parts of
 * each score and the evidence behind it, then the best candidates that were left out and why, so a reader or a tool
 * can see why a link is there (or is not) and tune the weights. The shape is an interface; keep it stable (fields
 * may be added): {@code [{"url","title","related":[{"url","title","score","tag","text","date","tags","terms"}],
 * "rejected":[{"url","title","score","tag","text","reason","tags","terms"}]}]}, where {@code tags} maps each shared
 * tag to its learned weight, {@code terms} lists the shared terms that weigh most, and {@code reason} is one of
 * "list full", "not searched", "below the minimum", "text disagrees" and "format tag".
 */
public final class RelatedExplanation {

    private RelatedExplanation() {
    }

    /** The file for the site's articles, each named by its root-relative URL as pages link it. */
    public static GeneratedFile file(Site site) {
        SiteUrls siteUrls = site.urls();
        List<String> urls = site.paths().stream().map(siteUrls::path).toList();
        List<Object> entries = new ArrayList<>(site.articles().size());
        for (int i = 0; i < site.articles().size(); i++) {
            List<Object> related = new ArrayList<>();
            List<Object> rejected = new ArrayList<>();
            if (site.relatedWhy().isEmpty()) {
                // A site built without explanations (the live server's quick page): the parts only.
                for (RelatedMatch match : site.related().get(i)) {
                    Map<String, Object> link = link(site, urls, match.document(), match.score(), match.tag(),
                            match.text());
                    link.put("date", round(match.date()));
                    related.add(link);
                }
            } else {
                for (RelatedCandidate candidate : site.relatedWhy().get(i)) {
                    Map<String, Object> link = link(site, urls, candidate.document(), candidate.score(),
                            candidate.tag(), candidate.text());
                    if (candidate.verdict() == RelatedCandidate.Verdict.LISTED) {
                        link.put("date", round(candidate.date()));
                        related.add(evidence(link, candidate));
                    } else {
                        link.put("reason", candidate.verdict().words());
                        rejected.add(evidence(link, candidate));
                    }
                }
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("url", urls.get(i));
            entry.put("title", site.articles().get(i).title());
            entry.put("related", related);
            entry.put("rejected", rejected);
            entries.add(entry);
        }
        return GeneratedFile.text("related.json", Json.write(entries) + "\n");
    }

    private static Map<String, Object> link(Site site, List<String> urls, int document, double score, double tag,
                                            double text) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("url", urls.get(document));
        link.put("title", site.articles().get(document).title());
        link.put("score", round(score));
        link.put("tag", round(tag));
        link.put("text", round(text));
        return link;
    }

    private static Map<String, Object> evidence(Map<String, Object> link, RelatedCandidate candidate) {
        Map<String, Object> tags = new LinkedHashMap<>();
        candidate.sharedTags().forEach(tag -> tags.put(tag.name(), round(tag.weight())));
        link.put("tags", tags);
        link.put("terms", candidate.sharedTerms());
        return link;
    }

    /** Six decimals: enough to compare, and no noise from the last bits of a double. */
    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
