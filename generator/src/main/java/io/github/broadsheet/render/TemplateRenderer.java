package io.github.broadsheet.render;

import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.problem.Problems;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders {@link RenderTask}s through Freemarker. One configuration per build, shared by all threads. Safe by
 * default: {@code .ftlh} templates escape HTML automatically, {@code ?new} cannot create any class, {@code ?api}
 * is off, and templates load only from the theme's folders. A template error becomes a {@link Problem} naming
 * template and line and the page being rendered; the same error on many pages is reported once with a count.
 */
public final class TemplateRenderer {

    private final Configuration freemarker;
    private final Theme theme;
    private final ConcurrentHashMap<String, AtomicInteger> repeats = new ConcurrentHashMap<>();

    public TemplateRenderer(Theme theme, Locale locale) {
        this.theme = theme;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(theme.templateLoader());
        cfg.setLocalizedLookup(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setURLEscapingCharset("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocale(locale);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        this.freemarker = cfg;
    }

    /** The page, or empty when the template failed (the problem is recorded). */
    public Optional<String> render(RenderTask task, Problems problems) {
        try {
            Template template = freemarker.getTemplate(task.template());
            StringWriter out = new StringWriter(16 * 1024);
            template.process(task.model(), out);
            return Optional.of(out.toString());
        } catch (TemplateNotFoundException e) {
            report(problems, Path.of("templates", task.template()), 0, "template not found in any layer of theme '"
                    + theme.name() + "' (" + String.join(", ", theme.layers().stream().map(Theme.Layer::name).toList())
                    + ")", task);
        } catch (ParseException e) {
            report(problems, templatePath(e.getTemplateName(), task), e.getLineNumber(),
                    "template syntax error: " + e.getEditorMessage(), task);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            report(problems, templatePath(e.getTemplateSourceName(), task), line == null ? 0 : line,
                    "template error: " + firstLine(e.getMessageWithoutStackTop()), task);
        } catch (IOException e) {
            report(problems, Path.of("templates", task.template()), 0, "cannot read template: " + e.getMessage(), task);
        }
        return Optional.empty();
    }

    /** Repeated identical errors (one template bug hits every article) are reported once, with a count. */
    private void report(Problems problems, Path template, int line, String message, RenderTask task) {
        String key = template + ":" + line + ":" + message;
        AtomicInteger count = repeats.computeIfAbsent(key, k -> new AtomicInteger());
        if (count.getAndIncrement() == 0) {
            String page = task.source() == null ? "page " + task.path()
                    : "article " + task.source().toString().replace('\\', '/');
            problems.add(Problem.error(template, line, message + " (while rendering " + page + ")"));
        }
    }

    /** How many pages hit an error already reported, for the build summary. */
    public int repeatedErrors() {
        return repeats.values().stream().mapToInt(c -> c.get() - 1).sum();
    }

    private Path templatePath(String name, RenderTask task) {
        return Path.of(theme.describe(name == null ? task.template() : name));
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end);
    }
}
