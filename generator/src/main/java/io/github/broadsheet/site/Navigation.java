package io.github.broadsheet.site;

import java.util.List;

/**
 * The site's menus and footer line, resolved from the configuration and the content.
 *
 * @param header    the header menu's links, in order
 * @param footer    the footer menu's links, in order
 * @param copyright the copyright line
 */
public record Navigation(List<MenuLink> header, List<MenuLink> footer, String copyright) {

    public static final Navigation NONE = new Navigation(List.of(), List.of(), "");

    public Navigation {
        header = List.copyOf(header);
        footer = List.copyOf(footer);
    }
}
