package io.github.broadsheet.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans the HTML of a rendered body for {@code sanitizeHtml}, with jsoup's {@link Cleaner} and an allow-list:
 * everything Broadsheet's own Markdown produces (heading ids and anchor links with their {@code aria-labelledby},
 * tables with {@code style="text-align: ..."}, footnotes, task-list checkboxes, {@code language-*} code classes, the
 * highlighter's {@code tok-*} spans, the embed directives' figures) and the safe part of raw HTML (text markup,
 * lists, tables, images, {@code details}) are kept; scripts, styles, forms, frames, media other than the embed
 * directives' own (click-to-load links naming a YouTube or Vimeo player, video and audio files of the site), SVG,
 * event handlers and every other attribute are removed. Links keep only {@code http}, {@code https},
 * {@code mailto}, {@code tel} and relative URLs, images {@code http}, {@code https}, relative URLs and
 * {@code data:} PNG, JPEG, GIF, WebP and AVIF; jsoup judges a URL as browsers read it, after decoding
 * entities and ignoring case, whitespace and control characters, so {@code JaVaScRiPt:}, {@code &#106;avascript:},
 * {@code java&#9;script:}, {@code vbscript:}, {@code data:text/html} and {@code data:image/svg+xml} all lose it.
 * Thread-safe: the allow-list is only read.
 */
final class HtmlSanitizer {

    /**
     * Relative URLs are resolved against this address to be judged (as {@code https}) and then kept as written;
     * without a base, jsoup would drop every relative link, footnote and heading anchor.
     */
    private static final String BASE = "https://sanitized.invalid/";

    private final Cleaner cleaner = new Cleaner(new AllowList());

    /** The HTML with everything not allowed removed. */
    String clean(String html) {
        Document clean = cleaner.clean(Jsoup.parseBodyFragment(html, BASE));
        // An image whose source was refused would be an <img> without src (invalid HTML): its alt text stays.
        for (Element image : clean.select("img:not([src])")) {
            image.replaceWith(new TextNode(image.attr("alt")));
        }
        // Only checkboxes, as task lists make them; an input whose type was refused would be a text field.
        clean.select("input:not([type=checkbox])").remove();
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** jsoup's allow-list, with the checks of attribute values it cannot express. */
    private static final class AllowList extends Safelist {

        private static final Pattern ALIGNMENT =
                Pattern.compile("\\s*text-align\\s*:\\s*(left|center|right)\\s*;?\\s*", Pattern.CASE_INSENSITIVE);
        private static final Pattern RASTER_DATA = Pattern.compile("data:image/(png|jpeg|gif|webp|avif)[;,].*",
                Pattern.DOTALL);
        /** Browsers ignore these in a URL (leading and trailing, and tab and line feed anywhere). */
        private static final Pattern IGNORED_IN_URLS = Pattern.compile("[\\x00-\\x20]");
        /** A URL with a scheme, or protocol-relative: not a file of the site. */
        private static final Pattern NOT_LOCAL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*:|//).*", Pattern.DOTALL);
        private static final Pattern LANGUAGE = Pattern.compile("language-[\\w+#.-]+");
        /** The classes Broadsheet's Markdown gives each element, the only ones kept. */
        private static final Map<String, Set<String>> CLASSES = Map.of(
                "a", Set.of("heading-anchor", "footnote-ref", "footnote-backref", "embed-load"),
                "div", Set.of("footnotes"),
                "li", Set.of("task-list-item"),
                "input", Set.of("task-list-item-checkbox"),
                "figure", Set.of("embed", "embed-youtube", "embed-vimeo", "embed-video", "embed-audio", "gallery",
                        "pullquote"),
                "span", Set.of("embed-title", "tok-kw", "tok-type", "tok-fn", "tok-str", "tok-num", "tok-com", "tok-op", "tok-var",
                        "tok-meta", "tok-re", "tok-tag", "tok-attr", "tok-ins", "tok-del", "tok-hunk"));

        AllowList() {
            // Video, audio and click-to-load links as the embed directives write them (DirectiveRenderer), checked
            // below.
            addTags("audio", "video");
            addAttributes("audio", "controls", "preload", "src");
            addAttributes("a", "data-embed-src", "data-embed-title");
            addAttributes("figure", "class");
            addAttributes("video", "controls", "preload", "src", "poster");
            addAttributes("img", "loading", "decoding", ImageLines.ATTRIBUTE);
            addTags("a", "abbr", "aside", "b", "bdi", "blockquote", "br", "caption", "cite", "code", "col",
                    "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1",
                    "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p",
                    "pre", "q", "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup", "table",
                    "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr");
            addAttributes(":all", "title", "lang", "dir");
            // aria-labelledby names a heading's own anchor link by the heading (HeadingAnchor).
            addAttributes("a", "href", "class", "aria-labelledby");
            addAttributes("blockquote", "cite");
            addAttributes("code", "class");
            addAttributes("col", "span");
            addAttributes("colgroup", "span");
            addAttributes("details", "open");
            addAttributes("div", "class");
            for (String heading : new String[] {"h1", "h2", "h3", "h4", "h5", "h6"}) {
                addAttributes(heading, "id");
            }
            addAttributes("img", "src", "alt", "width", "height");
            addAttributes("input", "type", "class", "checked", "disabled");
            addAttributes("li", "id", "class");
            addAttributes("ol", "start", "reversed");
            addAttributes("q", "cite");
            addAttributes("span", "class");
            addAttributes("sup", "id");
            addAttributes("td", "colspan", "rowspan", "style");
            addAttributes("th", "colspan", "rowspan", "scope", "style");
            addAttributes("time", "datetime");
            addProtocols("a", "href", "http", "https", "mailto", "tel");
            addProtocols("img", "src", "http", "https");
            addProtocols("blockquote", "cite", "http", "https");
            addProtocols("q", "cite", "http", "https");
            preserveRelativeLinks(true);
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            String value = attribute.getValue();
            if (tagName.equals("img") && attribute.getKey().equals("src") && RASTER_DATA.matcher(
                    IGNORED_IN_URLS.matcher(value).replaceAll("").toLowerCase(Locale.ROOT)).matches()) {
                return true;
            }
            if (!super.isSafeAttribute(tagName, element, attribute)) {
                return false;
            }
            return switch (attribute.getKey()) {
                case "class" -> classesAllowed(tagName, value);
                case "style" -> ALIGNMENT.matcher(value).matches();
                case "type" -> value.equalsIgnoreCase("checkbox");
                case "preload" -> value.equals("none");
                // Media of the site only: a player or poster from another host would be loaded with the page.
                case "src", "poster" -> !tagName.equals("video") && !tagName.equals("audio")
                        || !NOT_LOCAL.matcher(IGNORED_IN_URLS.matcher(value).replaceAll("")).matches();
                // Read by the theme's script after a click: only the players the directives name.
                case "data-embed-src" -> value.startsWith("https://www.youtube-nocookie.com/embed/")
                        || value.startsWith("https://player.vimeo.com/video/");
                default -> true;
            };
        }

        private static boolean classesAllowed(String tagName, String value) {
            Set<String> allowed = CLASSES.getOrDefault(tagName, Set.of());
            for (String name : value.trim().split("\\s+")) {
                if (!allowed.contains(name) && !(tagName.equals("code") && LANGUAGE.matcher(name).matches())) {
                    return false;
                }
            }
            return true;
        }
    }
}
