package io.github.broadsheet.feeds;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A file of the site made in code rather than from a template (feeds, sitemap, robots.txt, JSON). Its content
 * may be made only when it is written: a site with thousands of tags has thousands of feeds carrying whole
 * articles, which together do not fit in memory at 100,000 articles.
 *
 * @param path    path in the site, forward slashes, no leading slash
 * @param content makes the content; called once, when the file is written
 */
public record GeneratedFile(String path, Supplier<byte[]> content) {

    public static GeneratedFile text(String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new GeneratedFile(path, () -> bytes);
    }

    public byte[] bytes() {
        return content.get();
    }
}
