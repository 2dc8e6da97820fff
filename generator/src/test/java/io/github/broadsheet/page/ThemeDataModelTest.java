package io.github.broadsheet.page;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.core.TemplateHTMLOutputModel;
import io.github.broadsheet.TestSite;
import io.github.broadsheet.theme.ThemeView;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps "The data model" of {@code themes/README.md} true. The README's tables are parsed; then
 * <ul>
 *   <li>by reflection, every record a template can reach (from the documented variables, through record
 *       components) has a table, with exactly its components as fields, its public methods as functions and the
 *       documented types;</li>
 *   <li>a test theme whose templates are generated from the tables (every documented variable and field) builds a
 *       site with every kind of page; each page prints its kind, the names in its data model and a marker for
 *       every documented field it could read. So a documented name that a page lacks, a variable a page has but
 *       the README does not name, and a documented field that templates cannot read all fail here.</li>
 * </ul>
 */
public class ThemeDataModelTest {

    /** {@code themes/README.md}, from the generator module (Maven) or the repository's root (an IDE). */
    private static final Path README = Stream.of(System.getProperty("basedir", "."), ".", "..")
            .map(base -> Path.of(base).resolve("../themes/README.md").normalize())
            .filter(Files::isRegularFile).findFirst()
            .orElse(Path.of("themes/README.md").toAbsolutePath());
    private static final String EVERY_PAGE = "every page";

    /** A documented variable: its type cell, the page kinds it is on, and whether it may be missing there. */
    record Variable(String name, String type, Set<String> kinds, boolean optional) {
    }

    /** A documented field (or function, {@code url(path)}) of a type. */
    record Field(String name, String type, String meaning, String example) {
        boolean function() {
            return name.contains("(");
        }

        String functionName() {
            return name.substring(0, name.indexOf('('));
        }
    }

    private static Map<String, Variable> variables;
    private static Map<String, List<Field>> types;

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheReadme() throws IOException {
        assertThat(README).as("themes/README.md").isRegularFile();
        String text = Files.readString(README);
        int model = text.indexOf("\n## The data model");
        assertThat(model).as("a '## The data model' section").isPositive();
        int end = text.indexOf("\n## ", model + 1);
        String section = text.substring(model, end < 0 ? text.length() : end);
        variables = new LinkedHashMap<>();
        types = new LinkedHashMap<>();
        String[] parts = section.split("\n### ");
        for (int i = 1; i < parts.length; i++) {
            String heading = parts[i].substring(0, parts[i].indexOf('\n')).strip();
            List<List<String>> rows = rows(parts[i]);
            if (heading.equals("Variables")) {
                for (List<String> row : rows) {
                    String name = code(row.get(0));
                    Set<String> kinds = row.get(2).contains(EVERY_PAGE) ? Set.of(EVERY_PAGE) : codes(row.get(2));
                    variables.put(name, new Variable(name, row.get(1), kinds, row.get(2).contains("when there is")));
                }
            } else {
                types.put(code(heading), rows.stream()
                        .map(row -> new Field(code(row.get(0)), row.get(1), row.get(2), row.get(3))).toList());
            }
        }
        assertThat(variables).as("documented variables").isNotEmpty();
        assertThat(types).as("documented types").isNotEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reflection: the README names exactly what the records have

    @Test
    void everyRecordATemplateCanReachIsDocumentedFieldByField() {
        Map<String, Class<?>> records = reachableRecords();
        Set<String> functionOnly = new TreeSet<>();
        types.forEach((name, fields) -> {
            if (fields.stream().allMatch(Field::function)) {
                functionOnly.add(name);
            }
        });
        assertThat(records.keySet()).as("records templates can reach that have a table in themes/README.md")
                .containsExactlyInAnyOrderElementsOf(types.keySet().stream()
                        .filter(name -> !functionOnly.contains(name) || records.containsKey(name)).toList());
        records.forEach((name, type) -> {
            List<Field> documented = types.get(name);
            assertThat(documented.stream().filter(f -> !f.function()).map(Field::name).toList())
                    .as("fields of %s in themes/README.md = components of %s", name, type.getName())
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(type.getRecordComponents())
                            .map(RecordComponent::getName).toList());
            assertThat(documented.stream().filter(Field::function).map(Field::functionName).toList())
                    .as("functions of %s in themes/README.md = public methods of %s", name, type.getName())
                    .containsExactlyInAnyOrderElementsOf(functions(type));
            for (RecordComponent component : type.getRecordComponents()) {
                Field field = documented.stream().filter(f -> f.name().equals(component.getName())).findFirst()
                        .orElseThrow();
                assertThat(field.type().replaceFirst(" or null$", ""))
                        .as("type of %s.%s in themes/README.md", name, field.name())
                        .isEqualTo(typeText(component.getGenericType()));
            }
        });
    }

