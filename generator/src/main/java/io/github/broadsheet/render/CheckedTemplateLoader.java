package io.github.broadsheet.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads templates through another loader and reports, by template name and line, each use of Freemarker's
 * {@code .now}: the one template value that differs from build to build whatever the input, which Freemarker
 * offers no setting to fix. Every template, included ones too, passes through here once, when it is first parsed.
 */
final class CheckedTemplateLoader implements TemplateLoader {

    /** What is told of each use: the template's name and the line. */
    @FunctionalInterface
    interface NowUse {
        void found(String template, int line);
    }

    /** {@code .now} as a special variable, not a key named "now" ({@code x.now}, {@code x[0].now}). */
    private static final Pattern NOW = Pattern.compile("(?<![\\w.\\])}])\\.now\\b");

    private final TemplateLoader loader;
    private final NowUse nowUse;
    private final Map<Object, String> names = new ConcurrentHashMap<>();

    CheckedTemplateLoader(TemplateLoader loader, NowUse nowUse) {
        this.loader = loader;
        this.nowUse = nowUse;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Object source = loader.findTemplateSource(name);
        if (source != null) {
            names.put(source, name);
        }
        return source;
    }

    @Override
    public long getLastModified(Object source) {
        return loader.getLastModified(source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        String text;
        try (Reader reader = loader.getReader(source, encoding)) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
            text = out.toString();
        }
        Matcher now = NOW.matcher(text);
        while (now.find()) {
            nowUse.found(names.getOrDefault(source, String.valueOf(source)), lineOf(text, now.start()));
        }
        return new StringReader(text);
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        loader.closeTemplateSource(source);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }
}
