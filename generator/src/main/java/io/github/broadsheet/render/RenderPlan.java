package io.github.broadsheet.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.related.RelatedMatch;
import io.github.broadsheet.site.Pagination;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.Tag;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Decides which pages the site has and what each page's template sees: the home page and its pagination, one
 * page per article, tag pages, the tag index. Views of articles and tags are built once and shared by every page
 * that lists them, so the cost of a page is the size of the page, not of the site.
 */
public final class RenderPlan {

    static final int WORDS_PER_MINUTE = 220;

    private final Site site;
    private final int pageSize;
    private final SiteView siteView;
    private final DateTimeFormatter dateFormat;
    private final List<TagView> tagViews;
    private final Map<String, TagView> tagViewByKey = new HashMap<>();
    private final List<ArticleView> articleViews;

    public RenderPlan(Site site, int pageSize) {
        this.site = site;
        this.pageSize = pageSize;
        this.siteView = SiteView.of(site.settings());
        this.dateFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(site.settings().locale());
        this.tagViews = site.tags().stream().map(this::tagView).toList();
        this.articleViews = IntStream.range(0, site.articles().size()).parallel().mapToObj(this::articleView).toList();
    }

    public List<RenderTask> tasks() {
        List<RenderTask> tasks = new ArrayList<>();
        String title = site.settings().title();
        for (Pagination<ArticleView> page : Pagination.paginate(articleViews, pageSize, "/")) {
            PageView view = page("home", page.number() == 1 ? title
                    : title + " – page " + page.number(), site.settings().description(), page.path());
            tasks.add(listTask("index.ftlh", view, page, Map.of()));
        }
        for (int i = 0; i < articleViews.size(); i++) {
            tasks.add(articleTask(i));
        }
        for (int t = 0; t < site.tags().size(); t++) {
            Tag tag = site.tags().get(t);
            TagView tagView = tagViews.get(t);
            List<ArticleView> tagged = tag.articles().stream().map(articleViews::get).toList();
            for (Pagination<ArticleView> page : Pagination.paginate(tagged, pageSize, tag.path())) {
                String pageTitle = tag.name() + (page.number() == 1 ? "" : " – page " + page.number());
                PageView view = page("tag", pageTitle, "Articles tagged " + tag.name(), page.path());
                tasks.add(listTask("tag.ftlh", view, page, Map.of("tag", tagView)));
            }
        }
        tasks.add(new RenderTask("tags.ftlh", model(page("tags", "Tags", "All tags of " + title, "/tags/"),
                Map.of("tags", tagViews, "maxCount", tagViews.stream().mapToInt(TagView::count).max().orElse(0))),
                "tags/index.html", null));
        return tasks;
    }

    public List<ArticleView> articleViews() {
        return articleViews;
    }

    private RenderTask articleTask(int index) {
        ArticleView article = articleViews.get(index);
        Map<String, Object> vars = new HashMap<>();
        vars.put("article", article);
        site.newer(index).ifPresent(i -> vars.put("newer", articleViews.get(i)));
        site.older(index).ifPresent(i -> vars.put("older", articleViews.get(i)));
        vars.put("related", site.related().get(index).stream().map(this::relatedView).toList());
        PageView view = page("article", article.title(), article.summary(), site.paths().get(index));
        return new RenderTask("article.ftlh", model(view, vars), file(site.paths().get(index)),
                site.articles().get(index).source());
    }

    private RelatedView relatedView(RelatedMatch match) {
        return new RelatedView(articleViews.get(match.document()), match.score(), match.tag(), match.text(),
                match.date());
    }

    private RenderTask listTask(String template, PageView view, Pagination<ArticleView> page, Map<String, Object> extra) {
        Map<String, Object> vars = new HashMap<>(extra);
        vars.put("articles", page.items());
        List<PaginationView.PageLink> links = IntStream.rangeClosed(1, page.total())
                .mapToObj(n -> new PaginationView.PageLink(n, siteView.url(page.pathOf(n)), n == page.number()))
                .toList();
        vars.put("pagination", new PaginationView(page.number(), page.total(),
                page.hasPrevious() ? siteView.url(page.pathOf(page.number() - 1)) : null,
                page.hasNext() ? siteView.url(page.pathOf(page.number() + 1)) : null, links));
        return new RenderTask(template, model(view, vars), file(page.path()), null);
    }

    private Map<String, Object> model(PageView page, Map<String, Object> vars) {
        Map<String, Object> model = new HashMap<>(vars);
        model.put("site", siteView);
        model.put("meta", page);
        return model;
    }

    private PageView page(String kind, String title, String description, String path) {
        return new PageView(kind, title, description, siteView.url(path), siteView.absUrl(path));
    }

    private TagView tagView(Tag tag) {
        TagView view = new TagView(tag.name(), tag.slug(), siteView.url(tag.path()), tag.count());
        tagViewByKey.put(tag.key(), view);
        return view;
    }

    private ArticleView articleView(int index) {
        Article a = site.articles().get(index);
        String path = site.paths().get(index);
        List<TagView> tags = site.articleTags().get(index).stream().map(t -> tagViewByKey.get(t.key())).toList();
        String author = a.author().isEmpty() ? site.settings().author() : a.author();
        return new ArticleView(a.title(), a.slug(), siteView.url(path), siteView.absUrl(path), format(a.date()),
                a.date().toString(), a.updated().map(this::format).orElse(null),
                a.updated().map(OffsetDateTime::toString).orElse(null), author, tags, a.summary(),
                markup(a.summaryHtml()), markup(a.html()), a.wordCount(),
                Math.max(1, Math.round(a.wordCount() / (float) WORDS_PER_MINUTE)), a.draft(), a.image().orElse(null),
                a.params());
    }

    private String format(OffsetDateTime date) {
        return dateFormat.format(date);
    }

    /** Output paths end in {@code index.html}; a page path is a folder. */
    static String file(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative + "index.html";
    }

    private static TemplateHTMLOutputModel markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (TemplateModelException e) {
            throw new IllegalStateException("HTML output format rejected markup", e);
        }
    }
}
