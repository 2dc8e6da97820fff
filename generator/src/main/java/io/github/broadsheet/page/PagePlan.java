package io.github.broadsheet.page;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.related.RelatedMatch;
import io.github.broadsheet.site.Pagination;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteUrls;
import io.github.broadsheet.site.Tag;
import io.github.broadsheet.structured.StructuredData;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Decides which pages the site has and what each page's template sees: the home page and its pagination, one
 * page per article, tag pages, the tag index, the archive and the 404 page. Views of articles and tags are built
 * once and shared by every page that lists them, so the cost of a page is the size of the page, not of the site.
 */
public final class PagePlan {

    static final int WORDS_PER_MINUTE = 220;

    private final Site site;
    private final SiteConfig.Publishing publishing;
    private final SiteView siteView;
    private final SiteUrls urls;
    private final StructuredData structured;
    private final Locale locale;
    private final DateTimeFormatter dateFormat;
    private final List<TagView> tagViews;
    private final Map<String, TagView> tagViewsByKey = new HashMap<>();
    private final List<ArticleView> articleViews;
    private final Map<String, Object> globals;

    public PagePlan(Site site, SiteConfig.Publishing publishing) {
        this(site, publishing, Map.of());
    }

    /**
     * @param globals variables every page sees besides {@code site} and {@code meta}: the theme's {@code assets}
     *                and {@code theme}
     */
    public PagePlan(Site site, SiteConfig.Publishing publishing, Map<String, Object> globals) {
        this.globals = Map.copyOf(globals);
        this.site = site;
        this.publishing = publishing;
        this.siteView = SiteView.of(site.settings());
        this.urls = site.urls();
        this.structured = new StructuredData(site);
        this.locale = site.settings().locale();
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.tagViews = site.tags().stream()
                .map(tag -> new TagView(tag.name(), tag.slug(), urls.path(tag.path()), tag.count()))
                .toList();
        for (int t = 0; t < tagViews.size(); t++) {
            tagViewsByKey.put(site.tags().get(t).key(), tagViews.get(t));
        }
        this.articleViews = IntStream.range(0, site.articles().size()).parallel().mapToObj(this::articleView).toList();
    }

    public List<RenderTask> tasks() {
        List<RenderTask> tasks = new ArrayList<>();
        String title = site.settings().title();
        String siteFeed = urls.path("/feed.xml");
        // Sections are for a front page: only the first page gets them, so that a changed article does not make
        // every page of the home list differ (each would carry every article through its tag's section).
        List<SectionView> sections = sections();
        for (Pagination<ArticleView> page : Pagination.paginate(articleViews, publishing.pageSize(), "/")) {
            String pageTitle = page.number() == 1 ? title : title + " – page " + page.number();
            tasks.add(listTask("index.ftlh", page, () -> page("home", pageTitle, site.settings().description(),
                    page.path(), siteFeed, title, null, page.number() == 1 ? structured.website()
                    : structured.collection(pageTitle, page.path())), Map.of("sections", page.number() == 1 ? sections : List.of())));
        }
        for (int i = 0; i < articleViews.size(); i++) {
            tasks.add(articleTask(i, siteFeed));
        }
        for (int t = 0; t < site.tags().size(); t++) {
            Tag tag = site.tags().get(t);
            TagView tagView = tagViews.get(t);
            List<ArticleView> tagged = tag.articles().stream().map(articleViews::get).toList();
            for (Pagination<ArticleView> page : Pagination.paginate(tagged, publishing.pageSize(), tag.path())) {
                String pageTitle = tag.name() + (page.number() == 1 ? "" : " – page " + page.number());
                tasks.add(listTask("tag.ftlh", page, () -> page("tag", pageTitle, "Articles tagged " + tag.name()
                        + " on " + title, page.path(), urls.path(tag.path() + "feed.xml"), title + " – "
                        + tag.name(), null, structured.collection(pageTitle, page.path())), Map.of("tag", tagView)));
            }
        }
        PageView tagsPage = page("tags", "Tags", "All tags of " + title, "/tags/", siteFeed, title, null,
                structured.collection("Tags", "/tags/"));
        tasks.add(RenderTask.of("tags.ftlh", model(tagsPage,
                Map.of("tags", tagViews, "maxCount", tagViews.stream().mapToInt(TagView::count).max().orElse(0))),
                "tags/index.html", null));
        PageView archive = page("archive", "Archive", "Every article of " + title + " by month", "/archive/",
                siteFeed, title, null, structured.collection("Archive", "/archive/"));
        tasks.add(RenderTask.of("archive.ftlh", model(archive, Map.of("years", archive())), "archive/index.html",
                null));
        for (int i = 0; i < articleViews.size(); i++) {
            for (String alias : site.articles().get(i).aliases()) {
                PageView moved = page("redirect", articleViews.get(i).title(), articleViews.get(i).summary(), alias,
                        siteFeed, title, null, null);
                tasks.add(RenderTask.of("redirect.ftlh", model(moved, Map.of("target", articleViews.get(i))),
                        file(alias), site.articles().get(i).source()));
            }
        }
        PageView search = page("search", "Search", "Search the articles of " + title, "/search/", siteFeed, title,
                null, null);
        tasks.add(RenderTask.of("search.ftlh", model(search, Map.of()), "search/index.html", null));
        PageView notFound = page("404", "Page not found", "", "/404.html", siteFeed, title, null, null);
        tasks.add(RenderTask.of("404.ftlh", model(notFound, Map.of("articles",
                articleViews.subList(0, Math.min(5, articleViews.size())))), "404.html", null));
        return tasks;
    }

