package io.github.broadsheet.page;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.config.Taxonomy;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.Author;
import io.github.broadsheet.content.Editorial;
import io.github.broadsheet.content.Page;
import io.github.broadsheet.media.Picture;
import io.github.broadsheet.media.SiteImages;
import io.github.broadsheet.media.SitePictures;
import io.github.broadsheet.related.RelatedMatch;
import io.github.broadsheet.site.MenuLink;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SitePage;
import io.github.broadsheet.site.SitePages;
import io.github.broadsheet.site.SiteUrls;
import io.github.broadsheet.site.Term;
import io.github.broadsheet.site.Terms;
import io.github.broadsheet.structured.StructuredData;
import io.github.broadsheet.text.Excerpt;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneId;
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
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * What each page of the site ({@link SitePages}) is rendered with: its template and the data the template sees.
 * Views of articles, terms and authors are built once and shared by every page that shows them, so the cost of a
 * page is the size of the page, not of the site. Dates and times are shown in the site's time zone.
 */
public final class PagePlan {

    static final int WORDS_PER_MINUTE = 220;
    /** Search engines show about this many characters of a meta description. */
    static final int DESCRIPTION_CHARS = 160;

    private final Site site;
    private final SiteConfig.Publishing publishing;
    private final List<SitePage> pages;
    private final SiteView siteView;
    private final SiteUrls urls;
    private final StructuredData structured;
    private final Locale locale;
    private final ZoneId zone;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timeFormat;
    /** Per taxonomy key, the views of its terms, in the order of {@link Terms#terms()}. */
    private final Map<String, List<TermView>> termViews = new HashMap<>();
    /** Per taxonomy key, the views of its terms by term key. */
    private final Map<String, Map<String, TermView>> termViewsByKey = new HashMap<>();
    /** Authors by term key. */
    private final Map<String, AuthorView> authorViews = new HashMap<>();
    /** For each article in a series, its part (from 1). */
    private final Map<Integer, Integer> seriesParts = new HashMap<>();
    private final List<ArticleView> articleViews;
    private final Map<String, Object> globals;
    private final SitePictures pictures;

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
        this(site, publishing, pages, globals, SitePictures.none(site));
    }

    /**
     * @param pages    the site's pages, as {@link SitePages} lists them
     * @param globals  variables every page sees besides {@code site} and {@code meta}
     * @param pictures the lead images and social cards of the articles of {@code site}
     */
    public PagePlan(Site site, SiteConfig.Publishing publishing, List<SitePage> pages, Map<String, Object> globals,
                    SitePictures pictures) {
        this.pictures = pictures;
        this.globals = Map.copyOf(globals);
        this.site = site;
        this.publishing = publishing;
        this.pages = List.copyOf(pages);
        this.urls = site.urls();
        this.structured = new StructuredData(site);
        this.locale = site.settings().locale();
        this.zone = site.settings().timeZone();
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        for (Terms taxonomy : site.taxonomies()) {
            List<TermView> views = taxonomy.terms().stream().map(term -> termView(taxonomy, term)).toList();
            termViews.put(taxonomy.key(), views);
            Map<String, TermView> byKey = new HashMap<>();
            for (int t = 0; t < views.size(); t++) {
                byKey.put(taxonomy.terms().get(t).key(), views.get(t));
            }
            termViewsByKey.put(taxonomy.key(), byKey);
        }
        Terms authors = site.taxonomy("authors");
        authors.terms().forEach(term -> authorViews.put(term.key(), authorView(authors, term)));
        for (Term series : site.taxonomy("series").terms()) {
            List<Integer> parts = site.parts(series);
            for (int p = 0; p < parts.size(); p++) {
                seriesParts.put(parts.get(p), p + 1);
            }
        }
        this.siteView = siteView();
        this.articleViews = IntStream.range(0, site.articles().size()).parallel().mapToObj(this::articleView).toList();
    }

    /** A task per page, in the order of the page list. */
    public List<RenderTask> tasks() {
        // Sections and the lead story are for a front page: only the first page gets them, so that a changed
        // article does not make every page of the home list differ (each would carry every article of a section).
        List<SectionView> sections = sections();
        List<RenderTask> tasks = new ArrayList<>(pages.size());
        for (SitePage page : pages) {
            tasks.add(switch (page.kind()) {
                case HOME -> homeTask(page, page.list().number() == 1 ? sections : List.of());
                case ARTICLE -> articleTask(page);
                case PAGE -> pageTask(page);
                case TERMS -> termsTask(page);
                case TERM -> termTask(page);
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
        Map<String, Object> extra = new HashMap<>();
        extra.put("sections", sections);
        if (number == 1 && site.lead() >= 0) {
            extra.put("lead", articleViews.get(site.lead()));
        }
        return listTask("index.ftlh", page, () -> page("home", title, site.settings().description(), page.path(),
                null, number == 1 ? structured.website() : structured.collection(title, page.path())), extra);
    }

    /** The index of a taxonomy: every term with its count. */
    private RenderTask termsTask(SitePage page) {
        Terms taxonomy = page.taxonomy();
        String plural = taxonomy.taxonomy().plural();
        String kind = indexKind(taxonomy.key());
        PageView view = page(kind, plural, plural + " of " + title(), page.path(), null,
                structured.collection(plural, page.path()));
        List<TermView> terms = termViews.get(taxonomy.key());
        Map<String, Object> vars = new HashMap<>();
        vars.put("taxonomy", taxonomyView(taxonomy.taxonomy()));
        vars.put("terms", terms);
        vars.put("maxCount", terms.stream().mapToInt(TermView::count).max().orElse(0));
        if (taxonomy.key().equals("authors")) {
            vars.put("authors", taxonomy.terms().stream().map(term -> authorViews.get(term.key())).toList());
        }
        return RenderTask.of(kind + ".ftlh", model(view, vars), page.file(), null);
    }

    /** A page of a term's list: a tag, a section, an author (with their profile) or a series. */
    private RenderTask termTask(SitePage page) {
        Terms taxonomy = page.taxonomy();
        Term term = page.term();
        String kind = termKind(taxonomy.key());
        String title = term.name() + (page.list().number() == 1 ? "" : " – page " + page.list().number());
        boolean isAuthor = taxonomy.key().equals("authors");
        Optional<Author> author = isAuthor ? site.author(term.key()) : Optional.empty();
        String description = author.map(a -> a.bioText().strip()).filter(bio -> !bio.isEmpty())
                .orElse(taxonomy.taxonomy().name() + " " + term.name() + " on " + title());
        Map<String, Object> extra = new HashMap<>();
        extra.put("taxonomy", taxonomyView(taxonomy.taxonomy()));
        extra.put("term", termViewsByKey.get(taxonomy.key()).get(term.key()));
        if (isAuthor) {
            extra.put("author", authorViews.get(term.key()));
        }
        String image = author.map(a -> photoUrl(term, a)).orElse(null);
        return listTask(kind + ".ftlh", page, () -> new PageView(kind, title, Excerpt.cut(description,
                DESCRIPTION_CHARS), urls.path(page.path()), urls.absolute(page.path()),
                urls.path(term.path() + "feed.xml"), title() + " – " + term.name(), image,
                markup(isAuthor ? structured.profile(term, image, page.path())
                        : structured.collection(title, page.path()))), extra);
    }

    /** A standalone page of {@code content/pages/}. */
    private RenderTask pageTask(SitePage sitePage) {
        Page page = site.pages().get(sitePage.page());
        PageView view = page("page", page.title(), page.summary(), page.path(), null, structured.webPage(page));
        return RenderTask.of("page.ftlh", model(view, Map.of("page", pageView(page))), sitePage.file(),
                page.source());
    }

    private RenderTask archiveTask(SitePage page) {
        PageView view = page("archive", "Archive", "Every article of " + title() + " by month", page.path(), null,
                structured.collection("Archive", page.path()));
        return RenderTask.of("archive.ftlh", model(view, Map.of("years", archive())), page.file(), null);
    }

    /** An old URL of an article or page, which sends readers on to it. */
    private RenderTask redirectTask(SitePage page) {
        boolean ofPage = page.page() >= 0;
        ArticleView target = ofPage ? entry(site.pages().get(page.page())) : articleViews.get(page.article());
        PageView view = page("redirect", target.title(), target.summary(), page.path(), null, null);
        return RenderTask.of("redirect.ftlh", model(view, Map.of("target", target)), page.file(),
                ofPage ? site.pages().get(page.page()).source() : site.articles().get(page.article()).source());
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
        site.series(index).ifPresent(series -> vars.put("series", seriesView(series, index)));
        PageView view = socialView(page("article", article.title(), article.summary(), site.paths().get(index),
                article.imageUrl(), structured.newsArticle(index, Optional.ofNullable(article.imageUrl()))), index);
        return model(view, vars);
    }

    /**
     * The article's image for social networks: its lead image's copy nearest 1200 px wide, else its drawn card,
     * else the lead image of another host as written.
     */
    private PageView socialView(PageView view, int index) {
        Optional<Picture.Copy> copy = pictures.lead(index).map(Picture::social).or(() -> pictures.card(index));
        if (copy.isEmpty()) {
            return view;
        }
        Picture.Copy c = copy.get();
        return new PageView(view.kind(), view.title(), view.description(), view.url(), view.absUrl(), view.feedUrl(),
                view.feedTitle(), urls.absolute(c.path()), view.jsonLd(), c.width(), c.height());
    }

    /**
     * The lead image as an absolute URL: its largest resized copy (the original of an opaque PNG is not published),
     * else as front-matter gives it.
     */
    private Optional<String> imageUrl(int index) {
        return pictures.lead(index).filter(p -> !p.remote()).map(p -> urls.absolute(p.src()))
                .or(() -> site.imageUrl(index));
    }

    /** The lead image of the article at {@code index} for templates, or {@code null}. */
    private PictureView pictureView(int index) {
        Optional<Picture> lead = pictures.lead(index);
        if (lead.isEmpty()) {
            return null;
        }
        Picture p = lead.get();
        Map<String, Object> params = site.articles().get(index).params();
        return new PictureView(p.remote() ? p.src() : urls.path(p.src()),
                p.copies().isEmpty() ? null : SiteImages.srcset(p, urls), p.width(), p.height(),
                text(params.get("image_alt")), emptyToNull(text(params.get("image_caption"))),
                emptyToNull(text(params.get("image_credit"))));
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private SeriesView seriesView(Term series, int index) {
        List<Integer> parts = site.parts(series);
        int at = parts.indexOf(index);
        return new SeriesView(termViewsByKey.get("series").get(series.key()), at + 1, parts.size(),
                parts.stream().map(articleViews::get).toList(), at > 0 ? articleViews.get(parts.get(at - 1)) : null,
                at + 1 < parts.size() ? articleViews.get(parts.get(at + 1)) : null);
    }

    private RelatedView relatedView(RelatedMatch match) {
        return new RelatedView(articleViews.get(match.document()), match.score(), match.tag(), match.text(),
                match.date());
    }

    /** A page of a list (home, term): its articles and where it stands among the list's pages. */
    private RenderTask listTask(String template, SitePage page, Supplier<PageView> view, Map<String, Object> extra) {
        return new RenderTask(template, () -> {
            Map<String, Object> vars = new HashMap<>(extra);
            vars.put("articles", page.list().items().stream().map(articleViews::get).toList());
            vars.put("pagination", PaginationView.of(page.list(), urls::path));
            return model(view.get(), vars);
        }, page.file(), null);
    }

    /** Every section with its articles, in the configured order of sections. */
    private List<SectionView> sections() {
        Terms sections = site.taxonomy("section");
        List<TermView> views = termViews.get("section");
        List<SectionView> list = new ArrayList<>();
        for (int t = 0; t < sections.terms().size(); t++) {
            list.add(new SectionView(views.get(t),
                    sections.terms().get(t).articles().stream().map(articleViews::get).toList()));
        }
        return List.copyOf(list);
    }

    /**
     * Years and months, newest first; articles are already sorted newest first, so one pass groups them. Pages
     * that ask to be listed ({@code in_lists: true}) take their place by date.
     */
    private List<ArchiveView> archive() {
        List<OffsetDateTime> dates = new ArrayList<>();
        List<ArticleView> entries = new ArrayList<>();
        for (int i = 0; i < articleViews.size(); i++) {
            dates.add(site.articles().get(i).date());
            entries.add(articleViews.get(i));
        }
        for (Page page : site.pages()) {
            if (page.inLists() && page.date().isPresent()) {
                int at = 0;
                while (at < dates.size() && !dates.get(at).isBefore(page.date().get())) {
                    at++;
                }
                dates.add(at, page.date().get());
                entries.add(at, entry(page));
            }
        }
        Map<Integer, Map<Integer, List<ArticleView>>> years = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            OffsetDateTime date = local(dates.get(i));
            years.computeIfAbsent(date.getYear(), y -> new LinkedHashMap<>())
                    .computeIfAbsent(date.getMonthValue(), m -> new ArrayList<>())
                    .add(entries.get(i));
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
        return new PageView(kind, title, Excerpt.cut(description, DESCRIPTION_CHARS), urls.path(path),
                urls.absolute(path), urls.path("/feed.xml"), title(), image, jsonLd == null ? null : markup(jsonLd));
    }

    /** The site's title. */
    private String title() {
        return site.settings().title();
    }

    // ----- Views -----

    private SiteView siteView() {
        var settings = site.settings();
        List<LinkView> sections = site.taxonomy("section").published() ? termViews.get("section").stream()
                .map(term -> new LinkView("section", term.name(), term.url(), false)).toList() : List.of();
        return new SiteView(settings.title(), settings.description(), settings.baseUrl(), settings.basePath(),
                settings.language(), settings.timeZone().getId(), settings.author(),
                site.navigation().copyright(), menu(site.navigation().header()),
                menu(site.navigation().footer()), sections,
                site.published().stream().filter(terms -> !terms.terms().isEmpty())
                        .map(terms -> taxonomyView(terms.taxonomy())).toList());
    }

    private List<LinkView> menu(List<MenuLink> links) {
        return links.stream().map(link -> new LinkView(link.kind(), link.label(),
                link.external() ? link.target() : urls.path(link.target()), link.external())).toList();
    }

    private TaxonomyView taxonomyView(Taxonomy taxonomy) {
        return new TaxonomyView(taxonomy.key(), taxonomy.name(), taxonomy.plural(),
                urls.path(taxonomy.indexPath()));
    }

    private TermView termView(Terms taxonomy, Term term) {
        boolean published = taxonomy.published();
        return new TermView(term.name(), term.slug(), published ? urls.path(term.path()) : null,
                published ? urls.path(term.path() + "feed.xml") : null, term.count());
    }

    private AuthorView authorView(Terms authors, Term term) {
        TermView view = termView(authors, term);
        Optional<Author> file = site.author(term.key());
        if (file.isEmpty()) {
            return new AuthorView(term.slug(), term.name(), "", view.url(), view.feedUrl(), null, 0, 0, List.of(),
                    markup(""));
        }
        Author author = file.get();
        String photo = photoPath(term, author).map(urls::path).orElse(author.photo().isEmpty() ? null
                : author.photo().startsWith("/") ? urls.path(author.photo()) : author.photo());
        List<LinkView> links = author.links().entrySet().stream()
                .map(link -> new LinkView(link.getKey(), linkLabel(link.getKey()), link.getValue(), true)).toList();
        return new AuthorView(author.id(), author.name(), author.role(), view.url(), view.feedUrl(), photo,
                author.photoSize().get(0), author.photoSize().get(1), links, markup(author.bioHtml()));
    }

    /**
     * Where the photo of an author file is published: in the folder of the author's page, under the name it has
     * beside the author file ({@code /authors/jana-novak/jana-novak.jpg}).
     */
    public static Optional<String> photoPath(Term term, Author author) {
        return author.photoFile().map(file -> term.path() + file.getFileName());
    }

    /** The absolute URL of an author's photo, for OpenGraph; {@code null} without one. */
    private String photoUrl(Term term, Author author) {
        Optional<String> own = photoPath(term, author);
        if (own.isPresent()) {
            return urls.absolute(own.get());
        }
        return author.photo().isEmpty() ? null
                : author.photo().startsWith("/") ? urls.absolute(author.photo()) : author.photo();
    }

    private static String linkLabel(String kind) {
        return switch (kind) {
            case "website" -> "Website";
            case "email" -> "E-mail";
            case "mastodon" -> "Mastodon";
            case "bluesky" -> "Bluesky";
            case "x" -> "X";
            case "linkedin" -> "LinkedIn";
            case "github" -> "GitHub";
            default -> kind.isEmpty() ? kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
        };
    }

    private ArticleView articleView(int index) {
        Article a = site.articles().get(index);
        String path = site.paths().get(index);
        Editorial editorial = a.editorial();
        List<TermView> tags = site.articleTags().get(index).stream()
                .map(t -> termViewsByKey.get("tags").get(t.key())).toList();
        TermView section = site.section(index).map(t -> termViewsByKey.get("section").get(t.key())).orElse(null);
        TermView series = site.series(index).map(t -> termViewsByKey.get("series").get(t.key())).orElse(null);
        String kicker = !editorial.kicker().isEmpty() ? editorial.kicker() : section == null ? null : section.name();
        List<CorrectionView> corrections = editorial.corrections().stream()
                .map(c -> new CorrectionView(format(c.date()), iso(c.date()), c.text())).toList();
        return new ArticleView(a.title(), a.slug(), urls.path(path), urls.absolute(path), format(a.date()),
                time(a.date()), iso(a.date()), a.updated().map(this::format).orElse(null),
                a.updated().map(this::time).orElse(null), a.updated().map(this::iso).orElse(null),
                site.author(index), site.authorsOf(index).stream().map(t -> authorViews.get(t.key())).toList(),
                section, kicker, series, seriesParts.getOrDefault(index, 0), editorial.featured(), corrections, tags,
                a.summary(), markup(a.summaryHtml()), new Markup(a.bodyHtml()), a.wordCount(),
                Math.max(1, Math.round(a.wordCount() / (float) WORDS_PER_MINUTE)), a.draft(),
                a.date().toInstant().isAfter(publishing.now()), a.image().orElse(null), imageUrl(index).orElse(null),
                a.toc() ? a.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList() : List.of(),
                a.params(), pictureView(index), a.summaryWritten() ? markup(a.summaryHtml()) : null);
    }

    private StandalonePageView pageView(Page page) {
        return new StandalonePageView(page.title(), urls.path(page.path()), urls.absolute(page.path()),
                page.date().map(this::format).orElse(null), page.date().map(this::iso).orElse(null),
                page.updated().map(this::format).orElse(null), page.updated().map(this::iso).orElse(null),
                page.summary(), markup(page.html()),
                page.toc() ? page.headings().stream().filter(h -> h.level() == 2 || h.level() == 3).toList()
                        : List.of(),
                page.params());
    }

    /** A page as an entry of a list (the archive) or the target of a redirect: its title, link, date and summary. */
    private ArticleView entry(Page page) {
        OffsetDateTime date = page.date().orElse(null);
        return new ArticleView(page.title(), page.slug(), urls.path(page.path()), urls.absolute(page.path()),
                date == null ? "" : format(date), date == null ? null : time(date), date == null ? "" : iso(date),
                null, null, null, "", List.of(), null, null, null, 0, false, List.of(), List.of(), page.summary(),
                markup(""), Markup.EMPTY, 0, 1, page.draft(), false, null, null, List.of(), page.params(), null, null);
    }

    /**
     * The date of a moment in the site's time zone. An article dated without a time ({@code 2026-11-27}, midnight
     * in its own offset) keeps its day, whatever the zone: it has no moment to convert.
     */
    private String format(OffsetDateTime date) {
        return dateFormat.format(dateOnly(date) ? date : local(date));
    }

    /** The time of day in the site's time zone, or {@code null} for a date without a time. */
    private String time(OffsetDateTime date) {
        return dateOnly(date) ? null : timeFormat.format(local(date));
    }

    /** ISO 8601 in the site's time zone (as written for a date without a time). */
    private String iso(OffsetDateTime date) {
        return (dateOnly(date) ? date : local(date)).toString();
    }

    private OffsetDateTime local(OffsetDateTime date) {
        return dateOnly(date) ? date : date.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private static boolean dateOnly(OffsetDateTime date) {
        return date.getHour() == 0 && date.getMinute() == 0 && date.getSecond() == 0 && date.getNano() == 0;
    }

    private static String termKind(String key) {
        return switch (key) {
            case "tags" -> "tag";
            case "section" -> "section";
            case "authors" -> "author";
            default -> "series";
        };
    }

    private static String indexKind(String key) {
        return switch (key) {
            case "tags" -> "tags";
            case "section" -> "sections";
            case "authors" -> "authors";
            default -> "series-index";
        };
    }

    static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format rejected markup", e);
        }
    }
}
