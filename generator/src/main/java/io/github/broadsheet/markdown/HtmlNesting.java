package io.github.broadsheet.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a body's HTML stands on its own inside the page: read as the HTML parser reads it, every element it
 * opens is closed in it (by its end tag, or by a tag that ends it without a parse error, as {@code <li>} ends
 * the one before), no end tag is left over, and nothing is moved, dropped or rebuilt elsewhere (a link inside a
 * link, {@code <b><i></b></i>}, text or a {@code <div>} directly inside a {@code <table>}, an unclosed comment or
 * {@code <script>}, a tag cut off at the end). Such HTML comes out of the parser the same whatever the template
 * puts around it, so it is written as it is; anything else is a {@link Fault}, for {@link HtmlBalancer} to repair.
 *
 * <p>A tokenizer and a small model of the HTML standard's tree construction in the "in body" and table modes
 * (the stack of open elements, implied end tags, scopes), about a tenth of a jsoup parse, with no DOM. It is
 * conservative: what it does not model (the adoption agency, foster parenting, foreign content that breaks out
 * of SVG) counts as a fault, so a body it passes needs no repair; a fault it reports may, rarely, be one the
 * parser would have accepted, which costs only a rewrite by jsoup.
 */
final class HtmlNesting {

    /**
     * Something the HTML parser would repair.
     *
     * @param offset      where in the HTML the cause starts (the tag left open, the end tag left over)
     * @param what        what is wrong and what the repair does, for a warning
     * @param end         with {@code replacement}: the end of the HTML to replace, from {@code offset}
     * @param replacement what browsers make of the HTML from {@code offset} to {@code end}, where jsoup would
     *                    make something else ({@code <![CDATA[}) or lose the author's text (a tag cut off at the
     *                    end); {@code null} when jsoup's repair is the browsers'
     */
    record Fault(int offset, String what, int end, String replacement) {

        Fault(int offset, String what) {
            this(offset, what, offset, null);
        }
    }

    private static final Set<String> VOID = Set.of("area", "base", "basefont", "bgsound", "br", "col", "embed",
            "frame", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr");
    /** Elements whose content is text up to their end tag. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "xmp", "iframe", "noembed", "noframes",
            "noscript", "textarea", "title");
    private static final Set<String> FORMATTING = Set.of("a", "b", "big", "code", "em", "font", "i", "nobr", "s",
            "small", "strike", "strong", "tt", "u");
    /** Elements the parser closes when something ends around them ("generate implied end tags"). */
    private static final Set<String> IMPLIED_END = Set.of("dd", "dt", "li", "optgroup", "option", "p", "rb", "rp",
            "rt", "rtc");
    /** Start tags that end an open paragraph. */
    private static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "center",
            "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
            "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3", "h4", "h5",
            "h6", "pre", "listing", "form", "table", "hr", "xmp", "li", "dd", "dt");
    /** End tags that first close the elements with {@link #IMPLIED_END implied end tags} inside them. */
    private static final Set<String> BLOCK_END = Set.of("address", "article", "aside", "blockquote", "button",
            "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header",
            "hgroup", "listing", "main", "menu", "nav", "ol", "pre", "search", "section", "summary", "ul", "form",
            "applet", "marquee", "object", "p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6");
    /** The parser's "special" elements, which stop the search for a list item to close. */
    private static final Set<String> SPECIAL = Set.of("address", "applet", "area", "article", "aside", "base",
            "basefont", "bgsound", "blockquote", "body", "br", "button", "caption", "center", "col", "colgroup", "dd",
            "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form",
            "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html",
            "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav",
            "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search",
            "section", "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea",
            "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");
    /** Where a search for an open element in "scope" stops. */
    private static final Set<String> SCOPE = Set.of("applet", "caption", "html", "table", "td", "th", "marquee",
            "object", "template", "svg", "math");
    private static final Set<String> TABLE_PARTS = Set.of("caption", "col", "colgroup", "tbody", "td", "tfoot", "th",
            "thead", "tr");
    private static final Set<String> SECTIONS = Set.of("tbody", "thead", "tfoot");
    /** Start tags that leave SVG and MathML for HTML, which the parser then rebuilds. */
    private static final Set<String> BREAKS_OUT_OF_FOREIGN = Set.of("b", "big", "blockquote", "body", "br", "center",
            "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i",
            "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
            "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font");
    /** Where SVG and MathML hold HTML again. */
    private static final Set<String> INTEGRATION_POINTS = Set.of("foreignobject", "desc", "title", "mi", "mo", "mn",
            "ms", "mtext", "annotation-xml");

