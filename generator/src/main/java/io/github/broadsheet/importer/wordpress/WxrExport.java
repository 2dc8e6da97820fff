package io.github.broadsheet.importer.wordpress;

import java.util.List;
import java.util.Map;

/**
 * What a WordPress export (WXR) holds that an import needs: the site's addresses, its authors and every item
 * (posts, pages, attachments, reusable blocks and the rest), each with the line it starts on.
 *
 * @param title    the site's name
 * @param siteUrl  {@code wp:base_blog_url}: the address posts' links start with
 * @param language the site's language, e.g. {@code en-GB}
 */
record WxrExport(String title, String siteUrl, String language, List<Author> authors, List<Item> items) {

    WxrExport {
        authors = List.copyOf(authors);
        items = List.copyOf(items);
    }

    /** One {@code wp:author}. */
    record Author(String login, String displayName, String firstName, String lastName) {
    }

    /** A category, tag or other term of an item: {@code <category domain="category" nicename="x">Name</category>}. */
    record Term(String domain, String nicename, String name) {
    }

    /** A comment's status, for the count of comments left out. */
    record Comment(boolean approved) {
    }

    /**
     * One {@code <item>}.
     *
     * @param line        the line of {@code <item>} in the export
     * @param contentLine the line {@code content:encoded} starts on
     * @param postDate    {@code wp:post_date}, the site's local time
     * @param postDateGmt {@code wp:post_date_gmt}, or {@code 0000-00-00 00:00:00} when WordPress has none (drafts)
     */
    record Item(int line, long id, String type, String status, String title, String link, String creator,
                String content, int contentLine, String excerpt, String postDate, String postDateGmt,
                String modified, String modifiedGmt, String name, long parent, int menuOrder, String password,
                boolean sticky, String attachmentUrl, List<Term> terms, Map<String, String> meta,
                List<Comment> comments) {

        Item {
            terms = List.copyOf(terms);
            meta = Map.copyOf(meta);
            comments = List.copyOf(comments);
        }

        /** The terms of one domain ({@code category}, {@code post_tag}), in the export's order. */
        List<Term> terms(String domain) {
            return terms.stream().filter(term -> term.domain().equals(domain)).toList();
        }
    }
}
