package io.github.broadsheet.page;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One page to render: which template, with what data, to which file of the output. The data is made when the
 * page is rendered, not when the plan is made, so a site of 100,000 articles does not hold the variables of all
 * its pages at once.
 *
 * @param template  template name, e.g. {@code article.ftlh}
 * @param variables makes the variables the template sees
 * @param path      output path relative to the site root, forward slashes, e.g. {@code articles/x/index.html}
 * @param source    the article the page belongs to, for messages; {@code null} for list pages
 */
public record RenderTask(String template, Supplier<Map<String, Object>> variables, String path, Path source) {

    /** A task whose variables are already made. */
    public static RenderTask of(String template, Map<String, Object> model, String path, Path source) {
        return new RenderTask(template, () -> model, path, source);
    }

    /** The variables the template sees, made anew on each call. */
    public Map<String, Object> model() {
        return variables.get();
    }
}
