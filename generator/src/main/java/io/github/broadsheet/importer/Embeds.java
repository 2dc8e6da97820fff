package io.github.broadsheet.importer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Broadsheet's Markdown for what old sites embedded: the directives of the embeds design ({@code ::youtube{...}},
 * {@code ::vimeo}, {@code ::video}, {@code ::audio}, {@code :::gallery}, {@code :::pullquote}), a figure as an image
 * with a title (its caption), and a quoted link for posts of other platforms (X, Instagram, Gists), which would
 * load from another host. Each result is one block; {@link Placeholders#block} puts it between blank lines.
 */
public final class Embeds {

    /** One image of a figure or gallery. */
    public record Image(String src, String alt, String caption) {
    }

    private Embeds() {
    }

    public static String youtube(String id, String title) {
        return "::youtube{id=" + attribute(id) + " title=" + attribute(orDefault(title, "YouTube video")) + "}";
    }

    public static String vimeo(String id, String title) {
        return "::vimeo{id=" + attribute(id) + " title=" + attribute(orDefault(title, "Vimeo video")) + "}";
    }

    /**
     * A video of the site, or a link to one elsewhere: Broadsheet's {@code ::video} plays only files of the site,
     * since a page loads nothing from another host (a file missing from the uploads stays at its old address).
     */
    public static String video(String src, String poster, String title) {
        if (elsewhere(src)) {
            return link("Video: " + orDefault(title, "watch it"), src);
        }
        return "::video{src=" + attribute(src) + (poster == null || poster.isBlank() || elsewhere(poster) ? ""
                : " poster=" + attribute(poster)) + " title=" + attribute(orDefault(title, "Video")) + "}";
    }

    /** An audio file of the site, or a link to one elsewhere (see {@link #video}). */
    public static String audio(String src, String title) {
        if (elsewhere(src)) {
            return link("Audio: " + orDefault(title, "listen to it"), src);
        }
        return "::audio{src=" + attribute(src) + " title=" + attribute(orDefault(title, "Audio")) + "}";
    }

    /** An address on another host ({@code https://...}, {@code //host/...}), not a file of the site. */
    private static boolean elsewhere(String src) {
        return src.startsWith("//") || src.matches("(?i)[a-z][a-z0-9+.-]*:.*");
    }

    private static String link(String text, String url) {
        return "[" + linkText(text) + "](" + LinkRewriter.escapeDestination(url) + ")";
    }

    public static String gallery(List<Image> images) {
        return ":::gallery\n" + images.stream().map(Embeds::image).collect(Collectors.joining("\n"))
                + "\n:::";
    }

    public static String pullquote(String text, String cite) {
        String body = text.strip();
        return ":::pullquote" + (cite == null || cite.isBlank() ? "" : "{cite=" + attribute(cite) + "}")
                + "\n" + body + "\n:::";
    }

    /** A figure: an image whose title is its caption (Broadsheet shows it as {@code <figure>}). */
    public static String figure(Image image) {
        return image(image);
    }

    /** A link to a post elsewhere, as a quote: {@code > [Post by @user on X](https://x.com/...)}. */
    public static String quotedLink(String text, String url) {
        return "> [" + linkText(text) + "](" + LinkRewriter.escapeDestination(url) + ")";
    }

    /** {@code ![alt](src "caption")}. */
    public static String image(Image image) {
        String caption = image.caption() == null ? "" : SourceText.oneLine(image.caption());
        return "![" + linkText(image.alt() == null ? "" : image.alt()) + "](" + LinkRewriter.escapeDestination(image.src())
                + (caption.isEmpty() ? "" : " \"" + caption.replace("\\", "\\\\").replace("\"", "\\\"") + "\"") + ")";
    }

    /** Text for inside {@code [...]}: one line, brackets and backslashes escaped. */
    public static String linkText(String text) {
        return SourceText.oneLine(text).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    /**
     * A directive attribute value in double quotes. The design has no escape inside them, so a double quote
     * becomes a single one, and the value one line.
     */
    static String attribute(String value) {
        return "\"" + SourceText.oneLine(value).replace('"', '\'') + "\"";
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

}
