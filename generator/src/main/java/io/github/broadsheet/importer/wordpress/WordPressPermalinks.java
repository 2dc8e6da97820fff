package io.github.broadsheet.importer.wordpress;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * WordPress's permalink structure ({@code /%year%/%monthnum%/%postname%/}), which an export does not contain: it is
 * inferred from the links of published posts (the structure that reproduces most of them), and gives the URLs of
 * drafts and scheduled posts, whose links in the export are {@code ?p=123}.
 */
final class WordPressPermalinks {

    /** The structures WordPress offers, and the common custom ones. */
    static final List<String> CANDIDATES = List.of(
            "/%year%/%monthnum%/%day%/%postname%/", "/%year%/%monthnum%/%postname%/", "/%postname%/",
            "/%year%/%postname%/", "/%category%/%postname%/", "/archives/%post_id%", "/%postname%.html",
            "/%year%/%monthnum%/%day%/%postname%.html", "/%category%/%year%/%monthnum%/%postname%/");

    /** What a structure is filled with. */
    record Post(long id, String slug, LocalDateTime date, String category) {
    }

    /** The structure and how many published posts it reproduces. */
    record Structure(String pattern, int matches, int posts) {
    }

    private WordPressPermalinks() {
    }

    static String url(String pattern, Post post) {
        return pattern.replace("%year%", String.format("%04d", post.date().getYear()))
                .replace("%monthnum%", String.format("%02d", post.date().getMonthValue()))
                .replace("%day%", String.format("%02d", post.date().getDayOfMonth()))
                .replace("%hour%", String.format("%02d", post.date().getHour()))
                .replace("%minute%", String.format("%02d", post.date().getMinute()))
                .replace("%second%", String.format("%02d", post.date().getSecond()))
                .replace("%postname%", post.slug())
                .replace("%post_id%", Long.toString(post.id()))
                .replace("%category%", post.category().isEmpty() ? "uncategorized" : post.category());
    }

    /**
     * The structure that reproduces most of the given published posts' paths.
     *
     * @param published post to its path in the old site (decoded)
     */
    static Optional<Structure> infer(Map<Post, String> published) {
        Map<String, Integer> matches = new TreeMap<>();
        published.forEach((post, path) -> {
            for (String pattern : CANDIDATES) {
                if (url(pattern, post).equals(path)) {
                    matches.merge(pattern, 1, Integer::sum);
                }
            }
        });
        return CANDIDATES.stream().filter(matches::containsKey)
                .max(java.util.Comparator.comparingInt(matches::get))
                .map(pattern -> new Structure(pattern, matches.get(pattern), published.size()));
    }
}
