package io.github.broadsheet.incremental;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import io.github.broadsheet.digest.ContentHash;
import io.github.broadsheet.markdown.RenderedMarkdown;
import io.github.broadsheet.page.ArchiveView;
import io.github.broadsheet.page.ArticleView;
import io.github.broadsheet.page.AuthorView;
import io.github.broadsheet.page.CorrectionView;
import io.github.broadsheet.page.LinkView;
import io.github.broadsheet.page.Markup;
import io.github.broadsheet.page.PageView;
import io.github.broadsheet.page.PaginationView;
import io.github.broadsheet.page.PictureView;
import io.github.broadsheet.page.RelatedView;
import io.github.broadsheet.page.RenderTask;
import io.github.broadsheet.page.SectionView;
import io.github.broadsheet.page.SeriesView;
import io.github.broadsheet.page.SiteView;
import io.github.broadsheet.page.StandalonePageView;
import io.github.broadsheet.page.TaxonomyView;
import io.github.broadsheet.page.TermView;
import io.github.broadsheet.theme.ThemeView;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link ContentHash} digest of what a page's template sees: template name, output path and every value of its
 * model, written out field by field. Two pages with equal digests, rendered by the same templates, are the same
 * page, so a rebuild can keep the page it wrote before. Views shared by many pages (articles, long lists) are digested
 * once and referred to by their digest. A value of a type it does not know gives no digest at all (the page is
 * always rendered), and {@link #text} writes values exactly as their {@code toString()} does, which lets a test
 * prove that no component of a view is left out.
 */
public final class ModelDigest {

    /**
     * The lists worth digesting once and sharing (the home page's sections): shorter ones cost less to write
     * again than to look up, and are often made anew for each page.
     */
    private static final int SHARED_LIST = 32;

    private final String context;
    private final Object assets;
    private final Map<Object, String> shared = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * @param context a digest of everything else the pages depend on (templates, static files, configuration);
     *                part of every page's digest
     * @param assets  the theme's {@code assets} function as the pages see it: what it gives depends on the
     *                static files, which the context covers
     */
    public ModelDigest(String context, Object assets) {
        // Hashed once: the context (configuration and every template, static file and theme file with its hash)
        // is ~27 KB, and written out in front of every page's model it was most of what the digests hashed.
        this.context = hash(context);
        this.assets = assets;
    }

    /** The page's digest, or empty when its model holds a value this class does not know. */
    public Optional<String> of(RenderTask task) {
        try {
            StringBuilder out = new StringBuilder(1024).append(context).append('\n');
            string(task.template(), out, false);
            string(task.path(), out, false);
            write(task.model(), out, false, false);
            return Optional.of(hash(out));
        } catch (UnknownValue e) {
            return Optional.empty();
        }
    }

    /** A value in the form of its {@code toString()}, nothing shared; for tests. */
    static String text(Object value) {
        StringBuilder out = new StringBuilder();
        try {
            new ModelDigest("", null).write(value, out, true, false);
        } catch (UnknownValue e) {
            throw new IllegalArgumentException("no digest for " + value.getClass(), e);
        }
        return out.toString();
    }

    /** A value of a type without a digest. */
    private static final class UnknownValue extends Exception {
        private static final long serialVersionUID = 1L;

        UnknownValue(Object value) {
            super(value.getClass().getName(), null, false, false);
        }
    }

    /**
     * @param plain  write as {@code toString()} does (no length prefixes, maps in their own order, nothing shared)
     * @param nested the value is inside another one, so a shared view is written as its digest
     */
    private void write(Object value, StringBuilder out, boolean plain, boolean nested) throws UnknownValue {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out, plain);
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof TemporalAccessor) {
            string(value.toString(), out, plain);
        } else if (value instanceof Markup markup) {
            // As the HTML markup it holds, which is what a template sees.
            if (plain) {
                out.append(markup);
            } else {
                string(markup.toString(), out, false);
            }
        } else if (value instanceof TemplateHTMLOutputModel html) {
            String markup = markup(html);
            if (plain) {
                out.append("markupOutput(format=HTML, markup=").append(markup).append(')');
            } else {
                string(markup, out, false);
            }
        } else if (value instanceof ArticleView || value instanceof AuthorView
                || value instanceof Collection<?> c && c.size() >= SHARED_LIST) {
            if (!plain && nested) {
                out.append('#').append(shared(value));
            } else {
                view(value, out, plain);
            }
        } else if (value == assets && !plain) {
            out.append("assets");
        } else {
            view(value, out, plain);
        }
    }

    private static String markup(TemplateHTMLOutputModel html) throws UnknownValue {
        try {
            return HTMLOutputFormat.INSTANCE.getMarkupString(html);
        } catch (TemplateModelException e) {
            throw new UnknownValue(html);
        }
    }

    private String shared(Object value) throws UnknownValue {
        String digest = shared.get(value);
        if (digest == null) {
            StringBuilder out = new StringBuilder(4096);
            view(value, out, false);
            digest = hash(out);
            shared.put(value, digest);
        }
        return digest;
    }

    /** Collections, maps and the template views, component by component in declaration order. */
    private void view(Object value, StringBuilder out, boolean plain) throws UnknownValue {
        Fields f = new Fields(out, plain);
        if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "" : ", ");
                write(item, out, plain, true);
                first = false;
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            Map<?, ?> ordered = plain ? map : sorted(map);
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : ordered.entrySet()) {
                out.append(first ? "" : ", ");
                write(entry.getKey(), out, plain, true);
                out.append('=');
                write(entry.getValue(), out, plain, true);
                first = false;
            }
            out.append('}');
        } else if (value instanceof ArticleView a) {
            f.start("ArticleView").field("title", a.title()).field("slug", a.slug()).field("url", a.url())
                    .field("absUrl", a.absUrl()).field("date", a.date()).field("time", a.time())
                    .field("dateIso", a.dateIso()).field("updated", a.updated()).field("updatedTime", a.updatedTime())
                    .field("updatedIso", a.updatedIso()).field("author", a.author()).field("authors", a.authors())
                    .field("section", a.section()).field("kicker", a.kicker()).field("series", a.series())
                    .field("seriesPart", a.seriesPart()).field("featured", a.featured())
                    .field("corrections", a.corrections())
                    .field("tags", a.tags()).field("summary", a.summary()).field("summaryHtml", a.summaryHtml())
                    .field("content", a.content()).field("wordCount", a.wordCount())
                    .field("readingMinutes", a.readingMinutes()).field("draft", a.draft()).field("future", a.future())
                    .field("image", a.image()).field("imageUrl", a.imageUrl()).field("toc", a.toc())
                    .field("params", a.params()).field("picture", a.picture()).field("standfirst", a.standfirst()).end();
        } else if (value instanceof PictureView p) {
            f.start("PictureView").field("src", p.src()).field("srcset", p.srcset()).field("width", p.width())
                    .field("height", p.height()).field("alt", p.alt()).field("caption", p.caption())
                    .field("credit", p.credit()).end();
        } else if (value instanceof TermView t) {
            f.start("TermView").field("name", t.name()).field("slug", t.slug()).field("url", t.url())
                    .field("feedUrl", t.feedUrl()).field("count", t.count()).end();
        } else if (value instanceof TaxonomyView t) {
            f.start("TaxonomyView").field("key", t.key()).field("name", t.name()).field("plural", t.plural())
                    .field("url", t.url()).end();
        } else if (value instanceof AuthorView a) {
            f.start("AuthorView").field("id", a.id()).field("name", a.name()).field("role", a.role())
                    .field("url", a.url()).field("feedUrl", a.feedUrl()).field("photo", a.photo())
                    .field("photoWidth", a.photoWidth()).field("photoHeight", a.photoHeight())
                    .field("links", a.links()).field("bio", a.bio()).end();
        } else if (value instanceof LinkView l) {
            f.start("LinkView").field("kind", l.kind()).field("label", l.label()).field("url", l.url())
                    .field("external", l.external()).end();
        } else if (value instanceof CorrectionView c) {
            f.start("CorrectionView").field("date", c.date()).field("dateIso", c.dateIso()).field("text", c.text())
                    .end();
        } else if (value instanceof SeriesView s) {
            f.start("SeriesView").field("term", s.term()).field("part", s.part()).field("total", s.total())
                    .field("articles", s.articles()).field("previous", s.previous()).field("next", s.next()).end();
        } else if (value instanceof StandalonePageView p) {
            f.start("StandalonePageView").field("title", p.title()).field("url", p.url()).field("absUrl", p.absUrl())
                    .field("date", p.date()).field("dateIso", p.dateIso()).field("updated", p.updated())
                    .field("updatedIso", p.updatedIso()).field("summary", p.summary()).field("content", p.content())
                    .field("toc", p.toc()).field("params", p.params()).end();
        } else if (value instanceof PageView p) {
            f.start("PageView").field("kind", p.kind()).field("title", p.title()).field("description", p.description())
                    .field("url", p.url()).field("absUrl", p.absUrl()).field("feedUrl", p.feedUrl())
                    .field("feedTitle", p.feedTitle()).field("image", p.image()).field("jsonLd", p.jsonLd())
                    .field("imageWidth", p.imageWidth()).field("imageHeight", p.imageHeight()).end();
        } else if (value instanceof RelatedView r) {
            f.start("RelatedView").field("article", r.article()).field("score", r.score()).field("tag", r.tag())
                    .field("text", r.text()).field("date", r.date()).end();
        } else if (value instanceof PaginationView p) {
            f.start("PaginationView").field("number", p.number()).field("total", p.total())
                    .field("previousUrl", p.previousUrl()).field("nextUrl", p.nextUrl()).field("pages", p.pages()).end();
        } else if (value instanceof PaginationView.PageLink l) {
            f.start("PageLink").field("number", l.number()).field("url", l.url()).field("current", l.current())
                    .field("gapBefore", l.gapBefore()).end();
        } else if (value instanceof SectionView s) {
            f.start("SectionView").field("term", s.term()).field("articles", s.articles()).end();
        } else if (value instanceof ArchiveView a) {
            f.start("ArchiveView").field("year", a.year()).field("months", a.months()).end();
        } else if (value instanceof ArchiveView.Month m) {
            f.start("Month").field("name", m.name()).field("number", m.number()).field("articles", m.articles()).end();
        } else if (value instanceof SiteView s) {
            f.start("SiteView").field("title", s.title()).field("description", s.description())
                    .field("baseUrl", s.baseUrl()).field("basePath", s.basePath()).field("language", s.language())
                    .field("timeZone", s.timeZone()).field("author", s.author()).field("copyright", s.copyright())
                    .field("headerMenu", s.headerMenu()).field("footerMenu", s.footerMenu())
                    .field("sections", s.sections()).field("taxonomies", s.taxonomies()).end();
        } else if (value instanceof ThemeView t) {
            f.start("ThemeView").field("name", t.name()).field("description", t.description())
                    .field("params", t.params()).end();
        } else if (value instanceof RenderedMarkdown.Heading h) {
            f.start("Heading").field("level", h.level()).field("id", h.id()).field("text", h.text()).end();
        } else {
            throw new UnknownValue(value);
        }
    }

    /** Writes {@code Name[a=1, b=2]}, as records print themselves. */
    private final class Fields {
        private final StringBuilder out;
        private final boolean plain;
        private boolean first = true;

        Fields(StringBuilder out, boolean plain) {
            this.out = out;
            this.plain = plain;
        }

        Fields start(String name) {
            out.append(name).append('[');
            return this;
        }

        Fields field(String name, Object value) throws UnknownValue {
            out.append(first ? "" : ", ").append(name).append('=');
            write(value, out, plain, true);
            first = false;
            return this;
        }

        void end() {
            out.append(']');
        }
    }

    /** Map keys in a fixed order, so that maps whose iteration order varies between runs digest alike. */
    private static Map<String, Object> sorted(Map<?, ?> map) throws UnknownValue {
        Map<String, Object> sorted = new TreeMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (sorted.put(String.valueOf(entry.getKey()), entry.getValue()) != null) {
                throw new UnknownValue(map);
            }
        }
        return sorted;
    }

    /** Plain strings as they are; in a digest with their length first, so no text can pass for structure. */
    private static void string(String s, StringBuilder out, boolean plain) {
        if (!plain) {
            out.append(s.length()).append(':');
        }
        out.append(s);
    }

    /** The text's {@link ContentHash} in Base64, 22 characters. */
    private static String hash(CharSequence text) {
        return Base64.getEncoder().withoutPadding().encodeToString(ContentHash.of(text.toString()));
    }
}
