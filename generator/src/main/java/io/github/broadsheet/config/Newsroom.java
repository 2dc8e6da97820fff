package io.github.broadsheet.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How a site is organised as a newsroom: which taxonomies it publishes and how they are named, the order of its
 * sections, and its header and footer menus.
 *
 * @param taxonomies the taxonomies that have pages, in the order they are listed; each key at most once
 * @param sections   section names in the order of the header navigation; sections not named follow
 *                   alphabetically
 * @param headerMenu the items of the header menu
 * @param footerMenu the items of the footer menu
 */
public record Newsroom(List<Taxonomy> taxonomies, List<String> sections, List<MenuItem> headerMenu,
                       List<MenuItem> footerMenu) {

    /** The header menu when none is configured: the sections, the archive and search. */
    public static final List<MenuItem> DEFAULT_HEADER = List.of(MenuItem.parse("sections"),
            MenuItem.parse("archive"), MenuItem.parse("search"));
    /** The footer menu when none is configured: every page, then the feed. */
    public static final List<MenuItem> DEFAULT_FOOTER = List.of(MenuItem.parse("pages"), MenuItem.parse("feed"));

    /** @throws IllegalArgumentException for a taxonomy key given twice or a blank section name */
    public Newsroom {
        taxonomies = List.copyOf(taxonomies == null ? Taxonomy.defaults() : taxonomies);
        Set<String> keys = new HashSet<>();
        Set<String> paths = new HashSet<>();
        for (Taxonomy taxonomy : taxonomies) {
            if (!keys.add(taxonomy.key())) {
                throw new IllegalArgumentException("taxonomy " + taxonomy.key() + " is configured twice");
            }
            if (!paths.add(taxonomy.path())) {
                throw new IllegalArgumentException("two taxonomies have the path '" + taxonomy.path() + "'");
            }
        }
        List<String> names = new ArrayList<>();
        for (String section : sections == null ? List.<String>of() : sections) {
            if (section == null || section.isBlank()) {
                throw new IllegalArgumentException("sections: a section name is empty");
            }
            names.add(section.strip().replaceAll("\\s+", " "));
        }
        sections = List.copyOf(names);
        headerMenu = List.copyOf(headerMenu == null ? DEFAULT_HEADER : headerMenu);
        footerMenu = List.copyOf(footerMenu == null ? DEFAULT_FOOTER : footerMenu);
    }

    /** The four taxonomies, no section order, the default menus. */
    public static Newsroom defaults() {
        return new Newsroom(null, null, null, null);
    }

    /** The configured taxonomy of {@code key}, or {@code null} when the site does not publish it. */
    public Taxonomy taxonomy(String key) {
        return taxonomies.stream().filter(t -> t.key().equals(key)).findFirst().orElse(null);
    }

    /** Parses menu items as written in the configuration ({@link MenuItem#parse}). */
    public static List<MenuItem> menu(List<String> items) {
        return items == null ? null : items.stream().filter(item -> item != null && !item.isBlank())
                .map(MenuItem::parse).toList();
    }
}
