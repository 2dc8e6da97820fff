package io.github.broadsheet.site;

import io.github.broadsheet.config.MenuItem;
import io.github.broadsheet.config.Newsroom;
import io.github.broadsheet.config.Taxonomy;
import io.github.broadsheet.content.Page;
import io.github.broadsheet.problem.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the configured header and footer menus against the site: a page by its slug, a section by its name, the
 * sections, the pages, a taxonomy's index, the feed, the archive, search, and links; then the pages that ask for a
 * menu ({@code menu: footer}) are added. A page or section the site does not have is an error naming the menu item,
 * as is a taxonomy the site does not publish. Each target is linked once per menu.
 */
final class Menus {

    private final Newsroom newsroom;
    private final List<Page> pages;
    private final Terms sections;
    private final Problems problems;

    Menus(Newsroom newsroom, List<Page> pages, Terms sections, Problems problems) {
        this.newsroom = newsroom;
        this.pages = pages;
        this.sections = sections;
        this.problems = problems;
    }

    Navigation navigation(String copyright) {
        return new Navigation(resolve("headerMenu", newsroom.headerMenu(), "header"),
                resolve("footerMenu", newsroom.footerMenu(), "footer"), copyright);
    }

    private List<MenuLink> resolve(String setting, List<MenuItem> items, String menu) {
        Map<String, MenuLink> links = new LinkedHashMap<>();
        for (MenuItem item : items) {
            for (MenuLink link : links(setting, item)) {
                links.putIfAbsent(link.target(), link);
            }
        }
        pages.stream().filter(page -> page.menus().contains(menu))
                .forEach(page -> links.putIfAbsent(page.path(), link(page)));
        return List.copyOf(links.values());
    }

    private List<MenuLink> links(String setting, MenuItem item) {
        return switch (item.kind()) {
            case PAGE -> page(item.value()).map(page -> List.of(link(page))).orElseGet(() -> {
                problem(setting, item, "there is no page " + item.value() + " in content/pages/"
                        + (pages.isEmpty() ? "" : " (the pages: " + String.join(", ",
                                pages.stream().map(Page::slug).sorted().toList()) + ")"));
                return List.of();
            });
            case PAGES -> pages.stream().sorted(Comparator.comparing(Page::title)).map(Menus::link).toList();
            case SECTION -> {
                Optional<Term> section = sections.term(TermIndex.key(item.value()));
                if (section.isEmpty() || !sections.published()) {
                    problem(setting, item, !sections.published() ? "the site publishes no section pages (add the"
                            + " taxonomy 'section')" : "no article has the section " + item.value());
                    yield List.of();
                }
                yield List.of(new MenuLink("section", section.get().name(), section.get().path(), false));
            }
            case SECTIONS -> sections.published() ? sections.terms().stream()
                    .map(term -> new MenuLink("section", term.name(), term.path(), false)).toList() : List.of();
            case TAXONOMY -> {
                Taxonomy taxonomy = newsroom.taxonomy(item.value());
                if (taxonomy == null) {
                    problem(setting, item, "the site does not publish the taxonomy " + item.value());
                    yield List.of();
                }
                yield List.of(new MenuLink("taxonomy", taxonomy.plural(), taxonomy.indexPath(), false));
            }
            case FEED -> List.of(new MenuLink("feed", "Feed", "/feed.xml", false));
            case ARCHIVE -> List.of(new MenuLink("archive", "Archive", "/archive/", false));
            case SEARCH -> List.of(new MenuLink("search", "Search", "/search/", false));
            case LINK -> List.of(new MenuLink("link", item.label(), item.value(), !item.value().startsWith("/")));
        };
    }

    private Optional<Page> page(String slug) {
        return pages.stream().filter(page -> page.slug().equals(slug) || page.path().equals("/" + slug + "/"))
                .findFirst();
    }

    private static MenuLink link(Page page) {
        return new MenuLink("page", page.title(), page.path(), false);
    }

    private void problem(String setting, MenuItem item, String why) {
        problems.error(null, 0, setting + ": item '" + item + "': " + why);
    }
}
