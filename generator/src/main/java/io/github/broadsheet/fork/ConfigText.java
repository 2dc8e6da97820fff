package io.github.broadsheet.fork;

import io.github.broadsheet.config.MenuItem;
import io.github.broadsheet.config.Newsroom;
import io.github.broadsheet.config.SiteConfig;
import io.github.broadsheet.config.SiteSettings;
import io.github.broadsheet.config.Taxonomy;
import io.github.broadsheet.image.ImageConfig;
import io.github.broadsheet.related.RelatedConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link SiteConfig} as text and back, so that the Maven plugin can hand the configuration it checked to the
 * build JVM it starts: one {@code name=value} line per setting, values escaped by {@link LineText}, lists as
 * tab-separated fields. Reading the text gives an equal configuration (ConfigTextTest changes every setting in turn);
 * the text is an internal format between two copies of the same engine version, not a file users write.
 */
public final class ConfigText {

    private ConfigText() {
    }

    public static String write(SiteConfig config) {
        Map<String, String> lines = new LinkedHashMap<>();
        SiteConfig.Layout layout = config.layout();
        lines.put("layout.baseDirectory", path(layout.baseDirectory()));
        lines.put("layout.contentDirectory", path(layout.contentDirectory()));
        lines.put("layout.outputDirectory", path(layout.outputDirectory()));
        lines.put("layout.themesDirectory", path(layout.themesDirectory()));
        lines.put("layout.theme", layout.theme());
        lines.put("layout.templatesDirectory", path(layout.templatesDirectory()));
        lines.put("layout.cacheDirectory", path(layout.cacheDirectory()));
        SiteSettings site = config.site();
        lines.put("site.title", site.title());
        lines.put("site.description", site.description());
        lines.put("site.baseUrl", site.baseUrl());
        lines.put("site.language", site.language());
        lines.put("site.author", site.author());
        lines.put("site.timeZone", site.timeZone().getId());
        lines.put("site.copyright", site.copyright());
        SiteConfig.Publishing publishing = config.publishing();
        lines.put("publishing.pageSize", String.valueOf(publishing.pageSize()));
        lines.put("publishing.drafts", String.valueOf(publishing.drafts()));
        lines.put("publishing.future", String.valueOf(publishing.future()));
        lines.put("publishing.now", publishing.now().toString());
        lines.put("publishing.explainRelated", String.valueOf(publishing.explainRelated()));
        lines.put("publishing.permalink", publishing.permalink());
        lines.put("publishing.feedSize", String.valueOf(publishing.feedSize()));
        lines.put("publishing.feedSummaries", String.valueOf(publishing.feedSummaries()));
        lines.put("publishing.termFeedSummaries", String.valueOf(publishing.termFeedSummaries()));
        lines.put("publishing.sanitizeHtml", String.valueOf(publishing.sanitizeHtml()));
        RelatedConfig related = config.related();
        lines.put("related.count", String.valueOf(related.count()));
        lines.put("related.tagWeight", String.valueOf(related.tagWeight()));
        lines.put("related.textWeight", String.valueOf(related.textWeight()));
        lines.put("related.dateWeight", String.valueOf(related.dateWeight()));
        lines.put("related.minScore", String.valueOf(related.minScore()));
        lines.put("related.cardinalityThreshold", String.valueOf(related.cardinalityThreshold()));
        lines.put("related.maxTermsPerDocument", String.valueOf(related.maxTermsPerDocument()));
        lines.put("related.titleBoost", String.valueOf(related.titleBoost()));
        lines.put("related.summaryBoost", String.valueOf(related.summaryBoost()));
        lines.put("related.headingBoost", String.valueOf(related.headingBoost()));
        lines.put("related.maxBodyChars", String.valueOf(related.maxBodyChars()));
        lines.put("related.dateHalfLifeDays", String.valueOf(related.dateHalfLifeDays()));
        lines.put("related.language", related.language());
        lines.put("checks.failOnWarning", String.valueOf(config.checks().failOnWarning()));
        lines.put("checks.failOnBrokenLinks", String.valueOf(config.checks().failOnBrokenLinks()));
        Newsroom newsroom = config.newsroom();
        // A taxonomy is four fields; as one item of the list they are escaped once more.
        lines.put("newsroom.taxonomies", list(newsroom.taxonomies(),
                t -> LineText.fields(List.of(t.key(), t.path(), t.name(), t.plural()))));
        lines.put("newsroom.sections", list(newsroom.sections(), Function.identity()));
        lines.put("newsroom.headerMenu", list(newsroom.headerMenu(), MenuItem::toString));
        lines.put("newsroom.footerMenu", list(newsroom.footerMenu(), MenuItem::toString));
        SiteConfig.Media media = config.media();
        lines.put("media.images.widths", list(media.images().widths(), String::valueOf));
        lines.put("media.images.jpegQuality", String.valueOf(media.images().jpegQuality()));
        lines.put("media.images.keepMetadata", String.valueOf(media.images().keepMetadata()));
        lines.put("media.socialCards", String.valueOf(media.socialCards()));
        StringBuilder text = new StringBuilder(2048);
        lines.forEach((name, value) -> text.append(name).append('=').append(name.startsWith("newsroom.") || name.equals("media.images.widths") ? value
                : LineText.escape(value)).append('\n'));
        return text.toString();
    }

