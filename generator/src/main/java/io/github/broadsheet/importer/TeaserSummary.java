package io.github.broadsheet.importer;

import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.markdown.Typography;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Gives an article whose teaser (the text before {@code <!--more-->}) shows a picture or a relative link a
 * {@code summary:} of the teaser's text. Broadsheet puts a teaser's HTML on list pages as it is, where a link relative
 * to the article's own page (a bundle picture, {@code bridge.jpg}) points nowhere and fails the build's link check;
 * old sites put a captioned picture above the break all the time. The {@code <!--more-->} line stays.
 */
public final class TeaserSummary {

    private static final Pattern MORE = Pattern.compile("(?m)^\\s*<!--\\s*more\\s*-->\\s*$");
    private static final Pattern SCHEME = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|/|#)");

    // Without typography: the summary goes into front-matter as the author wrote it; the build sets the quotes.
    private final MarkdownRenderer markdown = new MarkdownRenderer(false, null, Typography.NONE);

    /** The document, with a summary when its teaser needs one. */
    public ImportedDocument apply(ImportedDocument document) {
        if (document.kind() != ImportedDocument.Kind.ARTICLE || document.frontMatter().containsKey("summary")) {
            return document;
        }
        Matcher more = MORE.matcher(document.body());
        if (!more.find()) {
            return document;
        }
        Document teaser = Jsoup.parseBodyFragment(markdown.render(document.body().substring(0, more.start())).html());
        boolean relative = teaser.select("[href], [src]").stream().anyMatch(element -> {
            String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            return !link.isEmpty() && !SCHEME.matcher(link).find();
        });
        if (!relative) {
            return document;
        }
        teaser.select("img, figure, figcaption").remove();
        String text = teaser.text().replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return document;
        }
        Map<String, Object> frontMatter = new LinkedHashMap<>();
        document.frontMatter().forEach((key, value) -> {
            if (key.equals("url")) {
                frontMatter.put("summary", text);
            }
            frontMatter.put(key, value);
        });
        frontMatter.putIfAbsent("summary", text);
        return new ImportedDocument(document.kind(), document.stem(), frontMatter, document.body(), document.bundle(),
                document.statics(), document.origin());
    }
}