    private final String html;
    private final List<Fault> faults = new ArrayList<>();
    // The stack of open elements: lower-case names, where each start tag begins, and whether it is SVG/MathML or
    // implied by the parser (a <tbody> around a <tr>).
    private String[] names = new String[16];
    private int[] starts = new int[16];
    private boolean[] foreign = new boolean[16];
    private boolean[] implied = new boolean[16];
    private int depth;
    /** The start tag that last ended a paragraph, to explain the paragraph's end tag left over after it. */
    private int paragraphCloser = -1;

    private HtmlNesting(String html) {
        this.html = html;
    }

    /** What the parser would repair in {@code html}, in order; empty when it stands on its own. */
    static List<Fault> faults(String html) {
        HtmlNesting check = new HtmlNesting(html);
        check.scan();
        return check.faults;
    }

    private void scan() {
        int at = 0;
        int length = html.length();
        while (at < length) {
            int lt = html.indexOf('<', at);
            if (lt < 0) {
                text(at, length);
                break;
            }
            text(at, lt);
            at = token(lt);
        }
        for (int i = 0; i < depth; i++) {
            if (!implied[i]) {
                fault(starts[i], tag(starts[i]) + " is never closed: closed at the end");
            }
        }
    }

    // ---- Tokenizer ----

    /** Reads the markup at {@code lt}; returns where the text after it starts. */
    private int token(int lt) {
        int length = html.length();
        char next = lt + 1 < length ? html.charAt(lt + 1) : 0;
        if (next == '!') {
            if (html.startsWith("<!--", lt)) {
                return comment(lt);
            }
            if (inForeign() && html.startsWith("<![CDATA[", lt)) {
                int end = html.indexOf("]]>", lt);
                if (end < 0) {
                    fault(lt, "<![CDATA[ is never closed with ]]>: closed at the end");
                    return length;
                }
                return end + 3;
            }
            int end = html.indexOf('>', lt);
            int after = end < 0 ? length : end + 1;
            if (html.regionMatches(true, lt, "<!doctype", 0, 9)) {
                fault(lt, "a <!DOCTYPE> inside an article: dropped");
            } else {
                // Browsers read it as a comment up to the first '>' (jsoup would keep a CDATA section).
                faults.add(new Fault(lt, snippet(lt, end) + " is not HTML: kept as a comment, as browsers read it",
                        after, "<!--" + html.substring(lt + 2, end < 0 ? length : end) + "-->"));
            }
            return after;
        }
        if (next == '?') {
            int end = html.indexOf('>', lt);
            fault(lt, snippet(lt, end) + " is not HTML: kept as a comment, as browsers read it");
            return end < 0 ? length : end + 1;
        }
        if (next == '/') {
            char first = lt + 2 < length ? html.charAt(lt + 2) : 0;
            if (isAsciiLetter(first)) {
                return tag(lt, lt + 2, true);
            }
            int end = html.indexOf('>', lt);
            fault(lt, first == '>' ? "an empty end tag </>: dropped" : snippet(lt, end) + " is not HTML: kept as a comment");
            return end < 0 ? length : end + 1;
        }
        if (isAsciiLetter(next)) {
            return tag(lt, lt + 1, false);
        }
        fault(lt, "a '<' that starts no tag: written as &lt;");
        return lt + 1;
    }

