package io.github.broadsheet.structured;

import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteUrls;
import io.github.broadsheet.site.Tag;
import io.github.broadsheet.text.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema.org structured data (JSON-LD) in the head of pages, made from the site model: {@code WebSite} for the
 * home page, {@code CollectionPage} for lists, {@code NewsArticle} for articles. Each is a JSON document that is
 * safe inside {@code <script>} ({@link Json}), with its keys in a fixed order.
 */
public final class StructuredData {

    /** Google shows headlines up to this many characters; a longer one is cut with an ellipsis. */
    static final int HEADLINE_CHARS = 110;

    private final Site site;
    private final SiteSettings settings;
    private final SiteUrls urls;

    public StructuredData(Site site) {
        this.site = site;
        this.settings = site.settings();
        this.urls = site.urls();
    }

    /** The site itself, for its home page. */
    public String website() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "WebSite");
        json.put("name", settings.title());
        json.put("url", urls.absolute("/"));
        if (!settings.description().isEmpty()) {
            json.put("description", settings.description());
        }
        json.put("inLanguage", settings.language());
        return Json.write(json);
    }

    /** A list page (a later home page, a tag, the tag index, the archive) of the site. */
    public String collection(String name, String path) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "CollectionPage");
        json.put("name", name);
        json.put("url", urls.absolute(path));
        json.put("isPartOf", object("@type", "WebSite", "name", settings.title(), "url", urls.absolute("/")));
        json.put("inLanguage", settings.language());
        return Json.write(json);
    }

    /** The article at {@code index} of the site's articles, for its page. */
    public String newsArticle(int index) {
        Article article = site.articles().get(index);
        String date = article.date().toString();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        json.put("mainEntityOfPage", object("@type", "WebPage", "@id", urls.absolute(site.paths().get(index))));
        String title = article.title();
        json.put("headline", title.length() > HEADLINE_CHARS ? title.substring(0, HEADLINE_CHARS - 1) + "…" : title);
        json.put("description", article.summary());
        json.put("datePublished", date);
        json.put("dateModified", article.updated().map(Object::toString).orElse(date));
        String author = site.author(index);
        if (!author.isEmpty()) {
            json.put("author", List.of(object("@type", "Person", "name", author)));
        }
        site.imageUrl(index).ifPresent(image -> json.put("image", List.of(image)));
        List<Tag> tags = site.articleTags().get(index);
        if (!tags.isEmpty()) {
            json.put("keywords", tags.stream().map(Tag::name).toList());
        }
        json.put("wordCount", article.wordCount());
        json.put("inLanguage", settings.language());
        json.put("publisher", object("@type", "Organization", "name", settings.title(), "url", urls.absolute("/")));
        return Json.write(json);
    }

    /**
     * A JSON object whose keys keep the order given: {@code Map.of} iterates in an order that changes from run
     * to run, which made two builds of the same site differ.
     */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json;
    }
}
