package io.github.broadsheet.publish;

import io.github.broadsheet.related.RelatedMatch;
import io.github.broadsheet.render.Json;
import io.github.broadsheet.site.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code related.json}: for every published article, exactly the related list its page shows, with the parts of
 * each score, so a reader or a tool can see why a link is there. The shape is an interface; keep it stable:
 * {@code [{"url","title","related":[{"url","title","score","tag","text","date"}]}]}.
 */
public final class RelatedExplanation {

    private RelatedExplanation() {
    }

    /** @param urls root-relative URL of each article as linked in pages, same index as the site's articles */
    public static GeneratedFile file(Site site, List<String> urls) {
        List<Object> entries = new ArrayList<>(site.articles().size());
        for (int i = 0; i < site.articles().size(); i++) {
            List<Object> related = new ArrayList<>();
            for (RelatedMatch match : site.related().get(i)) {
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("url", urls.get(match.document()));
                link.put("title", site.articles().get(match.document()).title());
                link.put("score", round(match.score()));
                link.put("tag", round(match.tag()));
                link.put("text", round(match.text()));
                link.put("date", round(match.date()));
                related.add(link);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("url", urls.get(i));
            entry.put("title", site.articles().get(i).title());
            entry.put("related", related);
            entries.add(entry);
        }
        return GeneratedFile.text("related.json", Json.write(entries) + "\n");
    }

    /** Six decimals: enough to compare, and no noise from the last bits of a double. */
    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