    /**
     * The configuration written by {@link #write}.
     *
     * @throws IllegalArgumentException when the text lacks a setting or holds one it does not know
     */
    public static SiteConfig read(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("not a setting line: " + line);
            }
            values.put(line.substring(0, eq), line.substring(eq + 1));
        }
        Settings in = new Settings(values);
        SiteConfig config = SiteConfig.builder(Path.of(in.text("layout.baseDirectory")))
                .contentDirectory(in.path("layout.contentDirectory"))
                .outputDirectory(in.path("layout.outputDirectory"))
                .themesDirectory(in.path("layout.themesDirectory"))
                .theme(in.text("layout.theme"))
                .templatesDirectory(in.path("layout.templatesDirectory"))
                .cacheDirectory(in.path("layout.cacheDirectory"))
                .site(new SiteSettings(in.text("site.title"), in.text("site.description"), in.text("site.baseUrl"),
                        in.text("site.language"), in.text("site.author"), ZoneId.of(in.text("site.timeZone")),
                        in.text("site.copyright")))
                .pageSize(in.integer("publishing.pageSize"))
                .drafts(in.bool("publishing.drafts"))
                .future(in.bool("publishing.future"))
                .now(Instant.parse(in.text("publishing.now")))
                .explainRelated(in.bool("publishing.explainRelated"))
                .permalink(in.text("publishing.permalink"))
                .feedSize(in.integer("publishing.feedSize"))
                .feedSummaries(in.bool("publishing.feedSummaries"))
                .termFeedSummaries(in.bool("publishing.termFeedSummaries"))
                .sanitizeHtml(in.bool("publishing.sanitizeHtml"))
                .related(new RelatedConfig(in.integer("related.count"), in.decimal("related.tagWeight"),
                        in.decimal("related.textWeight"), in.decimal("related.dateWeight"),
                        in.decimal("related.minScore"), in.integer("related.cardinalityThreshold"),
                        in.integer("related.maxTermsPerDocument"), in.decimal("related.titleBoost"),
                        in.decimal("related.summaryBoost"), in.decimal("related.headingBoost"),
                        in.integer("related.maxBodyChars"), in.decimal("related.dateHalfLifeDays"),
                        in.text("related.language")))
                .failOnWarning(in.bool("checks.failOnWarning"))
                .failOnBrokenLinks(in.bool("checks.failOnBrokenLinks"))
                .newsroom(new Newsroom(
                        in.list("newsroom.taxonomies").stream().map(ConfigText::taxonomy).toList(),
                        in.list("newsroom.sections"),
                        in.list("newsroom.headerMenu").stream().map(MenuItem::parse).toList(),
                        in.list("newsroom.footerMenu").stream().map(MenuItem::parse).toList()))
                .media(new SiteConfig.Media(new ImageConfig(
                        in.list("media.images.widths").stream().map(Integer::valueOf).toList(),
                        Float.parseFloat(in.text("media.images.jpegQuality")), in.bool("media.images.keepMetadata")),
                        in.bool("media.socialCards")))
                .build();
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown settings: " + values.keySet());
        }
        return config;
    }

    private static Taxonomy taxonomy(String item) {
        List<String> fields = LineText.fields(item);
        if (fields.size() != 4) {
            throw new IllegalArgumentException("a taxonomy has four fields: " + item);
        }
        return new Taxonomy(fields.get(0), fields.get(1), fields.get(2), fields.get(3));
    }

    private static String path(Path path) {
        return path == null ? null : path.toString();
    }

    private static <T> String list(List<T> items, Function<T, String> text) {
        List<String> values = new ArrayList<>(items.size());
        items.forEach(item -> values.add(text.apply(item)));
        return LineText.fields(values);
    }

    /** The settings read so far; each is taken out when used, so that what is left over is unknown. */
    private record Settings(Map<String, String> values) {

        String raw(String name) {
            String value = values.remove(name);
            if (value == null) {
                throw new IllegalArgumentException("setting " + name + " is missing");
            }
            return value;
        }

        String text(String name) {
            return LineText.unescape(raw(name));
        }

        Path path(String name) {
            String value = text(name);
            return value == null ? null : Path.of(value);
        }

        boolean bool(String name) {
            return Boolean.parseBoolean(text(name));
        }

        int integer(String name) {
            return Integer.parseInt(text(name));
        }

        double decimal(String name) {
            return Double.parseDouble(text(name));
        }

        List<String> list(String name) {
            return LineText.fields(raw(name));
        }
    }
}
