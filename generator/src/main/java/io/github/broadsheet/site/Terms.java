package io.github.broadsheet.site;

import io.github.broadsheet.config.Taxonomy;
import java.util.List;
import java.util.Optional;

/**
 * One taxonomy of the site with its terms: the tags, the sections, the authors or the series. Every taxonomy is
 * built, because tags feed related articles and search and sections the front page; only the published ones
 * (configured) get term pages, an index and feeds.
 *
 * @param taxonomy  its key, path and names
 * @param published whether the site has its pages (the taxonomy is configured)
 * @param terms     its terms in the order of its index: sections in the configured order, the others by name
 * @param ofArticle each article's terms in front-matter order, same index as {@link Site#articles()}
 */
public record Terms(Taxonomy taxonomy, boolean published, List<Term> terms, List<List<Term>> ofArticle) {

    public Terms {
        terms = List.copyOf(terms);
        ofArticle = List.copyOf(ofArticle);
    }

    public String key() {
        return taxonomy.key();
    }

    /** The term of {@code key}, if any. */
    public Optional<Term> term(String key) {
        return terms.stream().filter(term -> term.key().equals(key)).findFirst();
    }
}
