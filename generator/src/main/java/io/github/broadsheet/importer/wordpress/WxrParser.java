package io.github.broadsheet.importer.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR 1.0 to 1.2) with the JDK's streaming XML parser, DTDs and external entities off: an
 * export is a file from elsewhere, and must not make the import read other files or the network.
 */
final class WxrParser {

    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    /** A file that is not a WXR export, with the line where reading stopped. */
    static final class InvalidException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidException(String message) {
            super(message);
        }
    }

    private WxrParser() {
    }

    static WxrExport parse(Path file) throws IOException, InvalidException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                return read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new InvalidException("not a readable WordPress export (line " + line + "): "
                    + e.getMessage().replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", ""));
        }
    }

    private static WxrExport read(XMLStreamReader xml) throws XMLStreamException, InvalidException {
        String title = "";
        String siteUrl = "";
        String link = "";
        String language = "";
        boolean channel = false;
        List<WxrExport.Author> authors = new ArrayList<>();
        List<WxrExport.Item> items = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            boolean wp = isWordPress(xml.getNamespaceURI());
            if (!channel) {
                channel = name.equals("channel");
                continue;
            }
            if (name.equals("item")) {
                items.add(item(xml));
            } else if (wp && name.equals("author")) {
                authors.add(author(xml));
            } else if (wp && name.equals("base_blog_url")) {
                siteUrl = text(xml).strip();
            } else if (xml.getNamespaceURI() == null || xml.getNamespaceURI().isEmpty()) {
                switch (name) {
                    case "title" -> title = text(xml).strip();
                    case "link" -> link = text(xml).strip();
                    case "language" -> language = text(xml).strip();
                    default -> {
                    }
                }
            }
        }
        if (!channel) {
            throw new InvalidException("not a WordPress export: no <channel> (export it with Tools > Export in"
                    + " WordPress)");
        }
        return new WxrExport(title, siteUrl.isEmpty() ? link : siteUrl, language, authors, items);
    }

    private static boolean isWordPress(String namespace) {
        return namespace != null && namespace.startsWith("http://wordpress.org/export/");
    }

    private static WxrExport.Author author(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                fields.put(xml.getLocalName(), text(xml).strip());
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("author")) {
                break;
            }
        }
        return new WxrExport.Author(fields.getOrDefault("author_login", ""), fields.getOrDefault("author_display_name", ""),
                fields.getOrDefault("author_first_name", ""), fields.getOrDefault("author_last_name", ""));
    }

    private static WxrExport.Item item(XMLStreamReader xml) throws XMLStreamException {
        int line = xml.getLocation().getLineNumber();
        Map<String, String> fields = new HashMap<>();
        List<WxrExport.Term> terms = new ArrayList<>();
        Map<String, String> meta = new HashMap<>();
        List<WxrExport.Comment> comments = new ArrayList<>();
        int contentLine = line;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("item")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            if (name.equals("category") && namespace.isEmpty()) {
                String domain = xml.getAttributeValue(null, "domain");
                String nicename = xml.getAttributeValue(null, "nicename");
                terms.add(new WxrExport.Term(domain == null ? "category" : domain, nicename == null ? "" : nicename,
                        text(xml).strip()));
            } else if (name.equals("postmeta")) {
                Map<String, String> pair = children(xml, "postmeta");
                meta.put(pair.getOrDefault("meta_key", ""), pair.getOrDefault("meta_value", ""));
            } else if (name.equals("comment") && isWordPress(namespace)) {
                Map<String, String> comment = children(xml, "comment");
                comments.add(new WxrExport.Comment("1".equals(comment.get("comment_approved"))));
            } else if (name.equals("encoded")) {
                String key = namespace.equals(CONTENT) ? "content" : "excerpt";
                if (key.equals("content")) {
                    contentLine = xml.getLocation().getLineNumber();
                }
                fields.put(key, text(xml));
            } else if (name.equals("creator") && namespace.equals(DC)) {
                fields.put("creator", text(xml).strip());
            } else {
                String text = text(xml);
                fields.put(isWordPress(namespace) ? "wp:" + name : name, text);
            }
        }
        return new WxrExport.Item(line, number(fields.get("wp:post_id")), text(fields, "wp:post_type"),
                text(fields, "wp:status"), text(fields, "title"), text(fields, "link"), text(fields, "creator"),
                fields.getOrDefault("content", ""), contentLine, fields.getOrDefault("excerpt", ""),
                text(fields, "wp:post_date"), text(fields, "wp:post_date_gmt"), text(fields, "wp:post_modified"),
                text(fields, "wp:post_modified_gmt"), text(fields, "wp:post_name"), number(fields.get("wp:post_parent")),
                (int) number(fields.get("wp:menu_order")), text(fields, "wp:post_password"),
                "1".equals(text(fields, "wp:is_sticky")), text(fields, "wp:attachment_url"), terms, meta, comments);
    }

    /** The texts of the child elements of the element just started, up to its end. */
    private static Map<String, String> children(XMLStreamReader xml, String end) throws XMLStreamException {
        Map<String, String> values = new HashMap<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                values.put(xml.getLocalName(), text(xml));
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(end)) {
                break;
            }
        }
        return values;
    }

    /**
     * The text of the element just started, up to its end; text of nested elements (a comment's
     * {@code wp:commentmeta}) is skipped rather than refused.
     */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        text.append(xml.getText());
                    }
                }
                default -> {
                }
            }
        }
        return text.toString();
    }

    private static String text(Map<String, String> fields, String key) {
        return fields.getOrDefault(key, "").strip();
    }

    private static long number(String text) {
        try {
            return text == null || text.isBlank() ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
