package io.github.broadsheet.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * Reading the loosely typed values of old sites' front-matter and files: a key that is a list in one file and a
 * word in the next, booleans written as {@code no}, texts with HTML in them, files saved in an old Windows code
 * page.
 */
public final class Values {

    private Values() {
    }

    /** A single value as text (numbers and booleans too); empty for nothing, a list or a mapping. */
    public static Optional<String> text(Object value) {
        if (value == null || value instanceof List || value instanceof Map) {
            return Optional.empty();
        }
        return Optional.of(String.valueOf(value));
    }

    /** The value, or empty when it is missing or blank text. */
    public static Optional<Object> present(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A list's items as texts, or a single value as a one-item list. */
    public static List<String> texts(Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                text(item).map(String::strip).filter(s -> !s.isEmpty()).ifPresent(items::add);
            }
        } else {
            text(value).map(String::strip).filter(s -> !s.isEmpty()).ifPresent(items::add);
        }
        return items;
    }

    /** Jekyll's reading of categories and tags: a list as it is, a text split at spaces. */
    public static List<String> words(Object value) {
        if (value instanceof String text) {
            return List.of(text.strip().split("\\s+")).stream().filter(s -> !s.isEmpty()).toList();
        }
        return texts(value);
    }

    /** Names without repeats that differ only in case or spacing, the first spelling kept. */
    public static List<String> distinct(List<String> names) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String name : names) {
            String clean = name.strip().replaceAll("\\s+", " ");
            if (!clean.isEmpty() && seen.add(clean.toLowerCase(Locale.ROOT))) {
                out.add(clean);
            }
        }
        return out;
    }

    /** {@code false}, or a text YAML 1.1 read as false ({@code no}, {@code off}): Jekyll's YAML does. */
    public static boolean isFalse(Object value) {
        if (value instanceof Boolean flag) {
            return !flag;
        }
        return value instanceof String text && Set.of("false", "no", "off").contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** {@code true}, or a text YAML 1.1 read as true. */
    public static boolean isTrue(Object value) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        return value instanceof String text && Set.of("true", "yes", "on").contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** Text of HTML or Markdown with tags removed, entities decoded and white space collapsed (for summaries). */
    public static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).text().replaceAll("\\s+", " ").strip();
    }

    /**
     * A source file as text: UTF-8 (a byte order mark dropped), else Windows-1252, the encoding of most old
     * sites that were not UTF-8; line endings made {@code \n}.
     *
     * @param notLatin called when the file was not UTF-8
     */
    public static String readText(Path file, Runnable notLatin) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            notLatin.run();
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
