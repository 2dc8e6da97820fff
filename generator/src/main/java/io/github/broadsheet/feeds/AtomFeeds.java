package io.github.broadsheet.feeds;

import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.content.Page;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteUrls;
import io.github.broadsheet.site.Term;
import io.github.broadsheet.site.Terms;
import io.github.broadsheet.text.ControlCharacters;
import io.github.broadsheet.text.TextBuffer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom (RFC 4287) feeds: {@code feed.xml} for the site (with the pages that ask for it, {@code in_feeds: true})
 * and {@code <taxonomy>/<slug>/feed.xml} per term of each published taxonomy (a tag, a section, an author, a
 * series), each with the newest articles. Entries of the site's feed carry the full article as HTML by default,
 * with {@code xml:base} set to the article's URL so relative links and images in the body resolve in every feed
 * reader; entries of the term feeds carry the summary by default (either can be switched).
 */
public final class AtomFeeds {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final Site site;
    private final SiteUrls urls;
    private final int size;
    private final boolean summaries;
    private final boolean termSummaries;

    /**
     * @param size          entries per feed
     * @param summaries     entries of the site's feed carry the summary only, not the full article
     * @param termSummaries the same for the feeds of tags, sections, authors and series
     */
    public AtomFeeds(Site site, int size, boolean summaries, boolean termSummaries) {
        this.site = site;
        this.urls = site.urls();
        this.size = size;
        this.summaries = summaries;
        this.termSummaries = termSummaries;
    }

    /**
     * The site's feed first, then one per tag in the tag index's order. Each feed is written when its file is
     * written, so only the feeds being written at a time are in memory.
     */
    public List<GeneratedFile> files() {
        List<Item> all = new ArrayList<>();
        for (int i = 0; i < Math.min(size, site.articles().size()); i++) {
            all.add(new Item(i, null, site.articles().get(i).date()));
        }
        for (Page page : site.pages()) {
            if (page.inFeeds() && page.date().isPresent()) {
                all.add(new Item(-1, page, page.date().get()));
            }
        }
        all.sort(Comparator.comparing(Item::date).reversed());
        List<Item> newest = List.copyOf(all.subList(0, Math.min(size, all.size())));
        SiteSettings settings = site.settings();
        List<GeneratedFile> files = new ArrayList<>(1 + site.tags().size());
        files.add(new GeneratedFile("feed.xml", () -> feed(settings.title(), "/", "/feed.xml", newest, summaries)));
        for (Terms taxonomy : site.published()) {
            for (Term term : taxonomy.terms()) {
                List<Item> items = term.articles().subList(0, Math.min(size, term.articles().size())).stream()
                        .map(i -> new Item(i, null, site.articles().get(i).date())).toList();
                files.add(new GeneratedFile(term.path().substring(1) + "feed.xml", () -> feed(settings.title()
                        + " – " + term.name(), term.path(), term.path() + "feed.xml", items, termSummaries)));
            }
        }
        return files;
    }

    /** An entry of a feed: an article (its index) or a page, and its date. */
    private record Item(int article, Page page, OffsetDateTime date) {
        OffsetDateTime lastChange(Site site) {
            return page == null ? site.articles().get(article).lastChange()
                    : page.updated().filter(u -> u.isAfter(date)).orElse(date);
        }
    }

    private byte[] feed(String title, String pagePath, String feedPath, List<Item> entries, boolean summaryOnly) {
        SiteSettings settings = site.settings();
        TextBuffer out = new TextBuffer(8192);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", XML_NS, "lang", settings.language());
            element(xml, "title", title);
            if (!settings.description().isEmpty()) {
                element(xml, "subtitle", settings.description());
            }
            link(xml, "self", "application/atom+xml", urls.absolute(feedPath));
            link(xml, "alternate", "text/html", urls.absolute(pagePath));
            element(xml, "id", urls.absolute(pagePath));
            element(xml, "updated", entries.isEmpty() ? "1970-01-01T00:00:00Z" : Timestamps.format(
                    entries.stream().map(item -> item.lastChange(site)).max(Comparator.naturalOrder()).orElseThrow()));
            xml.writeStartElement("author");
            element(xml, "name", settings.author().isEmpty() ? settings.title() : settings.author());
            xml.writeEndElement();
            element(xml, "generator", "Broadsheet");
            for (Item item : entries) {
                if (item.page() == null) {
                    entry(xml, item.article(), summaryOnly);
                } else {
                    entry(xml, item.page(), summaryOnly);
                }
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write feed " + feedPath, e);
        }
        // The last safeguard: the XML writer writes whatever it is given, and a single control character (a bell in
        // a title) makes the whole feed ill-formed, which feed readers refuse. None should get here.
        return ControlCharacters.replace(out.toString(), "\uFFFD").getBytes(StandardCharsets.UTF_8);
    }

    private void entry(XMLStreamWriter xml, int index, boolean summaryOnly) throws XMLStreamException {
        Article article = site.articles().get(index);
        String url = urls.absolute(site.paths().get(index));
        xml.writeCharacters("\n");
        xml.writeStartElement("entry");
        element(xml, "title", article.title());
        link(xml, "alternate", "text/html", url);
        element(xml, "id", url);
        element(xml, "published", Timestamps.format(article.date()));
        element(xml, "updated", Timestamps.format(article.lastChange()));
        Terms authors = site.taxonomy("authors");
        List<Term> own = site.authorsOf(index);
        for (String name : site.bylines(index)) {
            xml.writeStartElement("author");
            element(xml, "name", name);
            Optional<Term> term = own.stream().filter(t -> t.name().equals(name)).findFirst();
            if (term.isPresent() && authors.published()) {
                element(xml, "uri", urls.absolute(term.get().path()));
            }
            xml.writeEndElement();
        }
        List<Term> categories = new ArrayList<>();
        site.section(index).ifPresent(categories::add);
        categories.addAll(site.articleTags().get(index));
        for (Term category : categories) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", category.name());
            xml.writeAttribute("scheme", urls.absolute(category.path()));
        }
        text(xml, url, article.summary(), article.html(), summaryOnly);
        xml.writeEndElement();
    }

    /** The entry's summary, and its text as HTML unless feeds carry summaries only. */
    private static void text(XMLStreamWriter xml, String url, String summary, String html, boolean summaryOnly)
            throws XMLStreamException {
        if (!summary.isEmpty()) {
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(summary);
            xml.writeEndElement();
        }
        if (!summaryOnly) {
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeAttribute("xml", XML_NS, "base", url);
            xml.writeCharacters(html);
            xml.writeEndElement();
        }
    }

    /** A page that asks to be in the feed: its title, link, dates and summary, and its text. */
    private void entry(XMLStreamWriter xml, Page page, boolean summaryOnly) throws XMLStreamException {
        String url = urls.absolute(page.path());
        xml.writeCharacters("\n");
        xml.writeStartElement("entry");
        element(xml, "title", page.title());
        link(xml, "alternate", "text/html", url);
        element(xml, "id", url);
        OffsetDateTime date = page.date().orElseThrow();
        element(xml, "published", Timestamps.format(date));
        element(xml, "updated", Timestamps.format(page.updated().filter(u -> u.isAfter(date)).orElse(date)));
        text(xml, url, page.summary(), page.html(), summaryOnly);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
