package io.github.broadsheet.structured;

import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.Editorial;
import io.github.broadsheet.content.Page;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteUrls;
import io.github.broadsheet.site.Term;
import io.github.broadsheet.site.Terms;
import io.github.broadsheet.text.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema.org structured data (JSON-LD) in the head of pages, made from the site model: {@code WebSite} for the
 * home page, {@code CollectionPage} for lists, {@code NewsArticle} for articles (with its section, its authors as
 * {@code Person}s linking their pages, and its corrections), {@code ProfilePage} for authors, {@code WebPage} for
 * standalone pages. Each is a JSON document that is
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
        return newsArticle(index, site.imageUrl(index));
    }

    /** The same, with the lead image at {@code image} (its published copy) rather than where front-matter put it. */
    public String newsArticle(int index, Optional<String> image) {
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
        json.put("dateModified", article.lastChange().toString());
        List<Object> authors = authors(index);
        if (!authors.isEmpty()) {
            json.put("author", authors);
        }
        site.section(index).ifPresent(section -> json.put("articleSection", section.name()));
        image.ifPresent(url -> json.put("image", List.of(url)));
        List<Term> tags = site.articleTags().get(index);
        if (!tags.isEmpty()) {
            json.put("keywords", tags.stream().map(Term::name).toList());
        }
        json.put("wordCount", article.wordCount());
        json.put("inLanguage", settings.language());
        json.put("publisher", object("@type", "Organization", "name", settings.title(), "url", urls.absolute("/")));
        List<Editorial.Correction> corrections = article.editorial().corrections();
        if (!corrections.isEmpty()) {
            json.put("correction", corrections.stream().map(c -> object("@type", "CorrectionComment", "text",
                    c.text(), "datePublished", c.date().toString())).toList());
        }
        return Json.write(json);
    }

    /**
     * The people in an article's byline: each author a {@code Person}, with the URL of their page when the site
     * publishes author pages; the site's author when the article names none.
     */
    private List<Object> authors(int index) {
        Terms taxonomy = site.taxonomy("authors");
        List<Term> terms = site.authorsOf(index);
        if (terms.isEmpty()) {
            String author = site.author(index);
            return author.isEmpty() ? List.of() : List.of(object("@type", "Person", "name", author));
        }
        return terms.stream().map(term -> taxonomy.published()
                ? object("@type", "Person", "name", term.name(), "url", urls.absolute(term.path()))
                : object("@type", "Person", "name", term.name())).map(Object.class::cast).toList();
    }

    /** An author's page: a {@code ProfilePage} about the {@code Person}. */
    public String profile(Term term, String image, String path) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", term.name());
        person.put("url", urls.absolute(term.path()));
        site.author(term.key()).ifPresent(author -> {
            if (!author.role().isEmpty()) {
                person.put("jobTitle", author.role());
            }
            if (image != null) {
                person.put("image", image);
            }
            List<String> sameAs = author.links().values().stream().filter(url -> url.startsWith("http")).toList();
            if (!sameAs.isEmpty()) {
                person.put("sameAs", sameAs);
            }
        });
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "ProfilePage");
        json.put("url", urls.absolute(path));
        json.put("mainEntity", person);
        json.put("isPartOf", object("@type", "WebSite", "name", settings.title(), "url", urls.absolute("/")));
        json.put("inLanguage", settings.language());
        return Json.write(json);
    }

    /** A standalone page (About, Imprint): a {@code WebPage} of the site. */
    public String webPage(Page page) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "WebPage");
        json.put("name", page.title());
        json.put("url", urls.absolute(page.path()));
        if (!page.summary().isEmpty()) {
            json.put("description", page.summary());
        }
        page.date().ifPresent(date -> json.put("datePublished", date.toString()));
        page.updated().ifPresent(date -> json.put("dateModified", date.toString()));
        json.put("isPartOf", object("@type", "WebSite", "name", settings.title(), "url", urls.absolute("/")));
        json.put("inLanguage", settings.language());
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
