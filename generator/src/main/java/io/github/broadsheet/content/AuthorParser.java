package io.github.broadsheet.content;

import io.github.broadsheet.markdown.MarkdownRenderer;
import io.github.broadsheet.markdown.RenderedMarkdown;
import io.github.broadsheet.problem.Problems;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns {@code content/authors/<id>.md} into an {@link Author}: {@code name} is required; {@code role},
 * {@code photo} and {@code links} are optional; the body is the bio. The id is the file name, and must be a slug
 * ({@code jana-novak}), because it is the URL segment of the author's page. Links keep only {@code http},
 * {@code https} and {@code mailto} URLs: an e-mail address gets {@code mailto:}, a Mastodon handle
 * ({@code @jana@social.example}) becomes the URL of its profile. Thread-safe.
 */
public final class AuthorParser {

    private static final Pattern HANDLE = Pattern.compile("@?([A-Za-z0-9_.]+)@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s:/]+@[^@\\s:/]+\\.[^@\\s:/]+");

    private final ArticleParser articles;
    private final MarkdownRenderer markdown;

    public AuthorParser(ArticleParser articles, MarkdownRenderer markdown) {
        this.articles = articles;
        this.markdown = markdown;
    }

    /** The author, or empty when the file has errors (all recorded in {@code problems}). */
    public Optional<Author> parse(SourceFile source, String text, Problems problems) {
        Path file = source.display();
        String id = source.path().getFileName().toString().replaceFirst("\\.md$", "");
        if (!Slugifier.slugify(id).equals(id)) {
            problems.error(file, 0, "the file name of an author is their id and the URL segment of their page:"
                    + " lower-case letters, digits and '-' only, such as " + Slugifier.slugifyOr(id, "author-")
                    + ".md");
            return Optional.empty();
        }
        Optional<ArticleParser.Fields> checked = articles.fields(file, text, problems);
        if (checked.isEmpty()) {
            return Optional.empty();
        }
        ArticleParser.Fields fields = checked.get();
        FrontMatter fm = fields.fm;
        String name = fields.requiredText("name");
        String role = fields.optionalText("role");
        String photo = fields.optionalText("photo");
        Map<String, String> links = links(fm, file, problems);
        if (!fields.problems.isEmpty()) {
            fields.problems.forEach(problems::add);
            return Optional.empty();
        }
        Optional<Path> photoFile = Optional.empty();
        photo = photo == null ? "" : photo.strip();
        if (!photo.isEmpty() && !photo.startsWith("/") && !photo.contains(":")) {
            Path wanted = source.path().getParent().resolve(photo).normalize();
            photoFile = source.bundle().stream().filter(wanted::equals).findFirst();
            if (photoFile.isEmpty()) {
                problems.error(file, fm.lineOf("photo"), "photo '" + photo + "' is not a file beside this one;"
                        + " put it into " + file.getParent() + "/, or give a site path (/images/x.jpg) or a URL");
                return Optional.empty();
            }
        } else if (photo.contains(":") && !photo.startsWith("https://") && !photo.startsWith("http://")) {
            problems.error(file, fm.lineOf("photo"), "photo '" + photo + "' must be a file beside this one, a site"
                    + " path or an http(s) URL");
            return Optional.empty();
        }
        String body = ArticleParser.withoutControlCharacters(file, fm, problems);
        RenderedMarkdown bio = articles.render(markdown::render, body, file, fm, problems);
        if (bio == null) {
            return Optional.empty();
        }
        bio.problems().forEach(p -> problems.error(file, fm.bodyLine() + p.line() - 1, p.message()));
        return Optional.of(new Author(file, id, name, role == null ? "" : markdown.smart(role.strip()), photo,
                photoFile, List.of(0, 0), links, bio.html(), bio.text(), fm.keyLines()));
    }

    /** {@code links:}, a mapping of kind to address, each made a safe URL; a problem per bad entry. */
    private static Map<String, String> links(FrontMatter fm, Path file, Problems problems) {
        Object value = fm.values().get("links");
        Map<String, String> links = new LinkedHashMap<>();
        if (value == null) {
            return links;
        }
        if (!(value instanceof Map<?, ?> map)) {
            problems.error(file, fm.lineOf("links"), "links must be a mapping such as {website: https://...,"
                    + " mastodon: \"@jana@social.example\", email: jana@example.org}");
            return links;
        }
        map.forEach((kind, address) -> {
            String key = String.valueOf(kind).strip().toLowerCase(Locale.ROOT);
            String url = url(key, address instanceof String text ? text.strip() : "");
            if (url == null) {
                problems.error(file, fm.lineOf("links"), "links: " + key + " '" + address + "' is no http(s) URL"
                        + (key.equals("email") ? " or e-mail address" : key.equals("mastodon")
                                ? " or handle such as @jana@social.example" : ""));
            } else {
                links.put(key, url);
            }
        });
        return links;
    }

    /** The link as a URL with an allowed scheme, or {@code null}. */
    static String url(String kind, String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        if (address.chars().anyMatch(c -> c <= ' ')) {
            return null;
        }
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return address.length() > lower.indexOf("//") + 2 ? address : null;
        }
        if (lower.startsWith("mailto:")) {
            return EMAIL.matcher(address.substring(7)).matches() ? address : null;
        }
        var handle = HANDLE.matcher(address);
        if (!kind.equals("email") && address.startsWith("@") && handle.matches()) {
            return "https://" + handle.group(2) + "/@" + handle.group(1);
        }
        return EMAIL.matcher(address).matches() ? "mailto:" + address : null;
    }
}
