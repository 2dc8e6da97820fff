package io.github.broadsheet.feeds;

import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.site.Site;
import io.github.broadsheet.site.SiteUrls;
import io.github.broadsheet.site.Tag;
import io.github.broadsheet.text.ControlCharacters;
import io.github.broadsheet.text.TextBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Atom (RFC 4287) feeds: {@code feed.xml} for the site and {@code tags/<slug>/feed.xml} per tag, each with the
 * newest articles. Entries carry the full article as HTML by default, with {@code xml:base} set to the article's
 * URL so relative links and images in the body resolve in every feed reader.
 */
public final class AtomFeeds {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final Site site;
    private final SiteUrls urls;
    private final int size;
    private final boolean summaries;

    /**
     * @param size      entries per feed
     * @param summaries entries carry the summary only, not the full article
     */
    public AtomFeeds(Site site, int size, boolean summaries) {
        this.site = site;
        this.urls = site.urls();
        this.size = size;
        this.summaries = summaries;
    }

    /**
     * The site's feed first, then one per tag in the tag index's order. Each feed is written when its file is
     * written, so only the feeds being written at a time are in memory.
     */
    public List<GeneratedFile> files() {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < Math.min(size, site.articles().size()); i++) {
            all.add(i);
        }
        SiteSettings settings = site.settings();
        List<GeneratedFile> files = new ArrayList<>(1 + site.tags().size());
        files.add(new GeneratedFile("feed.xml", () -> feed(settings.title(), "/", "/feed.xml", all)));
        for (Tag tag : site.tags()) {
            List<Integer> newest = tag.articles().subList(0, Math.min(size, tag.articles().size()));
            files.add(new GeneratedFile(tag.path().substring(1) + "feed.xml",
                    () -> feed(settings.title() + " – " + tag.name(), tag.path(), tag.path() + "feed.xml", newest)));
        }
        return files;
    }

    private byte[] feed(String title, String pagePath, String feedPath, List<Integer> entries) {
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
                    entries.stream().map(i -> site.articles().get(i).lastChange())
                            .max(Comparator.naturalOrder()).orElseThrow()));
            xml.writeStartElement("author");
            element(xml, "name", settings.author().isEmpty() ? settings.title() : settings.author());
            xml.writeEndElement();
            element(xml, "generator", "Broadsheet");
            for (int index : entries) {
                entry(xml, index);
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

    private void entry(XMLStreamWriter xml, int index) throws XMLStreamException {
        Article article = site.articles().get(index);
        String url = urls.absolute(site.paths().get(index));
        xml.writeCharacters("\n");
        xml.writeStartElement("entry");
        element(xml, "title", article.title());
        link(xml, "alternate", "text/html", url);
        element(xml, "id", url);
        element(xml, "published", Timestamps.format(article.date()));
        element(xml, "updated", Timestamps.format(article.lastChange()));
        String author = site.author(index);
        if (!author.isEmpty()) {
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
        }
        for (Tag tag : site.articleTags().get(index)) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", tag.name());
            xml.writeAttribute("scheme", urls.absolute(tag.path()));
        }
        if (!article.summary().isEmpty()) {
            xml.writeStartElement("summary");
            xml.writeAttribute("type", "text");
            xml.writeCharacters(article.summary());
            xml.writeEndElement();
        }
        if (!summaries) {
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeAttribute("xml", XML_NS, "base", url);
            xml.writeCharacters(article.html());
            xml.writeEndElement();
        }
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
