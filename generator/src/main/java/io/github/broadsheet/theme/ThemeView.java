package io.github.broadsheet.theme;

import java.util.Map;

/**
 * The theme as templates see it ({@code theme}): its name, its description and its settings.
 *
 * @param name        the selected theme's name, e.g. {@code magazine}
 * @param description the {@code description} of its {@code theme.yaml}, or empty
 * @param params      the {@code params} of its {@code theme.yaml}, merged with those of the themes it extends and
 *                    of the built-in default theme (the more specific theme wins, key by key)
 */
public record ThemeView(String name, String description, Map<String, Object> params) {
}
