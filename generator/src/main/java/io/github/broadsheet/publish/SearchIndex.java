package io.github.broadsheet.publish;

import io.github.broadsheet.render.ArticleView;
import io.github.broadsheet.render.Json;
import io.github.broadsheet.render.TagView;
import io.github.broadsheet.site.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code search-index.json}: what the theme's search page needs to find articles offline, one entry per
 * published article (title, URL, date, tags, summary).
 */
public final class SearchIndex {

    private SearchIndex() {
    }

    public static GeneratedFile file(Site site, List<ArticleView> views) {
        List<Object> entries = new ArrayList<>(views.size());
        for (ArticleView view : views) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", view.title());
            entry.put("url", view.url());
            entry.put("date", view.dateIso());
            entry.put("tags", view.tags().stream().map(TagView::name).toList());
            entry.put("summary", view.summary());
            entries.add(entry);
        }
        return GeneratedFile.text("search-index.json", Json.write(entries) + "\n");
    }
}
