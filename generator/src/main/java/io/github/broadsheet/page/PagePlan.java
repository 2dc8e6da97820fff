package io.github.broadsheet.page;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.related.RelatedMatch;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SitePage;
import io.github.broadsheet.site.SitePages;
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
 * What each page of the site ({@link SitePages}) is rendered with: its template and the data the template sees.
 * Views of articles and tags are built once and shared by every page that lists them, so the cost of a page is the
 * size of the page, not of the site.
 */
public final class PagePlan {

    static final int WORDS_PER_MINUTE = 220;

    private final Site site;
    private final SiteConfig.Publishing publishing;
    private final List<SitePage> pages;
    private final SiteView siteView;
    private final SiteUrls urls;
    private final StructuredData structured;
    private final Locale locale;
    private final DateTimeFormatter dateFormat;
    private final List<TagView> tagViews;
    private final Map<String, TagView> tagViewsByKey = new HashMap<>();
    private final List<ArticleView> articleViews;
    private final Map<String, Object> globals;

    /** The plan of every page of the site, as {@link SitePages} lists them. */
    public PagePlan(Site site, SiteConfig.Publishing publishing, Map<String, Object> globals) {
        this(site, publishing, SitePages.of(site, publishing.pageSize()), globals);
    }

    /**
     * @param pages   the site's pages, as {@link SitePages} lists them
     * @param globals variables every page sees besides {@code site} and {@code meta}: the theme's {@code assets}
     *                and {@code theme}
     */
    public PagePlan(Site site, SiteConfig.Publishing publishing, List<SitePage> pages, Map<String, Object> globals) {
        this.globals = Map.copyOf(globals);
        this.site = site;
        this.publishing = publishing;
        this.pages = List.copyOf(pages);
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

    /** A task per page, in the order of the page list. */
    public List<RenderTask> tasks() {
        // Sections are for a front page: only the first page gets them, so that a changed article does not make
        // every page of the home list differ (each would carry every article through its tag's section).
        List<SectionView> sections = sections();
        List<RenderTask> tasks = new ArrayList<>(pages.size());
        for (SitePage page : pages) {
            tasks.add(switch (page.kind()) {
                case HOME -> homeTask(page, page.list().number() == 1 ? sections : List.of());
                case ARTICLE -> articleTask(page);
                case TAGS -> tagsTask(page);
                case TAG -> tagTask(page);
                case ARCHIVE -> archiveTask(page);
                case REDIRECT -> redirectTask(page);
                case SEARCH -> RenderTask.of("search.ftlh", model(page("search", "Search", "Search the articles of "
                        + title(), page.path(), null, null), Map.of()), page.file(), null);
                case NOT_FOUND -> RenderTask.of("404.ftlh", model(page("404", "Page not found", "", page.path(), null,
                        null), Map.of("articles", articleViews.subList(0, Math.min(5, articleViews.size())))),
                        page.file(), null);
            });
        }
        return tasks;
    }

    private RenderTask homeTask(SitePage page, List<SectionView> sections) {
        int number = page.list().number();
        String title = number == 1 ? title() : title() + " – page " + number;
        return listTask("index.ftlh", page, () -> page("home", title, site.settings().description(), page.path(),
                null, number == 1 ? structured.website() : structured.collection(title, page.path())),
                Map.of("sections", sections));
    }

    private RenderTask tagsTask(SitePage page) {
        PageView view = page("tags", "Tags", "All tags of " + title(), page.path(), null,
                structured.collection("Tags", page.path()));
        int maxCount = tagViews.stream().mapToInt(TagView::count).max().orElse(0);
        return RenderTask.of("tags.ftlh", model(view, Map.of("tags", tagViews, "maxCount", maxCount)), page.file(),
                null);
    }

    private RenderTask tagTask(SitePage page) {
        Tag tag = page.tag();
        String title = tag.name() + (page.list().number() == 1 ? "" : " – page " + page.list().number());
        return listTask("tag.ftlh", page, () -> new PageView("tag", title, "Articles tagged " + tag.name() + " on "
                + title(), urls.path(page.path()), urls.absolute(page.path()), urls.path(tag.path() + "feed.xml"),
                title() + " – " + tag.name(), null, markup(structured.collection(title, page.path()))),
                Map.of("tag", tagViewsByKey.get(tag.key())));
    }

    private RenderTask archiveTask(SitePage page) {
        PageView view = page("archive", "Archive", "Every article of " + title() + " by month", page.path(), null,
                structured.collection("Archive", page.path()));
        return RenderTask.of("archive.ftlh", model(view, Map.of("years", archive())), page.file(), null);
    }

    /** An old URL of an article, which sends readers on to it. */
    private RenderTask redirectTask(SitePage page) {
        ArticleView target = articleViews.get(page.article());
        PageView view = page("redirect", target.title(), target.summary(), page.path(), null, null);
        return RenderTask.of("redirect.ftlh", model(view, Map.of("target", target)), page.file(),
                site.articles().get(page.article()).source());
    }

    private RenderTask articleTask(SitePage page) {
        int index = page.article();
        return new RenderTask("article.ftlh", () -> articleModel(index), page.file(),
                site.articles().get(index).source());
    }

    private Map<String, Object> articleModel(int index) {
        ArticleView article = articleViews.get(index);
        Map<String, Object> vars = new HashMap<>();
        vars.put("article", article);
        site.newer(index).ifPresent(i -> vars.put("newer", articleViews.get(i)));
        site.older(index).ifPresent(i -> vars.put("older", articleViews.get(i)));
        vars.put("related", site.related().get(index).stream().map(this::relatedView).toList());
        PageView view = page("article", article.title(), article.summary(), site.paths().get(index),
                article.imageUrl(), structured.newsArticle(index));
        return model(view, vars);
    }

    private RelatedView relatedView(RelatedMatch match) {
        return new RelatedView(articleViews.get(match.document()), match.score(), match.tag(), match.text(),
                match.date());
    }

    /** A page of a list (home, tag): its articles and where it stands among the list's pages. */
    private RenderTask listTask(String template, SitePage page, Supplier<PageView> view, Map<String, Object> extra) {
        return new RenderTask(template, () -> {
            Map<String, Object> vars = new HashMap<>(extra);
            vars.put("articles", page.articles().stream().map(articleViews::get).toList());
            vars.put("pagination", PaginationView.of(page.list(), urls::path));
            return model(view.get(), vars);
        }, page.file(), null);
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

    /**
     * The facts of a page that links the site's feed.
     *
     * @param jsonLd the page's structured data, see {@link StructuredData}, or {@code null}
     */
    private PageView page(String kind, String title, String description, String path, String image, String jsonLd) {
        return new PageView(kind, title, description, urls.path(path), urls.absolute(path), urls.path("/feed.xml"),
                title(), image, jsonLd == null ? null : markup(jsonLd));
    }

    /** The site's title. */
    private String title() {
        return site.settings().title();
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

    static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format rejected markup", e);
        }
    }
}
