package io.github.broadsheet.render;

import java.nio.file.Path;
import java.util.Map;

/**
 * One page to render: which template, with what data, to which file of the output.
 *
 * @param template  template name, e.g. {@code article.ftlh}
 * @param model     the variables the template sees
 * @param path      output path relative to the site root, forward slashes, e.g. {@code articles/x/index.html}
 * @param source    the article the page belongs to, for messages; {@code null} for list pages
 */
public record RenderTask(String template, Map<String, Object> model, String path, Path source) {
}
