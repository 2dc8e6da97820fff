package io.github.broadsheet.importer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One Broadsheet file an import makes: an article ({@code content/articles/}), a page ({@code content/pages/}) or an
 * author ({@code content/authors/}), as front-matter values in the order they are written, a Markdown body, and for
 * articles the bundle files to copy beside it.
 *
 * @param kind        where it goes
 * @param stem        the file name it asks for, without {@code .md} ({@code 2014-12-17-release}); made unique when
 *                    written
 * @param frontMatter keys and values: text, {@code Boolean}, {@code OffsetDateTime}, a list of texts, or a mapping
 *                    of texts
 * @param body        Markdown, without front-matter
 * @param bundle      files copied next to an article's {@code index.md}: name in the bundle to the source file
 * @param statics     files for the project's {@code static/} folder (a page's pictures: pages have no bundles):
 *                    site path to source file
 * @param origin      the source file it came from, for the report
 */
public record ImportedDocument(Kind kind, String stem, Map<String, Object> frontMatter, String body,
                               Map<String, Path> bundle, Map<String, Path> statics, Path origin) {

    /** The three kinds of file, each with its folder under the content directory. */
    public enum Kind {
        ARTICLE("articles"), PAGE("pages"), AUTHOR("authors");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        public String folder() {
            return folder;
        }
    }

    public ImportedDocument {
        frontMatter = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter));
        bundle = java.util.Collections.unmodifiableMap(new TreeMap<>(bundle));
        statics = java.util.Collections.unmodifiableMap(new TreeMap<>(statics));
    }
}
