package io.github.broadsheet.publish;

import java.nio.charset.StandardCharsets;

/**
 * A file of the site made in code rather than from a template (feeds, sitemap, robots.txt, JSON).
 *
 * @param path  path in the site, forward slashes, no leading slash
 * @param bytes the content
 */
public record GeneratedFile(String path, byte[] bytes) {

    public static GeneratedFile text(String path, String text) {
        return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
