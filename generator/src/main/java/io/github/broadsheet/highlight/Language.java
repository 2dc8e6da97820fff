package io.github.broadsheet.highlight;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CPlusPlusTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CSSTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.CTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.GoTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.HTMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JavaTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.JsonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.KotlinTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.PythonTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.RustTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.SQLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.TypeScriptTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.XMLTokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.YamlTokenMaker;

/**
 * A language the highlighter knows, found by the name or alias a fenced code block gives ({@code ```js}). Each
 * holds a way to make a new RSyntaxTextArea token maker: token makers keep the state of the line they lex, so one
 * is made per code block and never shared between threads. Diff has no token maker ({@link DiffClassifier}).
 *
 * @param name         the canonical name, e.g. {@code javascript}
 * @param tokenMaker   a new token maker per call, or {@code null} for diff
 */
record Language(String name, Supplier<TokenMaker> tokenMaker) {

    private static final Map<String, Language> BY_ALIAS = aliases();

    private static Map<String, Language> aliases() {
        Map<String, Language> map = new HashMap<>();
        add(map, new Language("java", JavaTokenMaker::new), "java");
        add(map, new Language("kotlin", KotlinTokenMaker::new), "kotlin", "kt", "kts");
        add(map, new Language("go", GoTokenMaker::new), "go", "golang");
        add(map, new Language("rust", RustTokenMaker::new), "rust", "rs");
        add(map, new Language("python", PythonTokenMaker::new), "python", "py", "python3", "py3");
        add(map, new Language("javascript", JavaScriptTokenMaker::new), "javascript", "js", "jsx", "mjs", "cjs",
                "node");
        add(map, new Language("typescript", TypeScriptTokenMaker::new), "typescript", "ts", "tsx", "mts", "cts");
        add(map, new Language("shell", UnixShellTokenMaker::new), "shell", "sh", "bash", "zsh", "ksh", "console",
                "shell-session", "shellsession");
        add(map, new Language("sql", SQLTokenMaker::new), "sql");
        add(map, new Language("yaml", YamlTokenMaker::new), "yaml", "yml");
        add(map, new Language("json", JsonTokenMaker::new), "json", "jsonc", "json5", "geojson");
        add(map, new Language("html", HTMLTokenMaker::new), "html", "htm", "xhtml");
        add(map, new Language("xml", XMLTokenMaker::new), "xml", "svg", "xsd", "xsl", "xslt", "pom", "rss", "atom");
        add(map, new Language("css", CSSTokenMaker::new), "css");
        add(map, new Language("c", CTokenMaker::new), "c", "h");
        add(map, new Language("cpp", CPlusPlusTokenMaker::new), "cpp", "c++", "cc", "cxx", "hpp", "hh", "hxx", "h++");
        add(map, new Language("diff", null), "diff", "patch", "udiff");
        return Map.copyOf(map);
    }

    private static void add(Map<String, Language> map, Language language, String... aliases) {
        for (String alias : aliases) {
            map.put(alias, language);
        }
    }

    /** The language for a fenced code block's language word, case-insensitively; empty when unknown. */
    static Optional<Language> forName(String name) {
        return Optional.ofNullable(BY_ALIAS.get(name.toLowerCase(Locale.ROOT)));
    }

    boolean isDiff() {
        return tokenMaker == null;
    }
}