    private int comment(int lt) {
        int from = lt + 4;
        if (html.startsWith(">", from) || html.startsWith("->", from)) {
            fault(lt, "an empty comment written as " + snippet(lt, html.indexOf('>', from)) + ": written as <!---->");
            return html.indexOf('>', from) + 1;
        }
        int end = html.indexOf("-->", from);
        int bang = html.indexOf("--!>", from);
        if (bang >= 0 && (end < 0 || bang < end)) {
            fault(lt, "a comment ended by --!>: written as -->");
            return bang + 4;
        }
        if (end < 0) {
            fault(lt, "a comment <!-- is never closed with -->: closed at the end (all after it was hidden)");
            return html.length();
        }
        return end + 3;
    }

    /**
     * Reads a start or end tag whose name starts at {@code nameStart}, with its attributes, and gives it to the tree
     * model; returns where the text after it starts.
     */
    private int tag(int lt, int nameStart, boolean end) {
        int length = html.length();
        int at = nameStart;
        while (at < length && !endsName(html.charAt(at))) {
            at++;
        }
        String name = html.substring(nameStart, at).toLowerCase(Locale.ROOT);
        boolean selfClosing = false;
        boolean attributes = false;
        List<String> seen = null;
        String firstAttribute = null;
        String type = null;
        while (true) {
            while (at < length && isSpace(html.charAt(at))) {
                at++;
            }
            if (at >= length) {
                faults.add(new Fault(lt, snippet(lt, -1) + " never ends with '>': kept as text", lt + 1, "&lt;"));
                return length;
            }
            char c = html.charAt(at);
            if (c == '>') {
                at++;
                break;
            }
            if (c == '/') {
                at++;
                if (at < length && html.charAt(at) == '>') {
                    selfClosing = true;
                    at++;
                    break;
                }
                continue;
            }
            int attributeStart = at;
            at++; // the first character belongs to the name, even '='
            while (at < length && !endsName(html.charAt(at)) && html.charAt(at) != '=') {
                at++;
            }
            String attribute = html.substring(attributeStart, at).toLowerCase(Locale.ROOT);
            if (firstAttribute == null) {
                firstAttribute = attribute;
            } else {
                if (seen == null) {
                    seen = new ArrayList<>(4);
                    seen.add(firstAttribute);
                }
                if (seen.contains(attribute)) {
                    fault(lt, tag(lt) + " has the attribute " + attribute + " twice: the second is dropped");
                }
                seen.add(attribute);
            }
            attributes = true;
            while (at < length && isSpace(html.charAt(at))) {
                at++;
            }
            if (at < length && html.charAt(at) == '=') {
                at++;
                while (at < length && isSpace(html.charAt(at))) {
                    at++;
                }
                int valueStart = at;
                if (at < length && (html.charAt(at) == '"' || html.charAt(at) == '\'')) {
                    int close = html.indexOf(html.charAt(at), at + 1);
                    if (close < 0) {
                        faults.add(new Fault(lt, snippet(lt, -1) + " never ends (an attribute's quote is not"
                                + " closed): kept as text", lt + 1, "&lt;"));
                        return length;
                    }
                    at = close + 1;
                    if (at < length && !isSpace(html.charAt(at)) && html.charAt(at) != '>' && html.charAt(at) != '/') {
                        fault(lt, tag(lt) + " has attributes without a space between them: a space is added");
                    }
                    if (attribute.equals("type")) {
                        type = html.substring(valueStart + 1, close).toLowerCase(Locale.ROOT);
                    }
                } else {
                    while (at < length && !isSpace(html.charAt(at)) && html.charAt(at) != '>') {
                        at++;
                    }
                    if (attribute.equals("type")) {
                        type = html.substring(valueStart, at).toLowerCase(Locale.ROOT);
                    }
                }
            }
        }
        if (end) {
            if (attributes || selfClosing) {
                fault(lt, snippet(lt, at - 1) + ": an end tag has no attributes; they are dropped");
            }
            endTag(lt, name);
            return at;
        }
        boolean html = startTag(lt, name, selfClosing, "hidden".equals(type));
        if (html && RAW_TEXT.contains(name)) {
            return rawText(name, at);
        }
        return html && name.equals("plaintext") ? length : at;
    }

