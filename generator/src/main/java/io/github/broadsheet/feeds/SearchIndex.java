package io.github.broadsheet.feeds;

import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.Page;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteUrls;
import io.github.broadsheet.site.Term;
import io.github.broadsheet.text.Excerpt;
import io.github.broadsheet.text.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code search-index.json}: what the theme's search page ({@code js/search.js}) needs to find articles in the
 * browser, offline, with no server. One compact JSON object, no whitespace, short keys:
 *
 * <pre>
 * {"v":1,
 *  "g":["transport","trams",...],                 every tag name once; entries refer to them by position
 *  "a":[{"t":"Tram line 4 opens",                 title
 *        "u":"articles/tram-line-4-opens/",       URL relative to the site's base URL (where this file is)
 *        "d":"2026-06-10",                        publication date, as written (the article's own offset)
 *        "g":[0,1],                               tags, positions in "g"
 *        "s":"The first tram left at five...",   summary, cut at about {@value #SUMMARY_CHARS} characters
 *        "k":"depot overhead ..."},               distinctive words of the body, space-separated
 *       ...]}                                     newest first
 * </pre>
 *
 * <p>Pages that ask to be found ({@code in_search: true}) follow the articles, with their title, URL, date (or
 * {@code ""}) and summary.
 *
 * <p>The distinctive words are the site model's {@code keywords}: each body's highest TF-IDF terms that are not
 * already in its title, tags or summary (which are searched anyway; see {@code DistinctiveTerms}). So a search
 * finds an article by what it is about even when the words are not in its title or summary, at about 100 bytes
 * per article instead of its whole text. For 10,000 articles of about 1,000 words the file is about 4 MB (1.1 MB
 * gzipped, as static hosts serve it).
 */
public final class SearchIndex {

    /** Format version, for scripts of older themes. */
    static final int VERSION = 1;
    /** Summaries longer than this are cut at a word boundary (and get an ellipsis). */
    static final int SUMMARY_CHARS = 200;

    private SearchIndex() {
    }

    public static GeneratedFile file(Site site) {
        SiteUrls urls = site.urls();
        Map<String, Integer> tagPositions = new LinkedHashMap<>();
        List<Map<String, Object>> entries = new ArrayList<>(site.articles().size());
        for (int i = 0; i < site.articles().size(); i++) {
            Article article = site.articles().get(i);
            List<Integer> tags = new ArrayList<>(site.articleTags().get(i).size());
            for (Term tag : site.articleTags().get(i)) {
                tags.add(tagPositions.computeIfAbsent(tag.name(), name -> tagPositions.size()));
            }
            String date = article.date().toString();

            entries.add(entry(article.title(), urls.relative(site.paths().get(i)), date, tags, article.summary(),
                    String.join(" ", site.keywords().get(i))));
        }
        // Pages that ask to be found (in_search: true), after the articles.
        for (Page page : site.pages()) {
            if (page.inSearch()) {
                entries.add(entry(page.title(), urls.relative(page.path()),
                        page.date().map(Object::toString).orElse(""), List.of(), page.summary(), ""));
            }
        }

        Map<String, Object> index = new LinkedHashMap<>();
        index.put("v", VERSION);
        index.put("g", List.copyOf(tagPositions.keySet()));
        index.put("a", entries);
        return GeneratedFile.text("search-index.json", Json.write(index) + "\n");
    }

    private static Map<String, Object> entry(String title, String url, String date, List<Integer> tags,
                                             String summary, String keywords) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("t", title);
        entry.put("u", url);
        entry.put("d", date.length() >= 10 ? date.substring(0, 10) : date);
        entry.put("g", tags);
        entry.put("s", Excerpt.cut(summary, SUMMARY_CHARS));
        entry.put("k", keywords);
        return entry;
    }
}
