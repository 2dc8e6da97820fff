package io.github.broadsheet.links;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code id}, {@code name}, {@code href} and {@code src} attributes of a page, read as a browser's tokenizer
 * reads start tags (the HTML standard's "attribute name" and "attribute value" states): names in any case,
 * separated by spaces, tabs or line breaks, values double-quoted, single-quoted or unquoted. Comments, doctypes,
 * end tags and the text of {@code script}, {@code style}, {@code textarea} and {@code title} hold no attributes
 * and are skipped. A page is read once, jumping from {@code <} to {@code <}, so text costs one {@code indexOf}.
 */
final class HtmlAttributes {

    final Set<String> ids = new HashSet<>();
    final List<String> links = new ArrayList<>();

    private final String html;
    private int at;

    private HtmlAttributes(String html) {
        this.html = html;
    }

    static HtmlAttributes of(String html) {
        HtmlAttributes page = new HtmlAttributes(html);
        page.read();
        return page;
    }

    private void read() {
        int length = html.length();
        for (at = html.indexOf('<'); at >= 0 && at < length; at = html.indexOf('<', at)) {
            at++;
            if (html.startsWith("!--", at)) {
                int end = html.indexOf("-->", at + 3);
                at = end < 0 ? length : end + 3;
            } else if (at < length && isAsciiLetter(html.charAt(at))) {
                String tag = startTag();
                String rawText = switch (tag) {
                    case "script", "style", "textarea", "title" -> tag;
                    default -> null;
                };
                if (rawText != null) {
                    skipTo("</" + rawText);
                }
            } else {
                // An end tag, a doctype or processing instruction, or a '<' in text: no attributes.
                int end = html.indexOf('>', at);
                at = end < 0 ? length : end + 1;
            }
        }
    }

    /** Reads a start tag from its name to its {@code >}, recording the attributes of interest; returns the name. */
    private String startTag() {
        int nameStart = at;
        while (at < html.length() && !isSpace(html.charAt(at)) && html.charAt(at) != '/' && html.charAt(at) != '>') {
            at++;
        }
        String tag = html.substring(nameStart, at).toLowerCase(Locale.ROOT);
        while (at < html.length()) {
            char c = html.charAt(at);
            if (c == '>') {
                at++;
                return tag;
            }
            if (isSpace(c) || c == '/') {
                at++;
                continue;
            }
            attribute();
        }
        return tag;
    }

    /** One attribute: its name, then an optional {@code =} and value. */
    private void attribute() {
        int nameStart = at;
        // The first character is part of the name even when it is '=' (the standard's rule).
        at++;
        while (at < html.length()) {
            char c = html.charAt(at);
            if (isSpace(c) || c == '/' || c == '>' || c == '=') {
                break;
            }
            at++;
        }
        int nameEnd = at;
        while (at < html.length() && isSpace(html.charAt(at))) {
            at++;
        }
        if (at >= html.length() || html.charAt(at) != '=') {
            return;
        }
        at++;
        while (at < html.length() && isSpace(html.charAt(at))) {
            at++;
        }
        int valueStart;
        int valueEnd;
        if (at < html.length() && (html.charAt(at) == '"' || html.charAt(at) == '\'')) {
            char quote = html.charAt(at);
            int end = html.indexOf(quote, at + 1);
            if (end < 0) {
                at = html.length();
                return;
            }
            valueStart = at + 1;
            valueEnd = end;
            at = end + 1;
        } else {
            valueStart = at;
            while (at < html.length() && !isSpace(html.charAt(at)) && html.charAt(at) != '>') {
                at++;
            }
            valueEnd = at;
        }
        // Only the four names are kept; other values (class, datetime, alt...) are never copied.
        int nameLength = nameEnd - nameStart;
        if (nameLength == 4 && html.regionMatches(true, nameStart, "href", 0, 4)
                || nameLength == 3 && html.regionMatches(true, nameStart, "src", 0, 3)) {
            links.add(html.substring(valueStart, valueEnd));
        } else if (nameLength == 2 && html.regionMatches(true, nameStart, "id", 0, 2)
                || nameLength == 4 && html.regionMatches(true, nameStart, "name", 0, 4)) {
            ids.add(html.substring(valueStart, valueEnd));
        }
    }

    /** Moves past the end tag that closes a raw-text element ({@code </script}, in any case). */
    private void skipTo(String endTag) {
        for (int end = html.indexOf("</", at); end >= 0; end = html.indexOf("</", end + 2)) {
            if (html.regionMatches(true, end, endTag, 0, endTag.length())) {
                at = end;
                return;
            }
        }
        at = html.length();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
