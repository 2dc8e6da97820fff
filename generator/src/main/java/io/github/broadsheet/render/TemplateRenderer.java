package io.github.broadsheet.render;

import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.github.broadsheet.page.RenderTask;
import io.github.broadsheet.problem.Problem;
import io.github.broadsheet.text.TextBuffer;
import io.github.broadsheet.theme.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders {@link RenderTask}s through Freemarker. One configuration per build, shared by all threads. Safe by
 * default: {@code .ftlh} templates escape HTML automatically, {@code ?new} cannot create any class, {@code ?api}
 * is off, and templates load only from the theme's folders. A template error becomes a {@link Problem} naming
 * template and line and the page being rendered; the same error on many pages is reported once with a count,
 * naming the first page by path so the message is the same in every build.
 */
public final class TemplateRenderer {

    private final Configuration freemarker;
    private final Theme theme;
    private final Path displayBase;
    private final ConcurrentHashMap<String, Failure> failures = new ConcurrentHashMap<>();
    /** The page each thread is rendering, for problems Freemarker reports through callbacks. */
    private final ThreadLocal<RenderTask> rendering = new ThreadLocal<>();

    public TemplateRenderer(Theme theme, Locale locale) {
        this(theme, locale, null);
    }

    /** @param displayBase template files in messages are shown relative to this folder (the project) */
    public TemplateRenderer(Theme theme, Locale locale, Path displayBase) {
        this.theme = theme;
        this.displayBase = displayBase;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new CheckedTemplateLoader(theme.templateLoader(), this::warnNow));
        cfg.setLocalizedLookup(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setURLEscapingCharset("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        // An error caught by <#attempt> would be logged by Freemarker with its stack trace; it becomes one warning
        // naming template and line instead, like every other template problem.
        cfg.setAttemptExceptionReporter((e, env) -> fail(Problem.Severity.WARNING,
                templatePath(e.getTemplateSourceName(), null), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                "<#attempt> failed and its <#recover> part was used: " + firstLine(e.getMessageWithoutStackTop())
                        + (e.getBlamedExpressionString() == null ? "" : " " + e.getBlamedExpressionString()),
                rendering.get()));
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocale(locale);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(new ViewWrapper());
        this.freemarker = cfg;
    }

    /** The page, or empty when the template failed (see {@link #failures()}). */
    public Optional<String> render(RenderTask task) {
        rendering.set(task);
        try {
            Template template = freemarker.getTemplate(task.template());
            TextBuffer out = new TextBuffer(16 * 1024);
            template.process(task.model(), out);
            return Optional.of(out.toString());
        } catch (TemplateNotFoundException e) {
            fail(Path.of("templates", task.template()), 0, "template not found in any layer of theme '"
                    + theme.name() + "' (" + String.join(", ", theme.layers().stream().map(Theme.Layer::name).toList())
                    + ")", task);
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            String blamed = e.getBlamedExpressionString();
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            // A failed include says only "inclusion failed"; the reason (not found, refused) is in the cause.
            String reason = root == e ? "" : " (" + firstLine(String.valueOf(root.getMessage())) + ")";
            fail(templatePath(e.getTemplateSourceName(), task), line == null ? 0 : line, "template error: "
                    + firstLine(e.getMessageWithoutStackTop()) + (blamed == null ? "" : " " + blamed) + reason, task);
        } catch (IOException e) {
            // Freemarker caches a failed parse and later throws an IOException whose cause is the ParseException.
            Throwable cause = e;
            while (cause != null && !(cause instanceof ParseException)) {
                cause = cause.getCause();
            }
            if (cause instanceof ParseException parse) {
                fail(templatePath(parse.getTemplateName(), task), parse.getLineNumber(),
                        "template syntax error: " + parse.getEditorMessage(), task);
            } else {
                fail(Path.of("templates", task.template()), 0, "cannot read template: " + e.getMessage(), task);
            }
        } finally {
            rendering.remove();
        }
        return Optional.empty();
    }

    /**
     * {@code .now} is the moment a page is rendered: every build would write other bytes, and no page would ever be
     * kept unchanged. Freemarker gives no way to fix its value, so its use is a warning at its line.
     */
    private void warnNow(String template, int line) {
        fail(Problem.Severity.WARNING, templatePath(template, null), line, "${.now} is the moment the page is"
                + " rendered, so two builds of the same site differ and no page is ever reused; show a date of the"
                + " content instead (such as an article's date)", rendering.get());
    }

    /** One template bug usually hits many pages: it is kept once, with the first page by path and a count. */
    private record Failure(Problem.Severity severity, Path template, int line, String message, String page,
                           int pages) {
    }

    private void fail(Path template, int line, String message, RenderTask task) {
        fail(Problem.Severity.ERROR, template, line, message, task);
    }

    private void fail(Problem.Severity severity, Path template, int line, String message, RenderTask task) {
        String page = task == null ? "a page" : task.source() == null ? "page " + task.path()
                : "article " + task.source().toString().replace('\\', '/');
        failures.merge(template + ":" + line + ":" + message,
                new Failure(severity, template, line, message, page, 1),
                (a, b) -> new Failure(a.severity(), a.template(), a.line(), a.message(),
                        a.page().compareTo(b.page()) <= 0 ? a.page() : b.page(), a.pages() + b.pages()));
    }

    /**
     * Every template problem of the build so far, one per distinct error or warning, naming the first page: errors
     * (the page was not rendered) and warnings ({@code <#attempt>} recovered, {@code .now}).
     */
    public List<Problem> failures() {
        List<Problem> problems = new ArrayList<>();
        for (Failure failure : failures.values()) {
            String others = failure.pages() > 1 ? " and " + (failure.pages() - 1) + " more" : "";
            problems.add(new Problem(failure.template(), failure.line(), failure.severity(),
                    failure.message() + " (while rendering " + failure.page() + others + ")"));
        }
        problems.sort(Problem.ORDER);
        return problems;
    }

    /** The template's file, relative to the project when it lies inside it. */
    private Path templatePath(String name, RenderTask task) {
        Path file = theme.describe(name != null ? name : task != null ? task.template() : "?");
        return displayBase != null && file.isAbsolute() && file.startsWith(displayBase)
                ? displayBase.relativize(file) : file;
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end);
    }
}
