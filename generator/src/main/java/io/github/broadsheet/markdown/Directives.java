package io.github.broadsheet.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The directives an article may use and what each accepts: the leaf directives {@code ::youtube}, {@code ::vimeo},
 * {@code ::video} and {@code ::audio}, and the containers {@code :::gallery} and {@code :::pullquote}. Checks a
 * {@link DirectiveLine} against them, so that a misspelt name, a missing or unknown attribute, or a value that
 * would make a request to another host is an error at its line rather than a silently broken page.
 */
final class Directives {

    /**
     * What one directive accepts.
     *
     * @param container opened with {@code :::} and closed with a {@code :::} line, rather than one line
     * @param required  attributes it needs
     * @param optional  attributes it also takes
     */
    record Spec(boolean container, List<String> required, List<String> optional) {
    }

    private static final Map<String, Spec> SPECS = specs();
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern VIMEO_ID = Pattern.compile("[0-9]{1,12}");
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,6}");
    /** A URL with a scheme ({@code https:}, {@code data:}, {@code javascript:}) or protocol-relative. */
    private static final Pattern NOT_LOCAL = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*:|//).*", Pattern.DOTALL);

    private Directives() {
    }

    private static Map<String, Spec> specs() {
        Map<String, Spec> specs = new LinkedHashMap<>();
        specs.put("youtube", new Spec(false, List.of("id", "title"), List.of("poster", "start")));
        specs.put("vimeo", new Spec(false, List.of("id", "title"), List.of("poster")));
        specs.put("video", new Spec(false, List.of("src"), List.of("poster", "title")));
        specs.put("audio", new Spec(false, List.of("src"), List.of("title")));
        specs.put("gallery", new Spec(true, List.of(), List.of("caption")));
        specs.put("pullquote", new Spec(true, List.of(), List.of("cite")));
        return Collections.unmodifiableMap(specs);
    }

    static boolean isKnown(String name) {
        return SPECS.containsKey(name);
    }

    static boolean isContainer(String name) {
        return SPECS.containsKey(name) && SPECS.get(name).container();
    }

    /** What is wrong with the directive (syntax, name, attributes, values), or empty when it can be rendered. */
    static Optional<String> problem(DirectiveLine line) {
        String written = ":".repeat(line.colons()) + line.name();
        if (line.error() != null) {
            return Optional.of(written + ": " + line.error());
        }
        Spec spec = SPECS.get(line.name());
        if (spec == null) {
            return Optional.of("unknown directive " + written + "; the directives are " + known());
        }
        if (spec.container() && line.colons() == 2) {
            return Optional.of(written + " is a container: open it with ':::" + line.name()
                    + "' on its own line and close it with a ':::' line");
        }
        if (!spec.container() && line.colons() == 3) {
            return Optional.of(written + " is one line with two colons: ::" + line.name() + "{...}");
        }
        for (String key : line.attributes().keySet()) {
            if (!spec.required().contains(key) && !spec.optional().contains(key)) {
                List<String> all = new ArrayList<>(spec.required());
                all.addAll(spec.optional());
                return Optional.of(written + " has no attribute '" + key + "'; it takes " + String.join(", ", all));
            }
        }
        for (String key : spec.required()) {
            String value = line.attributes().get(key);
            if (value == null || value.isBlank()) {
                return Optional.of(written + " needs " + key + "=\"...\"");
            }
        }
        return valueProblem(line).map(message -> written + ": " + message);
    }

    private static Optional<String> valueProblem(DirectiveLine line) {
        Map<String, String> attributes = line.attributes();
        String id = attributes.get("id");
        if (line.name().equals("youtube") && !YOUTUBE_ID.matcher(id).matches()) {
            return Optional.of("id \"" + id + "\" is not a YouTube video id (11 letters, digits, '-' or '_', as in"
                    + " youtube.com/watch?v=dQw4w9WgXcQ)");
        }
        if (line.name().equals("vimeo") && !VIMEO_ID.matcher(id).matches()) {
            return Optional.of("id \"" + id + "\" is not a Vimeo video id (the digits of vimeo.com/76979871)");
        }
        String start = attributes.get("start");
        if (start != null && !SECONDS.matcher(start).matches()) {
            return Optional.of("start \"" + start + "\" must be a number of seconds");
        }
        for (String key : List.of("src", "poster")) {
            String value = attributes.get(key);
            if (value != null && (value.isBlank() || NOT_LOCAL.matcher(value.strip()).matches()
                    || value.contains("\\") || value.chars().anyMatch(Character::isISOControl))) {
                return Optional.of(key + " \"" + value + "\" must be a file of the site, as a path relative to the"
                        + " article (clip.mp4) or from the site's root (/media/clip.mp4): a page loads nothing from"
                        + " another host");
            }
        }
        return Optional.empty();
    }

    private static String known() {
        List<String> names = new ArrayList<>();
        SPECS.forEach((name, spec) -> names.add((spec.container() ? ":::" : "::") + name));
        return String.join(", ", names);
    }
}