    @Test
    void everyVariableHasATypeThatIsDocumented() {
        variables.values().forEach(variable -> {
            for (String type : codes(variable.type())) {
                assertThat(types).as("type %s of variable %s has a table", type, variable.name()).containsKey(type);
            }
            assertThat(variable.kinds()).as("pages of %s", variable.name()).isNotEmpty();
        });
        assertThat(kinds()).as("page kinds named in PageView.kind").contains("home", "article", "tag", "tags",
                "archive", "search", "404", "redirect");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rendering: every page kind, through templates generated from the README

    @Test
    void everyDocumentedNameReachesTheTemplatesOfItsPagesAndNothingElseDoes() throws Exception {
        TestSite site = richSite(new TestSite(dir));
        String template = template();
        for (String name : List.of("index", "article", "page", "tag", "tags", "section", "sections", "author",
                "authors", "series", "series-index", "archive", "search", "404", "redirect")) {
            site.file("themes/model/templates/" + name + ".ftlh", template);
        }
        site.file("themes/model/theme.yaml", "description: Prints the data model.\nparams:\n  answer: 42\n")
                .configure(b -> b.themesDirectory(Path.of("themes")).theme("model").pageSize(1))
                .build();

        Map<String, List<Page>> pagesByKind = new TreeMap<>();
        for (Path file : htmlFiles(site.output())) {
            Page page = Page.parse(site.output().relativize(file).toString(), Files.readString(file));
            pagesByKind.computeIfAbsent(page.kind(), k -> new ArrayList<>()).add(page);
        }
        assertThat(pagesByKind.keySet()).as("kinds of pages built (README: PageView.kind)")
                .containsExactlyInAnyOrderElementsOf(kinds());

        Set<String> seenFields = new TreeSet<>();
        pagesByKind.forEach((kind, pages) -> {
            Set<String> documented = variables.values().stream()
                    .filter(v -> v.kinds().contains(EVERY_PAGE) || v.kinds().contains(kind))
                    .map(Variable::name).collect(Collectors.toCollection(TreeSet::new));
            for (Page page : pages) {
                assertThat(page.keys()).as("variables of %s (%s) that themes/README.md does not list for `%s`",
                        page.path(), kind, kind).isSubsetOf(documented);
                seenFields.addAll(page.markers());
            }
            for (String name : documented) {
                long having = pages.stream().filter(p -> p.keys().contains(name)).count();
                if (variables.get(name).optional()) {
                    assertThat(having).as("pages of kind %s with `%s`", kind, name).isPositive();
                } else {
                    assertThat(having).as("pages of kind %s with `%s` (documented for every %s page)", kind, name,
                            kind).isEqualTo(pages.size());
                }
            }
        });

        Set<String> documentedFields = new TreeSet<>();
        types.forEach((type, fields) -> fields.stream().filter(f -> !f.function())
                .forEach(f -> documentedFields.add(type + "." + f.name())));
        assertThat(seenFields).as("documented fields templates read with a value somewhere in the test site")
                .containsAll(documentedFields);

        Page home = pagesByKind.get("home").get(0);
        examples().forEach((expression, expected) -> assertThat(home.examples().get(expression))
                .as("%s, as themes/README.md says", expression)
                .matches(Pattern.quote(expected).replaceAll("[0-9a-f]{8}(?=\\.)", "\\\\E[0-9a-f]{8}\\\\Q")));
    }

    /**
     * A site with every optional part: updated, image, toc, custom params, aliases, related articles, sections,
     * authors with photos and links, a series, corrections, a featured article, pages.
     */
    private static byte[] photo() {
        try {
            return io.github.broadsheet.image.TestImages.jpeg(io.github.broadsheet.image.TestImages.photo(900, 600, 1));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static TestSite richSite(TestSite site) {
        return site
                .article("2026-01-10-tram.md", """
                        title: Tram line 4 opens
                        date: 2026-01-10T09:30:00+01:00
                        updated: 2026-01-12T08:00:00+01:00
                        tags: [transport, trams]
                        section: Transport
                        authors: [jana-novak]
                        series: Line 4
                        kicker: Opening day
                        corrections:
                          - {date: 2026-01-11, text: An earlier version gave the wrong time.}
                        summary: The first tram left at five.
                        image: tram.jpg
                        image_alt: A tram at the stop
                        image_caption: The first tram.
                        image_credit: Jana Novak
                        toc: true
                        location: Central station
                        aliases: [/old-tram/]
                        """, "## What changes\n\nTrams run every ten minutes on line 4.\n\n### Details\n\nMore trams.\n")
                .bytes("static/articles/tram/tram.jpg", photo())
                .article("2026-01-11-night-trams.md", "title: Night trams on line 4\ndate: 2026-01-11\n"
                        + "tags: [transport, trams]\nsection: Transport\nseries: Line 4\nfeatured: true\n"
                        + "authors: [jana-novak, piet]", "Trams on line 4 now run every ten minutes at night.\n")
                .article("2026-01-11-line-4-week.md", "title: Line 4 after a week\ndate: 2026-01-11T18:00:00Z\n"
                        + "series: Line 4\nsection: Transport", "A week of trams on line 4.\n")
                .article("2026-01-12-budget.md", "title: Budget passes\ndate: 2026-01-12\ntags: [city council]\n"
                        + "section: City", "The council voted for the budget.\n")
                .file("content/authors/jana-novak.md", """
                        ---
                        name: Jana Novak
                        role: Transport correspondent
                        photo: jana-novak.svg
                        links: {website: "https://jana.example/", mastodon: "@jana@social.example", email: jana@example.org}
                        ---
                        Jana covers **transport**.
                        """)
                .file("content/authors/jana-novak.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\""
                        + " height=\"120\"><rect width=\"120\" height=\"120\" fill=\"#c96\"/></svg>\n")
                .file("content/authors/piet.md", "---\nname: Piet de Vries\n---\n")
                .file("content/pages/about.md", """
                        ---
                        title: About us
                        date: 2026-01-01
                        updated: 2026-01-05
                        toc: true
                        in_lists: true
                        contact: desk@example.org
                        aliases: [/old-about/]
                        ---
                        ## Who we are

                        A newsroom.
                        """);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The generated template

    /** One template for every page: kind, data-model names, a marker per readable documented field, examples. */
    static String template() {
        StringBuilder t = new StringBuilder();
        t.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>model</title></head><body>\n");
        t.append("<p id=kind>${meta.kind}</p>\n");
        t.append("<p id=keys><#list .data_model?keys?sort as k>${k}<#sep> </#list></p>\n<p id=markers>");
        for (Variable variable : variables.values()) {
            t.append("<#if ").append(variable.name()).append("??>");
            t.append(use(variable.name(), variable.type()));
            t.append("</#if>\n");
        }
        t.append("</p>\n<ul id=examples>\n");
        examples().keySet().forEach(expression -> t.append("<li data-expression=\"")
                .append(expression.replace("\"", "&quot;")).append("\">${").append(expression).append("}</li>\n"));
        t.append("</ul>\n");
        types.forEach((type, fields) -> {
            if (fields.stream().allMatch(Field::function)) {
                return; // `assets`: a macro of that name would hide the variable
            }
            t.append("<#macro ").append(type).append(" v>");
            for (Field field : fields) {
                if (!field.function()) {
                    t.append("<#if (v.").append(field.name()).append(")??>[").append(type).append('.')
                            .append(field.name()).append(']').append(use("v." + field.name(), field.type()))
                            .append("</#if>");
                }
            }
            t.append("</#macro>\n");
        });
        return t.append("</body></html>\n").toString();
    }

    /** Reads a value of a documented type: a record through its macro, each item of a list of records. */
    private static String use(String expression, String type) {
        String bare = type.replaceFirst(" or null$", "");
        Set<String> named = codes(bare);
        if (named.isEmpty() || !types.containsKey(named.iterator().next())
                || types.get(named.iterator().next()).stream().allMatch(Field::function)) {
            return "";
        }
        String record = named.iterator().next();
        if (bare.startsWith("list of ")) {
            String item = "i" + Math.abs(expression.hashCode());
            return "<#list " + expression + " as " + item + "><@" + record + " v=" + item + "/></#list>";
        }
        return "<@" + record + " v=" + expression + "/>";
    }

    /** Function examples: {@code `site.url('/tags/')` gives `/news/tags/`}. */
    private static Map<String, String> examples() {
        Pattern gives = Pattern.compile("`([^`]+)` gives `([^`]+)`");
        Map<String, String> examples = new LinkedHashMap<>();
        types.values().stream().flatMap(List::stream).filter(Field::function).forEach(field -> {
            Matcher m = gives.matcher(field.example());
            assertThat(m.find()).as("example of %s: `expression` gives `result`", field.name()).isTrue();
            examples.put(m.group(1), m.group(2));
        });
        return examples;
    }

    /** What one generated page printed. */
    record Page(String path, String kind, Set<String> keys, Set<String> markers, Map<String, String> examples) {
        static Page parse(String path, String html) {
            var doc = Jsoup.parse(html);
            Set<String> markers = new TreeSet<>();
            Matcher m = Pattern.compile("\\[([A-Za-z]+\\.[A-Za-z]+)]").matcher(doc.select("#markers").text());
            while (m.find()) {
                markers.add(m.group(1));
            }
            Map<String, String> examples = new LinkedHashMap<>();
            doc.select("#examples li").forEach(li -> examples.put(li.attr("data-expression"), li.text()));
            return new Page(path, doc.select("#kind").text(),
                    new TreeSet<>(Arrays.asList(doc.select("#keys").text().split(" "))), markers, examples);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Records reachable from the documented variables' types, by simple name. */
    private static Map<String, Class<?>> reachableRecords() {
        Map<String, Class<?>> found = new TreeMap<>();
        List<Class<?>> queue = new ArrayList<>();
        for (Variable variable : variables.values()) {
            for (String name : codes(variable.type())) {
                Optional<Class<?>> type = viewType(name);
                if (type.isPresent()) {
                    queue.add(type.get());
                } else {
                    assertThat(types.get(name)).as("`%s` is no record of the page or theme package, so its table has "
                            + "only functions", name).isNotNull().allMatch(Field::function);
                }
            }
        }
        while (!queue.isEmpty()) {
            Class<?> type = queue.remove(0);
            // Markup is HTML to templates (the template engine's object wrapper makes it so), not a record.
            if (!type.isRecord() || type == Markup.class || found.put(type.getSimpleName(), type) != null) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                Type generic = component.getGenericType();
                if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> item
                        && List.class.isAssignableFrom(component.getType())) {
                    queue.add(item);
                } else {
                    queue.add(component.getType());
                }
            }
        }
        return found;
    }

    /** A template view by its simple name: the pages' views, and the theme's ({@code ThemeView}). */
    private static Optional<Class<?>> viewType(String name) {
        for (String pkg : List.of(PagePlan.class.getPackageName(), ThemeView.class.getPackageName())) {
            try {
                return Optional.of(Class.forName(pkg + "." + name));
            } catch (ClassNotFoundException e) {
                // Not in this package.
            }
        }
        return Optional.empty();
    }

    /** Public instance methods a template can call, besides the record's accessors and Object's. */
    private static List<String> functions(Class<?> type) {
        Set<String> accessors = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .filter(name -> !accessors.contains(name) && !Set.of("equals", "hashCode", "toString").contains(name))
                .distinct().toList();
    }

    /** How the README writes a Java type. */
    private static String typeText(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return "list of " + typeText(p.getActualTypeArguments()[0]);
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return "hash";
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "string";
        }
        if (c == int.class || c == long.class || c == double.class || Number.class.isAssignableFrom(c)) {
            return "number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "boolean";
        }
        if (TemplateHTMLOutputModel.class.isAssignableFrom(c) || c == Markup.class) {
            return "HTML";
        }
        if (c.isRecord()) {
            return "`" + c.getSimpleName() + "`";
        }
        throw new AssertionError("no README wording for " + type + "; add one to this test");
    }

    /** The page kinds, as PageView's {@code kind} row lists them. */
    private static Set<String> kinds() {
        return types.get("PageView").stream().filter(f -> f.name().equals("kind")).findFirst()
                .map(f -> codes(f.meaning())).orElseThrow();
    }

    private static List<Path> htmlFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The cells of each body row of the first table in a section. */
    private static List<List<String>> rows(String section) {
        List<String> lines = List.of(section.split("\n"));
        int i = 0;
        while (i < lines.size() && !lines.get(i).startsWith("|")) {
            i++;
        }
        List<List<String>> rows = new ArrayList<>();
        for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i).strip();
            rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1)).map(String::strip).toList());
        }
        return rows;
    }

    /** The first {@code `code`} of a cell (or the cell). */
    private static String code(String cell) {
        Matcher m = Pattern.compile("`([^`]+)`").matcher(cell);
        return m.find() ? m.group(1) : cell.strip();
    }

    /** Every {@code `code`} of a cell. */
    private static Set<String> codes(String cell) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = Pattern.compile("`([^`]+)`").matcher(cell);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
