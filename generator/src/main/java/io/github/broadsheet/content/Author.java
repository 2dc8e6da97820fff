package io.github.broadsheet.content;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person of the newsroom, from {@code content/authors/<id>.md}: front-matter {@code name} (required), {@code role},
 * {@code photo} and {@code links}; the body is the bio, in Markdown. Articles name authors by id.
 *
 * @param source    the file, as shown in messages
 * @param id        the file name without {@code .md}, e.g. {@code jana-novak}; the slug of the author's page
 * @param name      the name as bylines show it
 * @param role      the job, e.g. {@code Transport correspondent}, or empty
 * @param photo     the photo as written: a URL, a site path ({@code /img/x.jpg}) or a file beside the author file;
 *                  empty without one
 * @param photoFile the photo's file when it lies beside the author file (it is copied next to the author's page)
 * @param photoSize width and height of that file in pixels, {@code {0, 0}} when unknown
 * @param links     links by kind ({@code website}, {@code mastodon}, {@code email}, ...), in front-matter order
 * @param bioHtml   the bio as HTML
 * @param bioText   the bio as plain text
 * @param keyLines  the line of each front-matter key
 */
public record Author(Path source, String id, String name, String role, String photo, Optional<Path> photoFile,
                     List<Integer> photoSize, Map<String, String> links, String bioHtml, String bioText,
                     Map<String, Integer> keyLines) {

    public Author {
        photoSize = List.copyOf(photoSize);
        links = Collections.unmodifiableMap(new LinkedHashMap<>(links));
        keyLines = Map.copyOf(keyLines);
    }

    /** This author with the size of their photo file. */
    public Author withPhotoSize(List<Integer> size) {
        return new Author(source, id, name, role, photo, photoFile, size, links, bioHtml, bioText, keyLines);
    }
}
