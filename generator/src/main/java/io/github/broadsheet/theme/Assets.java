package io.github.broadsheet.theme;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import io.github.broadsheet.digest.Sha256;
import io.github.broadsheet.problem.BuildFailedException;
import io.github.broadsheet.site.SiteUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The theme's static files and their content-hashed names. A template links a static file through
 * {@code ${assets.url('/css/style.css')}}, which gives {@code /base/css/style.3f9a2c1b.css}: the name changes
 * whenever the content does, so hosts may cache such files forever. Every static file is also published under its
 * own name (for CSS {@code url()}s, favicons, images linked from articles); only files that a template asked for
 * get a hashed copy. Thread-safe: pages render in parallel.
 */
public final class Assets {

    /** Hex digits of the SHA-256 of the content in a hashed name. */
    static final int HASH_LENGTH = 8;

    private final Map<String, Path> files;
    private final SiteUrls urls;
    private final List<String> layerNames;
    private final Map<String, String> hashed = new ConcurrentHashMap<>();
    /** Where {@link #url} notes the files it is asked for while the current thread renders one page. */
    private final ThreadLocal<Set<String>> recording = new ThreadLocal<>();

    /**
     * @param files      every static file by its path in the site (no leading slash), see {@link Theme#staticFiles()}
     * @param urls       the site's URLs, which links to static files go under
     * @param layerNames the layers searched, for messages ("the project", "theme magazine", ...)
     */
    public Assets(Map<String, Path> files, SiteUrls urls, List<String> layerNames) {
        this.files = Map.copyOf(files);
        this.urls = urls;
        this.layerNames = List.copyOf(layerNames);
    }

    /** The static files of a theme (project {@code static/} first). */
    public static Assets of(Theme theme, SiteUrls urls) throws BuildFailedException {
        List<String> names = new ArrayList<>(theme.layers().stream().map(Theme.Layer::name).toList());
        names.set(0, "the project"); // the first layer is the project's templates and static folders
        return new Assets(theme.staticFiles(), urls, names);
    }

    /**
     * The root-relative link to the hashed copy of a static file.
     *
     * @param path the file's path in the site, with or without a leading {@code /}: {@code /css/style.css}
     * @throws IllegalArgumentException when no layer has such a static file
     */
    public String url(String path) {
        String key = path.startsWith("/") ? path.substring(1) : path;
        Path source = files.get(key);
        if (source == null) {
            throw new IllegalArgumentException("assets.url('" + path + "'): no static file " + key
                    + " in the static/ folder of " + String.join(", ", layerNames));
        }
        Set<String> requests = recording.get();
        if (requests != null) {
            requests.add(key);
        }
        return urls.path(hashed.computeIfAbsent(key, k -> hashedName(k, read(source))));
    }

    /**
     * Runs {@code work} (the rendering of one page, on this thread) and adds the static files it linked through
     * {@link #url} to {@code requests}: a page kept from the last build asks for them again with {@link #url}.
     */
    public <T> T recording(Set<String> requests, Supplier<T> work) {
        recording.set(requests);
        try {
            return work.get();
        } finally {
            recording.remove();
        }
    }

    /**
     * What to copy into the site, sorted: every static file under its own path, and every file a template linked
     * through {@link #url} also under its hashed path. Call after rendering.
     */
    public Map<String, Path> outputFiles() {
        Map<String, Path> out = new TreeMap<>(files);
        hashed.forEach((path, name) -> out.put(name, files.get(path)));
        return out;
    }

    /** {@code css/style.css} with content hash {@code 3f9a2c1b...} is {@code css/style.3f9a2c1b.css}. */
    static String hashedName(String path, byte[] content) {
        String hash = Sha256.hex(content, HASH_LENGTH);
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot <= slash + 1) {
            return path + "." + hash;
        }
        return path.substring(0, dot) + "." + hash + path.substring(dot);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read static file " + file, e);
        }
    }

    /** The {@code assets} variable of templates: a hash with one function, {@code url}, and nothing else. */
    public TemplateHashModel templateModel() {
        TemplateMethodModelEx url = arguments -> {
            if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel scalar)) {
                throw new TemplateModelException("assets.url needs one argument, the path of a static file: "
                        + "assets.url('/css/style.css')");
            }
            try {
                return new SimpleScalar(url(scalar.getAsString()));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                throw new TemplateModelException(e.getMessage());
            }
        };
        return new TemplateHashModel() {
            @Override
            public TemplateModel get(String key) {
                return "url".equals(key) ? url : null;
            }

            @Override
            public boolean isEmpty() {
                return false;
            }
        };
    }
}
