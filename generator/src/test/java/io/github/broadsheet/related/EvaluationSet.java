package io.github.broadsheet.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The labelled evaluation set of the related-articles model: realistic news and blog articles in
 * {@code src/test/resources/related-evaluation/<part>/}, each labelled with a {@code topic:} front-matter key (or
 * {@code outlier} for articles that belong to no topic), and the scores of a model's lists against those labels.
 * Two parts, {@code dev} (for tuning) and {@code heldout} (only for checking), are separate sites with different
 * topics and the same traps: a generic tag on many articles, format tags ({@code explainer}, {@code interview})
 * across topics, case variants of tags, same-topic articles that share no tag, rare tags shared by articles of
 * different topics, untagged articles and outliers.
 *
 * <p>Reading is deliberately simple (the files use a small subset of YAML and Markdown) and mirrors what the site
 * assembly hands the model: tags as written, the summary from front matter or else the first paragraph, the
 * headings, and the body as plain text.
 */
final class EvaluationSet {

    static final String OUTLIER = "outlier";

    /** One article of the set with its label. */
    record Labelled(RelatedDocument document, String topic) {
    }

    /**
     * The scores of one part.
     *
     * @param topicArticles articles that belong to a topic
     * @param pure          of those, how many have a non-empty list whose first three links are all in their topic
     * @param empty         of those, how many have no list at all
     * @param sameTopicTop3 same-topic links among all first-three links, summed over the topic articles
     * @param possibleTop3  the most same-topic links the first three places could hold, summed
     * @param wrongLinks    links anywhere in the lists to an article of another topic or to an outlier
     * @param outlierLinks  links from or to an outlier
     * @param links         all links
     * @param failures      one line per impure list or outlier link, for messages
     */
    record Score(int topicArticles, int pure, int empty, int sameTopicTop3, int possibleTop3, int wrongLinks,
                 int outlierLinks, int links, List<String> failures) {

        double purity() {
            return topicArticles == 0 ? 0 : (double) pure / topicArticles;
        }

        double recallTop3() {
            return possibleTop3 == 0 ? 0 : (double) sameTopicTop3 / possibleTop3;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "pure top-3 %d/%d (%.1f %%), same-topic in top 3 %d/%d (%.1f %%), "
                            + "empty lists %d, wrong links %d of %d, outlier links %d", pure, topicArticles,
                    100 * purity(), sameTopicTop3, possibleTop3, 100 * recallTop3(), empty, wrongLinks, links,
                    outlierLinks);
        }
    }

    private EvaluationSet() {
    }

    static List<Labelled> load(String part) {
        try {
            Path dir = Path.of(EvaluationSet.class.getResource("/related-evaluation/" + part).toURI());
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
            List<Labelled> out = new ArrayList<>();
            for (Path file : files) {
                out.add(read(file));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<RelatedDocument> documents(List<Labelled> set) {
        return set.stream().map(Labelled::document).toList();
    }

    static Score score(List<Labelled> set, List<List<RelatedMatch>> related) {
        int topicArticles = 0;
        int pure = 0;
        int empty = 0;
        int same = 0;
        int possible = 0;
        int wrong = 0;
        int outlierLinks = 0;
        int links = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            String topic = set.get(i).topic();
            List<RelatedMatch> list = related.get(i);
            links += list.size();
            for (RelatedMatch match : list) {
                String other = set.get(match.document()).topic();
                if (!other.equals(topic) || topic.equals(OUTLIER)) {
                    wrong++;
                }
                if (topic.equals(OUTLIER) || other.equals(OUTLIER)) {
                    outlierLinks++;
                    failures.add("outlier link: " + describe(set, i, list));
                }
            }
            if (topic.equals(OUTLIER)) {
                continue;
            }
            topicArticles++;
            long topicSize = set.stream().filter(l -> l.topic().equals(topic)).count();
            possible += (int) Math.min(3, topicSize - 1);
            List<RelatedMatch> top3 = list.subList(0, Math.min(3, list.size()));
            long sameInTop3 = top3.stream().filter(m -> set.get(m.document()).topic().equals(topic)).count();
            same += (int) sameInTop3;
            if (list.isEmpty()) {
                empty++;
                failures.add("empty: " + describe(set, i, list));
            } else if (sameInTop3 == top3.size()) {
                pure++;
            } else {
                failures.add("impure: " + describe(set, i, list));
            }
        }
        return new Score(topicArticles, pure, empty, same, possible, wrong, outlierLinks, links, failures);
    }

    /** "slug [topic] -> other [topic] 0.123, ..." for messages. */
    static String describe(List<Labelled> set, int i, List<RelatedMatch> list) {
        StringBuilder out = new StringBuilder(set.get(i).document().slug()).append(" [").append(set.get(i).topic())
                .append("] ->");
        for (RelatedMatch m : list) {
            Labelled other = set.get(m.document());
            out.append(String.format(Locale.ROOT, " %s [%s] %.3f (tag %.3f text %.3f date %.3f);",
                    other.document().slug(), other.topic(), m.score(), m.tag(), m.text(), m.date()));
        }
        return out.toString();
    }

    /**
     * Prints the scores of each part named in {@code args} (default both) and, with {@code -Dverbose=true}, every
     * list; {@code -DfoldTags=true} lower-cases tags first, as the site assembly does.
     */
    public static void main(String[] args) {
        List<String> parts = args.length == 0 ? List.of("dev", "heldout") : List.of(args);
        for (String part : parts) {
            List<Labelled> set = load(part);
            if (Boolean.getBoolean("foldTags")) {
                set = set.stream().map(l -> new Labelled(new RelatedDocument(l.document().slug(),
                        l.document().tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList(),
                        l.document().title(), l.document().summary(), l.document().headings(), l.document().text(),
                        l.document().epochDay()),
                        l.topic())).toList();
            }
            RelatedConfig d = RelatedConfig.defaults();
            RelatedConfig config = d.withWeights(Double.parseDouble(System.getProperty("tagW", "" + d.tagWeight())),
                            Double.parseDouble(System.getProperty("textW", "" + d.textWeight())),
                            Double.parseDouble(System.getProperty("dateW", "" + d.dateWeight())))
                    .withMinScore(Double.parseDouble(System.getProperty("min", "" + d.minScore())))
                    .withMaxTermsPerDocument(Integer.getInteger("terms", d.maxTermsPerDocument()));
            List<List<RelatedMatch>> related = RelatedArticles.compute(documents(set), config);
            if (Boolean.getBoolean("tags")) {
                CorpusModel model = CorpusModel.build(documents(set).toArray(new RelatedDocument[0]), config);
                TagVectors tags = model.tags();
                System.out.printf(Locale.ROOT, "  baseline %.4f%n", tags.baseline());
                for (int t = 0; t < tags.tagCount(); t++) {
                    System.out.printf(Locale.ROOT, "  tag %-16s df %2d weight %.4f%n", tags.name(t),
                            tags.documentFrequency(t), tags.weight(t));
                }
            }
            System.out.println(part + ": " + score(set, related));
            for (int i = 0; i < set.size() && Boolean.getBoolean("verbose"); i++) {
                System.out.println("  " + describe(set, i, related.get(i)));
            }
            score(set, related).failures().forEach(f -> System.out.println("  ! " + f));
        }
    }

    private static Labelled read(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        if (!content.startsWith("---\n")) {
            throw new IllegalArgumentException(file + ": no front matter");
        }
        int end = content.indexOf("\n---\n", 3);
        String front = content.substring(4, end);
        String body = content.substring(end + 5);
        String title = "";
        String summary = "";
        String topic = null;
        LocalDate date = null;
        List<String> tags = List.of();
        for (String line : front.split("\n")) {
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "title" -> title = unquote(value);
                case "summary" -> summary = unquote(value);
                case "topic" -> topic = value;
                case "date" -> date = LocalDate.parse(value);
                case "tags" -> tags = Arrays.stream(value.substring(1, value.length() - 1).split(","))
                        .map(String::strip).filter(t -> !t.isEmpty()).toList();
                default -> throw new IllegalArgumentException(file + ": unknown key " + key);
            }
        }
        List<String> headings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (String block : body.strip().split("\n\\s*\n")) {
            String text = block.replace("**", "").replace("`", "").replaceAll("\\s+", " ").strip();
            if (text.startsWith("#")) {
                text = text.replaceFirst("^#+ ", "");
                headings.add(text);
            }
            paragraphs.add(text);
        }
        if (summary.isEmpty()) {
            summary = paragraphs.stream().filter(p -> !headings.contains(p)).findFirst().orElse("");
        }
        if (topic == null || date == null) {
            throw new IllegalArgumentException(file + ": topic and date are required");
        }
        String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
        RelatedDocument document = new RelatedDocument(slug, tags, title, summary, String.join("\n", headings),
                String.join("\n\n", paragraphs), date.toEpochDay());
        return new Labelled(document, topic);
    }

    private static String unquote(String value) {
        return value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
