package io.github.broadsheet.site;

import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.content.Article;
import io.github.broadsheet.related.RelatedCandidate;
import io.github.broadsheet.related.RelatedMatch;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The whole site as one immutable query model: published articles newest first, their paths, tags and related
 * articles. Everything a page needs is looked up here by index in constant time, so rendering a page never
 * scans the site.
 *
 * @param settings    the site's own settings
 * @param articles    published articles, newest first (ties: slug)
 * @param paths       site-relative path of each article's page, same index as {@code articles}
 * @param tags        all tags, sorted by display name
 * @param articleTags the tags of each article, in front-matter order, same index as {@code articles}
 * @param related     related articles of each article, best first, same index as {@code articles}
 * @param keywords    the distinctive words of each article's body, best first, for search; same index as
 *                    {@code articles}
 * @param relatedWhy  only when {@code related.json} is asked for (else empty): per article its related links, then
 *                    the best candidates left out, each with the evidence and the reason; same index as
 *                    {@code articles}
 */
public record Site(SiteSettings settings, List<Article> articles, List<String> paths, List<Tag> tags,
                   List<List<Tag>> articleTags, List<List<RelatedMatch>> related, List<List<String>> keywords,
                   List<List<RelatedCandidate>> relatedWhy) {

    public Site {
        articles = List.copyOf(articles);
        paths = List.copyOf(paths);
        tags = List.copyOf(tags);
        articleTags = List.copyOf(articleTags);
        related = List.copyOf(related);
        keywords = List.copyOf(keywords);
        relatedWhy = List.copyOf(relatedWhy);
    }

    /** A site without explanations of its related lists. */
    public Site(SiteSettings settings, List<Article> articles, List<String> paths, List<Tag> tags,
                List<List<Tag>> articleTags, List<List<RelatedMatch>> related, List<List<String>> keywords) {
        this(settings, articles, paths, tags, articleTags, related, keywords, List.of());
    }

    /** The next newer article, if any. */
    public Optional<Integer> newer(int index) {
        return index > 0 ? Optional.of(index - 1) : Optional.empty();
    }

    /** The next older article, if any. */
    public Optional<Integer> older(int index) {
        return index + 1 < articles.size() ? Optional.of(index + 1) : Optional.empty();
    }

    /** Tags by key, for callers that start from a name. */
    public Map<String, Tag> tagsByKey() {
        return tags.stream().collect(Collectors.toUnmodifiableMap(Tag::key, t -> t));
    }

    /** The site's URLs: every link, absolute URL and relative URL of the site is made by them. */
    public SiteUrls urls() {
        return SiteUrls.of(settings);
    }

    /** The author of an article: its own, else the site's (empty when neither names one). */
    public String author(int index) {
        String own = articles.get(index).author();
        return own.isEmpty() ? settings.author() : own;
    }

    /** An article's lead image as an absolute URL; empty without an image or for one that is no valid URL. */
    public Optional<String> imageUrl(int index) {
        return articles.get(index).image().flatMap(image -> urls().resolve(paths.get(index), image));
    }
}