    private RenderTask articleTask(int index, String siteFeed) {
        return new RenderTask("article.ftlh", () -> articleModel(index, siteFeed), file(site.paths().get(index)),
                site.articles().get(index).source());
    }

    private Map<String, Object> articleModel(int index, String siteFeed) {
        ArticleView article = articleViews.get(index);
        Map<String, Object> vars = new HashMap<>();
        vars.put("article", article);
        site.newer(index).ifPresent(i -> vars.put("newer", articleViews.get(i)));
        site.older(index).ifPresent(i -> vars.put("older", articleViews.get(i)));
        vars.put("related", site.related().get(index).stream().map(this::relatedView).toList());
        PageView view = page("article", article.title(), article.summary(), site.paths().get(index), siteFeed,
                site.settings().title(), article.imageUrl(), structured.newsArticle(index));
        return model(view, vars);
    }

    private RelatedView relatedView(RelatedMatch match) {
        return new RelatedView(articleViews.get(match.document()), match.score(), match.tag(), match.text(),
                match.date());
    }

    private RenderTask listTask(String template, Pagination<ArticleView> page, Supplier<PageView> view,
                                Map<String, Object> extra) {
        return new RenderTask(template, () -> {
            Map<String, Object> vars = new HashMap<>(extra);
            vars.put("articles", page.items());
            vars.put("pagination", PaginationView.of(page, urls::path));
            return model(view.get(), vars);
        }, file(page.path()), null);
    }

    /** Every tag as a section of the home page, most used first (equally used ones in the tag index's order). */
    private List<SectionView> sections() {
        List<SectionView> sections = new ArrayList<>();
        for (int t = 0; t < site.tags().size(); t++) {
            sections.add(new SectionView(tagViews.get(t),
                    site.tags().get(t).articles().stream().map(articleViews::get).toList()));
        }
        sections.sort(Comparator.comparingInt((SectionView s) -> s.tag().count()).reversed());
        return List.copyOf(sections);
    }

    /** Years and months, newest first; articles are already sorted newest first, so one pass groups them. */
    private List<ArchiveView> archive() {
        Map<Integer, Map<Integer, List<ArticleView>>> years = new LinkedHashMap<>();
        for (int i = 0; i < articleViews.size(); i++) {
            OffsetDateTime date = site.articles().get(i).date();
            years.computeIfAbsent(date.getYear(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(date.getMonthValue(), m -> new ArrayList<>())
                    .add(articleViews.get(i));
        }
        List<ArchiveView> archive = new ArrayList<>();
        years.forEach((year, months) -> archive.add(new ArchiveView(year, months.entrySet().stream()
                .map(m -> new ArchiveView.Month(Month.of(m.getKey())
                        .getDisplayName(TextStyle.FULL_STANDALONE, locale), m.getKey(), List.copyOf(m.getValue())))
                .toList())));
        return archive;
    }

    private Map<String, Object> model(PageView page, Map<String, Object> vars) {
        Map<String, Object> model = new HashMap<>(globals);
        model.putAll(vars);
        model.put("site", siteView);
        model.put("meta", page);
        return model;
    }

    /** @param jsonLd the page's structured data, see {@link StructuredData}, or {@code null} */
    private PageView page(String kind, String title, String description, String path, String feedUrl,
                          String feedTitle, String image, String jsonLd) {
        return new PageView(kind, title, description, urls.path(path), urls.absolute(path), feedUrl, feedTitle,
                image, jsonLd == null ? null : markup(jsonLd));
    }

    private ArticleView articleView(int index) {
        Article a = site.articles().get(index);
        String path = site.paths().get(index);
        List<TagView> tags = site.articleTags().get(index).stream().map(t -> tagViewsByKey.get(t.key())).toList();
        return new ArticleView(a.title(), a.slug(), urls.path(path), urls.absolute(path), format(a.date()),
                a.date().toString(), a.updated().map(this::format).orElse(null),
                a.updated().map(OffsetDateTime::toString).orElse(null), site.author(index), tags, a.summary(),
                markup(a.summaryHtml()), markup(a.html()), a.wordCount(),
                Math.max(1, Math.round(a.wordCount() / (float) WORDS_PER_MINUTE)), a.draft(),
                a.date().toInstant().isAfter(publishing.now()), a.image().orElse(null), site.imageUrl(index).orElse(null),
                a.toc() ? a.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList() : List.of(),
                a.params());
    }

    private String format(OffsetDateTime date) {
        return dateFormat.format(date);
    }

    /** Output paths end in {@code index.html} when a page path is a folder. */
    public static String file(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }

    static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format rejected markup", e);
        }
    }
}
