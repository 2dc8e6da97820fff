/**
 * Social cards: {@link io.github.broadsheet.card.CardRenderer} draws the 1200x630 OpenGraph/Twitter image of an
 * article without one, from a {@link io.github.broadsheet.card.CardText} (headline, kicker, site name), a
 * {@link io.github.broadsheet.card.CardLayout} a theme can change and the theme's
 * {@link io.github.broadsheet.card.CardFonts}, as PNG bytes that are the same on every run.
 */
package io.github.broadsheet.card;