    /** Skips the text of a {@code <script>}, {@code <style>}, {@code <textarea>} and the like to its end tag. */
    private int rawText(String name, int from) {
        int length = html.length();
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 2)) {
            int after = at + 2 + name.length();
            if (html.regionMatches(true, at + 2, name, 0, name.length())
                    && (after >= length || endsName(html.charAt(after)))) {
                return tag(at, at + 2, true);
            }
        }
        // Unclosed: the parser takes everything after it as its text, the page's own markup too.
        return length;
    }

    private void text(int from, int to) {
        if (from >= to || depth == 0) {
            return;
        }
        String current = names[depth - 1];
        if (isTableContext(current) && !foreign[depth - 1]) {
            for (int i = from; i < to; i++) {
                if (!isSpace(html.charAt(i))) {
                    fault(i, "text directly inside " + shown(depth - 1) + ", outside any cell: moved before the table");
                    return;
                }
            }
        } else if (current.equals("colgroup") && !foreign[depth - 1]) {
            for (int i = from; i < to; i++) {
                if (!isSpace(html.charAt(i))) {
                    pop();
                    text(i, to);
                    return;
                }
            }
        }
    }

    // ---- Tree construction ----

    /** Returns whether the element is an HTML element (not SVG or MathML), whose content may be raw text. */
    private boolean startTag(int lt, String name, boolean selfClosing, boolean hiddenInput) {
        if (inForeign()) {
            if (BREAKS_OUT_OF_FOREIGN.contains(name)) {
                fault(lt, "<" + name + "> inside <" + outermostForeign() + ">: moved out of it");
            } else if (!selfClosing) {
                push(name, lt, true, false);
            }
            return false;
        }
        String current = depth == 0 ? "" : names[depth - 1];
        if (current.equals("colgroup")) {
            if (name.equals("col")) {
                return true;
            }
            pop();
            current = depth == 0 ? "" : names[depth - 1];
        }
        if (isTableContext(current)) {
            return tableStartTag(lt, name, current, hiddenInput);
        }
        if (inSelect()) {
            selectStartTag(lt, name);
            return true;
        }
        if (name.equals("svg") || name.equals("math")) {
            if (!selfClosing) {
                push(name, lt, true, false);
            }
            return false;
        }
        if (selfClosing && !VOID.contains(name)) {
            fault(lt, "<" + name + "/> does not close itself in HTML: written as <" + name + "></" + name + ">");
        }
        if (TABLE_PARTS.contains(name)) {
            int cell = openCell();
            if (cell < 0) {
                fault(lt, "<" + name + "> outside a table: dropped");
                return true;
            }
            closeCell(cell, "<" + name + ">");
            return tableStartTag(lt, name, names[depth - 1], hiddenInput);
        }
        switch (name) {
            case "html", "body", "head", "frameset", "frame" -> {
                fault(lt, "<" + name + "> inside an article: dropped");
                return true;
            }
            case "image" -> {
                fault(lt, "<image> is not HTML: written as <img>");
                return true;
            }
            case "plaintext" -> {
                fault(lt, "<plaintext> turns the rest of the page into text: its text is kept as text");
                return true;
            }
            case "li", "dd", "dt" -> closeListItem(name);
            case "a" -> {
                if (openSinceMarker("a")) {
                    fault(lt, "a link inside a link (<a> in <a>): the outer link is closed before it");
                }
            }
            case "nobr" -> {
                if (inScope("nobr")) {
                    fault(lt, "<nobr> inside <nobr>: the outer one is closed before it");
                }
            }
            case "button" -> {
                if (inScope("button")) {
                    fault(lt, "<button> inside <button>: the outer one is closed before it");
                }
            }
            case "form" -> {
                if (indexOf("form") >= 0) {
                    fault(lt, "<form> inside <form>: dropped");
                    return true;
                }
            }
            case "option" -> {
                if (current.equals("option")) {
                    pop();
                }
            }
            case "optgroup" -> {
                if (current.equals("option")) {
                    pop();
                }
            }
            case "rb", "rtc", "rp", "rt" -> {
                if (inScope("ruby")) {
                    boolean inner = name.equals("rp") || name.equals("rt");
                    while (depth > 0 && IMPLIED_END.contains(names[depth - 1])
                            && !(inner && names[depth - 1].equals("rtc"))) {
                        pop();
                    }
                    String top = depth == 0 ? "" : names[depth - 1];
                    if (!top.equals("ruby") && !(inner && top.equals("rtc"))) {
                        fault(lt, "<" + name + "> inside <" + top + "> in a <ruby>: the parser closes it first");
                    }
                }
            }
            default -> {
            }
        }
        if (CLOSES_P.contains(name)) {
            closeParagraph(lt, name);
        }
        if (isHeading(name) && depth > 0 && isHeading(names[depth - 1])) {
            fault(lt, "<" + name + "> inside <" + names[depth - 1] + ">: the outer heading is closed before it");
            pop();
        }
        if (!VOID.contains(name)) {
            if (name.equals("p")) {
                paragraphCloser = -1;
            }
            push(name, lt, false, false);
        }
        return true;
    }

    /** A start tag where the current element is a table, a table section or a row. */
    private boolean tableStartTag(int lt, String name, String current, boolean hiddenInput) {
        switch (name) {
            case "caption", "colgroup", "col", "tbody", "thead", "tfoot" -> {
                popToTable();
                if (name.equals("col")) {
                    push("colgroup", lt, false, true);
                } else {
                    push(name, lt, false, false);
                }
            }
            case "tr" -> {
                if (current.equals("tr")) {
                    pop();
                } else if (current.equals("table")) {
                    push("tbody", lt, false, true);
                }
                push(name, lt, false, false);
            }
            case "td", "th" -> {
                if (current.equals("tr")) {
                    push(name, lt, false, false);
                } else {
                    fault(lt, "<" + name + "> directly inside " + shown(depth - 1) + ", outside a row <tr>: a row is added");
                    push("tr", lt, false, true);
                    push(name, lt, false, false);
                }
            }
            case "script", "style", "template" -> push(name, lt, false, false);
            default -> {
                // The parser moves it before the table, and what follows goes into it until it is closed.
                fault(lt, (hiddenInput ? "a hidden <input>" : "<" + name + ">") + " directly inside "
                        + shown(depth - 1) + ", outside any cell: moved before the table");
                if (!VOID.contains(name)) {
                    push(name, lt, false, false);
                }
            }
        }
        return true;
    }

    private void selectStartTag(int lt, String name) {
        String current = names[depth - 1];
        switch (name) {
            case "option" -> {
                if (current.equals("option")) {
                    pop();
                }
                push(name, lt, false, false);
            }
            case "optgroup" -> {
                if (current.equals("option")) {
                    pop();
                }
                if (names[depth - 1].equals("optgroup")) {
                    pop();
                }
                push(name, lt, false, false);
            }
            // (An <hr> in a <select> is HTML now, but not to jsoup, nor to older browsers.)
            default -> fault(lt, "<" + name + "> inside <select>: dropped");
        }
    }

    private void endTag(int lt, String name) {
        if (inForeign() || name.equals("svg") || name.equals("math")) {
            // The parser closes SVG and MathML elements by name, ignoring case, without implied end tags.
            closeExactly(lt, name);
            return;
        }
        String current = depth == 0 ? "" : names[depth - 1];
        if (current.equals("colgroup") && !name.equals("colgroup")) {
            pop();
            current = depth == 0 ? "" : names[depth - 1];
        }
        if (isTableContext(current) || current.equals("colgroup")) {
            tableEndTag(lt, name, current);
            return;
        }
        if (inSelect()) {
            switch (name) {
                case "option" -> closeExactly(lt, name);
                case "optgroup", "select" -> {
                    while (!names[depth - 1].equals(name) && !names[depth - 1].equals("select")) {
                        pop();
                    }
                    closeExactly(lt, name);
                }
                default -> fault(lt, "</" + name + "> inside <select>: dropped");
            }
            return;
        }
        if (TABLE_PARTS.contains(name) || name.equals("table")) {
            cellEndTag(lt, name);
            return;
        }
        switch (name) {
            case "br" -> fault(lt, "</br> is not an end tag: written as <br>");
            case "body", "html" -> fault(lt, "</" + name + "> inside an article: dropped");
            default -> {
                if (BLOCK_END.contains(name)) {
                    closeBlock(lt, name);
                } else {
                    closeExactly(lt, name);
                }
            }
        }
    }

    /**
     * An end tag of a table part inside a cell or caption: {@code </td>} closes the cell, {@code </tr>},
     * {@code </tbody>} and {@code </table>} close the cell first; any other is left over.
     */
    private void cellEndTag(int lt, String name) {
        int cell = openCell();
        if (cell < 0) {
            fault(lt, "</" + name + "> closes nothing that is open: dropped");
            return;
        }
        String cellName = names[cell];
        if (name.equals(cellName)) {
            closeCell(cell, "</" + name + ">");
            return;
        }
        boolean closesCell = cellName.equals("caption") ? name.equals("table")
                : name.equals("table") || name.equals("tr") || SECTIONS.contains(name);
        if (!closesCell || name.equals("table") && indexOf("table") < 0) {
            fault(lt, "</" + name + "> closes nothing that is open: dropped");
            return;
        }
        closeCell(cell, "</" + name + ">");
        tableEndTag(lt, name, names[depth - 1]);
    }

    /** An end tag where the current element is a table, section, row or column group. */
    private void tableEndTag(int lt, String name, String current) {
        switch (name) {
            case "table" -> {
                int table = indexOf("table");
                if (table < 0) {
                    fault(lt, "</table> closes nothing that is open: dropped");
                    return;
                }
                while (depth > table) {
                    pop();
                }
            }
            case "tbody", "thead", "tfoot" -> {
                if (current.equals("tr") && depth > 1 && names[depth - 2].equals(name)) {
                    pop();
                    current = name;
                }
                if (current.equals(name)) {
                    pop();
                } else {
                    fault(lt, "</" + name + "> closes nothing that is open: dropped");
                }
            }
            case "tr" -> {
                if (current.equals("tr")) {
                    pop();
                } else {
                    fault(lt, "</tr> closes nothing that is open: dropped");
                }
            }
            case "colgroup" -> {
                if (current.equals("colgroup")) {
                    pop();
                } else {
                    fault(lt, "</colgroup> closes nothing that is open: dropped");
                }
            }
            case "script", "style", "template" -> closeExactly(lt, name);
            default -> fault(lt, "</" + name + "> directly inside " + shown(depth - 1) + ": dropped");
        }
    }

    /**
     * Closes the cell (or caption) at {@code cell} for a table tag inside it, as the parser does; a fault when
     * something inside the cell is still open.
     */
    private void closeCell(int cell, String tag) {
        int top = depth - 1;
        while (top > cell && IMPLIED_END.contains(names[top])) {
            top--;
        }
        if (top != cell) {
            notClosed(top, tag);
        }
        while (depth > cell) {
            pop();
        }
    }

    /**
     * An end tag that first closes elements with implied end tags: {@code </div>} closes a {@code <p>} or
     * {@code <li>} left open inside it, as HTML allows, but not a {@code <span>}.
     */
    private void closeBlock(int lt, String name) {
        boolean heading = isHeading(name);
        int top = depth - 1;
        while (top >= 0 && IMPLIED_END.contains(names[top]) && !names[top].equals(name)) {
            top--;
        }
        if (top >= 0 && (names[top].equals(name) || heading && isHeading(names[top]))) {
            if (!names[top].equals(name)) {
                fault(lt, "</" + name + "> closes <" + names[top] + ">: written as </" + names[top] + ">");
            }
            while (depth > top) {
                pop();
            }
            return;
        }
        int open = indexInScope(name);
        if (open < 0) {
            notOpen(lt, name);
            return;
        }
        notClosed(top, "</" + name + ">");
        while (depth > open) {
            pop();
        }
    }

    /**
     * An end tag that must close the current element. Otherwise the parser closes the elements in between (and
     * rebuilds formatting elements such as {@code <b>} after them), or drops the end tag when an element such as
     * a {@code <p>} or {@code <div>} lies in between.
     */
    private void closeExactly(int lt, String name) {
        if (depth > 0 && names[depth - 1].equalsIgnoreCase(name)) {
            pop();
            return;
        }
        boolean formatting = FORMATTING.contains(name);
        boolean clean = !formatting;
        for (int i = depth - 1; i >= 0; i--) {
            if (names[i].equalsIgnoreCase(name)) {
                if (!clean) {
                    notClosed(depth - 1, "</" + name + ">");
                }
                while (depth > i) {
                    pop();
                }
                return;
            }
            if (formatting ? SCOPE.contains(names[i]) : SPECIAL.contains(names[i]) && !foreign[i]) {
                break;
            }
            // An <rp> or <option> left open is closed by the end tag around it, as HTML allows.
            clean &= IMPLIED_END.contains(names[i]);
        }
        notOpen(lt, name);
    }

    /** An end tag that closes no element: the parser drops it ({@code </p>}: adds an empty paragraph). */
    private void notOpen(int lt, String name) {
        if (name.equals("p") && paragraphCloser >= 0) {
            fault(paragraphCloser, tag(paragraphCloser) + " ends the paragraph it is in, so the paragraph's"
                    + " </p> after it is left over: an empty paragraph is added");
        } else {
            fault(lt, "</" + name + "> closes nothing that is open: dropped");
        }
    }

    /**
     * Before a list item: the list item it ends, and anything left open inside that, as the parser's walk down
     * the stack does.
     */
    private void closeListItem(String name) {
        boolean clean = true;
        for (int i = depth - 1; i >= 0; i--) {
            String open = names[i];
            boolean ends = name.equals("li") ? open.equals("li") : open.equals("dd") || open.equals("dt");
            if (ends) {
                if (!clean) {
                    int top = depth - 1;
                    while (IMPLIED_END.contains(names[top])) {
                        top--;
                    }
                    notClosed(top, "the next <" + name + ">");
                }
                while (depth > i) {
                    pop();
                }
                return;
            }
            if (SPECIAL.contains(open) && !open.equals("address") && !open.equals("div") && !open.equals("p")
                    || foreign[i]) {
                return;
            }
            if (!IMPLIED_END.contains(open)) {
                clean = false;
            }
        }
    }

    /** Ends an open paragraph before {@code name}; a fault when something inside the paragraph is still open. */
    private void closeParagraph(int lt, String name) {
        for (int i = depth - 1; i >= 0; i--) {
            String open = names[i];
            if (open.equals("p")) {
                int top = depth - 1;
                while (top > i && IMPLIED_END.contains(names[top])) {
                    top--;
                }
                if (top != i) {
                    notClosed(top, "<" + name + ">, which ends the paragraph");
                }
                while (depth > i) {
                    pop();
                }
                paragraphCloser = lt;
                return;
            }
            if (SCOPE.contains(open) || open.equals("button") || foreign[i]) {
                return;
            }
        }
    }

    // ---- The stack ----

    private void push(String name, int start, boolean isForeign, boolean isImplied) {
        if (depth == names.length) {
            names = java.util.Arrays.copyOf(names, depth * 2);
            starts = java.util.Arrays.copyOf(starts, depth * 2);
            foreign = java.util.Arrays.copyOf(foreign, depth * 2);
            implied = java.util.Arrays.copyOf(implied, depth * 2);
        }
        names[depth] = name;
        starts[depth] = start;
        foreign[depth] = isForeign;
        implied[depth] = isImplied;
        depth++;
    }

    private void pop() {
        depth--;
    }

    private void popToTable() {
        while (depth > 0 && !names[depth - 1].equals("table")) {
            pop();
        }
    }

    private int indexOf(String name) {
        for (int i = depth - 1; i >= 0; i--) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The open element named so, unless a table, cell or the like lies between it and the current element. */
    private int indexInScope(String name) {
        for (int i = depth - 1; i >= 0; i--) {
            if (names[i].equalsIgnoreCase(name)) {
                return i;
            }
            if (SCOPE.contains(names[i]) || foreign[i] && !INTEGRATION_POINTS.contains(names[i])) {
                return -1;
            }
        }
        return -1;
    }

    private boolean inScope(String name) {
        return indexInScope(name) >= 0;
    }

    /** Whether an element is open above the nearest cell, caption or object (the formatting list's markers). */
    private boolean openSinceMarker(String name) {
        for (int i = depth - 1; i >= 0; i--) {
            String open = names[i];
            if (open.equals(name)) {
                return true;
            }
            if (open.equals("td") || open.equals("th") || open.equals("caption") || open.equals("applet")
                    || open.equals("object") || open.equals("marquee") || open.equals("template")) {
                return false;
            }
        }
        return false;
    }

    /** The innermost open cell or caption of a table, or -1. */
    private int openCell() {
        for (int i = depth - 1; i >= 0; i--) {
            String open = names[i];
            if (open.equals("td") || open.equals("th") || open.equals("caption")) {
                return i;
            }
            if (open.equals("table") || open.equals("template")) {
                return -1;
            }
        }
        return -1;
    }

    private boolean inSelect() {
        for (int i = depth - 1; i >= 0 && !foreign[i]; i--) {
            String open = names[i];
            if (open.equals("select")) {
                return true;
            }
            if (!open.equals("option") && !open.equals("optgroup")) {
                return false;
            }
        }
        return false;
    }

    private boolean inForeign() {
        return depth > 0 && foreign[depth - 1] && !INTEGRATION_POINTS.contains(names[depth - 1]);
    }

    private String outermostForeign() {
        for (int i = 0; i < depth; i++) {
            if (foreign[i]) {
                return names[i];
            }
        }
        return "svg";
    }

    /** Whether an HTML start tag of this name inside SVG or MathML ends them, as browsers read it. */
    static boolean breaksOutOfForeign(String name) {
        return BREAKS_OUT_OF_FOREIGN.contains(name);
    }

    /** Whether an SVG or MathML element of this name holds HTML. */
    static boolean isIntegrationPoint(String name) {
        return INTEGRATION_POINTS.contains(name);
    }

    /** Whether browsers reopen the element after a block that ends around it ({@code <a>}, {@code <b>} ...). */
    static boolean isFormatting(String name) {
        return FORMATTING.contains(name);
    }

    private static boolean isTableContext(String name) {
        return name.equals("table") || SECTIONS.contains(name) || name.equals("tr");
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }

    // ---- Characters and messages ----

    /**
     * The element at {@code index} is still open where {@code end} closes an element around it. The parser closes
     * it there, but a formatting element such as {@code <a>} or {@code <b>} is opened again after it, as browsers
     * do, until it is closed or the body ends.
     */
    private void notClosed(int index, String end) {
        String name = names[index];
        fault(starts[index], tag(starts[index]) + " is not closed before " + end
                + (FORMATTING.contains(name) ? ": as in browsers, it carries on after it, up to </" + name
                + "> or the end" : ": closed there"));
    }

    /** An open element as the author wrote it: a {@code <tbody>} the parser added is shown as its table. */
    private String shown(int index) {
        int i = index;
        while (i > 0 && implied[i]) {
            i--;
        }
        return implied[i] ? "<table>" : "<" + names[i] + ">";
    }

    private void fault(int offset, String what) {
        faults.add(new Fault(offset, what));
    }

    /** The start tag at {@code lt}, shortened for a message: {@code <a href="https://example.org/...">}. */
    private String tag(int lt) {
        int end = html.indexOf('>', lt);
        return snippet(lt, end);
    }

    private String snippet(int from, int end) {
        int to = end < 0 ? html.length() : end + 1;
        String text = html.substring(from, Math.min(to, from + 60)).replaceAll("\\s+", " ").strip();
        return to - from > 60 ? text + "…" : text;
    }

    private static boolean endsName(char c) {
        return isSpace(c) || c == '/' || c == '>';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
