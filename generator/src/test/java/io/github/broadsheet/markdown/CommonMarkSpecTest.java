package io.github.broadsheet.markdown;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.broadsheet.NuHtmlChecker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 652 examples of the CommonMark Spec 0.31.2 ({@code src/test/resources/commonmark/spec.json}, CC-BY-SA 4.0,
 * see the README beside it) through Broadsheet's Markdown. Each renders as Flexmark's core does (Flexmark's own
 * parser and renderer with their defaults), once the output of our documented extensions is normalised away:
 * heading ids and anchor links, GFM autolinks, code highlighting spans, and the line an image is written on
 * ({@code data-line}, which the build's image step reads and removes: {@link ImageLines}); tables, strikethrough, task lists,
 * footnotes and the embed directives change no example, so any change they made would show as a difference. The
 * examples whose HTML differs beyond that are listed in {@link #DIFFERENCES} with why, and each listed reason must
 * be what explains the difference. Every example's HTML stands on its own in a page, and is valid HTML for the Nu
 * Html Checker except the examples in {@link #INVALID}, where the author's own raw HTML or URL is not valid HTML.
 */
class CommonMarkSpecTest {

    /** Why an example's HTML legitimately differs from Flexmark core's. */
    enum Difference {
        /** Raw HTML that leaves elements open or end tags over is balanced ({@link HtmlBalancer}). */
        BALANCED,
        /**
         * URLs of links and images are percent-encoded where the character is not allowed in a URL, as the spec's
         * own HTML has them, so the {@code href} is valid ({@code HtmlRenderer.PERCENT_ENCODE_URLS}).
         */
        PERCENT_ENCODED,
        /**
         * Spaces at the start of a line inside a paragraph are kept, where Flexmark's default writer drops them:
         * MarkdownRenderer passes text through (a measured speed-up); HTML shows both the same.
         */
        LINE_START_SPACES
    }

    private static final Map<Integer, Set<Difference>> DIFFERENCES = differences();

    private static Map<Integer, Set<Difference>> differences() {
        Map<Integer, Set<Difference>> differences = new TreeMap<>();
        for (int example : new int[] {21, 31, 148, 150, 151, 155, 156, 157, 158, 165, 173, 174, 175, 180, 181,
                182, 184, 187, 191, 195, 344, 476, 477, 491, 494, 524, 536, 613, 614, 615, 616, 617, 623, 627,
                628, 629, 630, 631, 642, 643}) {
            differences.computeIfAbsent(example, e -> EnumSet.noneOf(Difference.class)).add(Difference.BALANCED);
        }
        for (int example : new int[] {20, 32, 33, 202, 206, 346, 493, 494, 502, 503, 504, 507, 526, 538, 603}) {
            differences.computeIfAbsent(example, e -> EnumSet.noneOf(Difference.class))
                    .add(Difference.PERCENT_ENCODED);
        }
        for (int example : new int[] {552, 637}) {
            differences.computeIfAbsent(example, e -> EnumSet.noneOf(Difference.class))
                    .add(Difference.LINE_START_SPACES);
        }
        return differences;
    }

    /**
     * Examples whose HTML is not valid for the Nu Html Checker (vnu 26.9.27), with why. None of them is about
     * nesting: each is the example's own content, which Broadsheet keeps as the author wrote it.
     */
    private static final Map<Integer, String> INVALID = Map.ofEntries(
            entry(72, "its headings skip levels (h1, then h5), which vnu reports"),
            entry(79, "its (empty) headings skip a level (h1, then h3)"),
            entry(148, "Markdown inside the author's <pre> makes a <p> in it, which <pre> may not hold"),
            entry(150, "the author's <foo> is not an HTML element"),
            entry(163, "the author's <Warning> is not an HTML element"),
            entry(169, "the author's <pre language=...> has no such attribute"),
            entry(173, "the author's <style> holds 'foo', which is not CSS"),
            entry(191, "the author's table row has its cell as an indented code block, so the row has no cell"),
            entry(195, "Flexmark, unlike the spec, does not read this link definition, so <my url> is raw HTML:"
                    + " <my> is not an HTML element"),
            entry(344, "the author's <a href=\"`\"> is not a valid URL"),
            entry(491, "<foo\nbar> is read as raw HTML: <foo> is not an HTML element"),
            entry(524, "the author's <bar> is not an HTML element"),
            entry(536, "the author's <bar> is not an HTML element"),
            entry(600, "the autolink <https://../> names no valid host"),
            entry(613, "the author's <bab> and <c2c> are not HTML elements"),
            entry(614, "the author's <b2> is not an HTML element"),
            entry(615, "the author's <b2> is not an HTML element"),
            entry(616, "the author's <a> has attributes HTML does not define (foo, bam, _boolean, zoop:33)"),
            entry(631, "the author's <a href=\"\\*\"> is not a valid URL"),
            entry(642, "the author's href holds a line break, not allowed in a URL"),
            entry(643, "the author's href holds a backslash, not allowed in a URL"));

    private static final Pattern HEADING_ID = Pattern.compile("<(h[1-6]) id=\"[^\"]*\">");
    private static final Pattern WRAPPING_ANCHOR =
            Pattern.compile("<a href=\"#[^\"]*\" class=\"heading-anchor\">(.*?)</a>(</h[1-6]>)", Pattern.DOTALL);
    private static final Pattern ANCHOR_BESIDE =
            Pattern.compile("<a href=\"#[^\"]*\" class=\"heading-anchor\" aria-labelledby=\"[^\"]*\"></a>");
    private static final Pattern HIGHLIGHT_SPAN =
            Pattern.compile("<span class=\"tok-[a-z]+\">((?:(?!</span>).)*)</span>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]*)\">([^<]*)</a>");

    // Without typography: curly quotes and dashes are a choice of ours the spec does not make (they have their own
    // tests), and would differ from core in every example with a quote or "--".
    private final MarkdownRenderer ours = new MarkdownRenderer(false, null, Typography.NONE);

    @TempDir
    Path dir;

    /** One example of the spec. */
    record Example(int number, String section, String markdown, String html) {
    }

    static List<Example> examples() {
        try (InputStream in = CommonMarkSpecTest.class.getResourceAsStream("/commonmark/spec.json")) {
            List<Example> examples = new ArrayList<>();
            for (JsonNode example : new ObjectMapper().readTree(in)) {
                examples.add(new Example(example.get("example").asInt(), example.get("section").asText(),
                        example.get("markdown").asText(), example.get("html").asText()));
            }
            return examples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSpecHasItsExamples() {
        List<Example> examples = examples();
        assertThat(examples).hasSize(652);
        assertThat(examples.get(0).markdown()).isEqualTo("\tfoo\tbaz\t\tbim\n");
        assertThat(examples.get(651).section()).isEqualTo("Textual content");
    }

    @Test
    void everyExampleRendersAsFlexmarkCoreDoesApartFromTheExtensionsAndTheListedDifferences() {
        Map<Integer, String> unexplained = new TreeMap<>();
        Set<Integer> autolinked = new TreeSet<>();
        Set<Integer> headings = new TreeSet<>();
        for (Example example : examples()) {
            String html = ImageLines.remove(ours.render(example.markdown()).html());
            String withoutHeadingAnchors = withoutHeadingAnchors(html);
            if (!withoutHeadingAnchors.equals(html)) {
                headings.add(example.number());
            }
            String normalised = withoutAutolinks(withoutHighlighting(withoutHeadingAnchors));
            Set<Difference> listed = DIFFERENCES.getOrDefault(example.number(), Set.of());
            if (!withoutHighlighting(withoutHeadingAnchors).equals(flexmarkCore(example.markdown(), listed))) {
                autolinked.add(example.number());
            }
            if (!sameAsCore(normalised, example.markdown(), listed)) {
                unexplained.put(example.number(), "listed " + listed + "\n  core: " + core(example.markdown(), listed)
                        + "  ours: " + normalised);
            }
            // Each listed reason is needed: without it, the example would not render the same.
            for (Difference reason : listed) {
                Set<Difference> without = EnumSet.noneOf(Difference.class);
                without.addAll(listed);
                without.remove(reason);
                if (sameAsCore(normalised, example.markdown(), without)) {
                    unexplained.put(example.number(), reason + " is listed but makes no difference");
                }
            }
        }
        assertThat(unexplained).as("examples that differ from Flexmark core otherwise than listed").isEmpty();
        // What the normalised extensions changed: GFM autolinks five examples, heading ids and anchors the 40 with
        // headings; code highlighting none (no example's fence names a language the highlighter knows).
        autolinked.removeAll(DIFFERENCES.keySet());
        autolinked.removeAll(headings);
        assertThat(autolinked).containsExactly(602, 606, 608, 611, 612);
        assertThat(headings).hasSize(40);
    }

    /**
     * Placed in a page, the HTML of every example leaves the page's own markup after it where it was (here a
     * {@code <nav>} after the article body): Flexmark core's does not for dozens of them.
     */
    @Test
    void everyExampleStandsOnItsOwnInAPage() {
        int brokenByCore = 0;
        for (Example example : examples()) {
            String html = ImageLines.remove(ours.render(example.markdown()).html());
            assertThat(HtmlNesting.faults(html)).as("example %d: %s", example.number(), html).isEmpty();
            HtmlNestingTest.assertStandsOnItsOwn(html);
            // Markdown without raw HTML (no '<') renders balanced: HtmlBalancer need not even scan it.
            if (example.markdown().indexOf('<') < 0) {
                String unbalanced = ours.html(example.markdown(), true);
                assertThat(HtmlNesting.faults(unbalanced)).as("example %d: %s", example.number(), unbalanced)
                        .isEmpty();
            }
            if (!HtmlNesting.faults(core(example.markdown(), Set.of())).isEmpty()) {
                brokenByCore++;
            }
        }
        assertThat(brokenByCore).isEqualTo(40);
    }

    @Test
    void everyExampleIsValidHtmlButForTheAuthorsOwnInvalidHtml() throws Exception {
        for (Example example : examples()) {
            Files.writeString(dir.resolve(example.number() + ".html"), page(example.number(),
                    ours.render(example.markdown()).html()));
        }
        String report = NuHtmlChecker.errors(dir);
        Map<Integer, List<String>> invalid = new TreeMap<>();
        Matcher error = Pattern.compile("(?m)^\"(\\d+)\\.html\":\\S+: error: (.*)$").matcher(report);
        while (error.find()) {
            invalid.computeIfAbsent(Integer.parseInt(error.group(1)), n -> new ArrayList<>()).add(error.group(2));
        }
        assertThat(invalid.keySet()).as("examples with vnu errors:%n%s", report).isEqualTo(INVALID.keySet());
    }

    /** The example in a page as the default theme writes an article: the body, then the theme's own links. */
    private static String page(int number, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Example " + number
                + "</title>\n</head>\n<body>\n<main>\n<article>\n<div class=\"article-body\">\n" + body + "\n</div>\n"
                + "<nav aria-label=\"More articles\"><a rel=\"prev\" href=\"/older/\">Previous article</a></nav>\n"
                + "</article>\n</main>\n</body>\n</html>\n";
    }

    private static boolean sameAsCore(String ours, String markdown, Set<Difference> differences) {
        String core = core(markdown, differences);
        return differences.contains(Difference.LINE_START_SPACES)
                ? ours.replaceAll("\n +", "\n").equals(core) : ours.equals(core);
    }

    /** Flexmark core's HTML, with the listed differences applied, and GFM autolinks normalised as ours are. */
    private static String core(String markdown, Set<Difference> differences) {
        return withoutAutolinks(flexmarkCore(markdown, differences));
    }

    private static String flexmarkCore(String markdown, Set<Difference> differences) {
        MutableDataSet options = new MutableDataSet();
        if (differences.contains(Difference.PERCENT_ENCODED)) {
            options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        }
        String html = HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
        if (differences.contains(Difference.BALANCED)) {
            html = HtmlBalancer.rebalanced(html, HtmlNesting.faults(html));
        }
        if (differences.contains(Difference.LINE_START_SPACES)) {
            html = html.replaceAll("\n +", "\n");
        }
        return html;
    }

    private static String withoutHeadingAnchors(String html) {
        String result = HEADING_ID.matcher(html).replaceAll("<$1>");
        result = WRAPPING_ANCHOR.matcher(result).replaceAll("$1$2");
        return ANCHOR_BESIDE.matcher(result).replaceAll("");
    }

    private static String withoutHighlighting(String html) {
        return HIGHLIGHT_SPAN.matcher(html).replaceAll("$1");
    }

    /**
     * Links whose text is their URL (as GFM autolinks write them: {@code www.} gets {@code http://}, an e-mail
     * address {@code mailto:}) become their text, on both sides: CommonMark's own {@code <https://...>} autolinks
     * are written the same by both.
     */
    private static String withoutAutolinks(String html) {
        Matcher link = LINK.matcher(html);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String href = link.group(1);
            String text = link.group(2);
            boolean autolink = href.equals(text) || href.equals("mailto:" + text) || href.equals("http://" + text);
            link.appendReplacement(out, Matcher.quoteReplacement(autolink ? text : link.group()));
        }
        return link.appendTail(out).toString();
    }
}
