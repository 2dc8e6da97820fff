package io.github.broadsheet.related;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Test corpora: a hand-written three-topic news corpus and seeded random ones. */
final class Fixtures {

    private Fixtures() {
    }

    static RelatedDocument doc(String slug, String date, List<String> tags, String title, String summary,
                               String text) {
        return new RelatedDocument(slug, tags, title, summary, text, LocalDate.parse(date).toEpochDay());
    }

    /** The topic of a fixture article is the first letter of its slug: f(ootball), e(lections), s(emiconductors). */
    static String topic(RelatedDocument doc) {
        return doc.slug().substring(0, 1);
    }

    /**
     * Football, elections and semiconductors, five articles each, with topic tags and a generic "news" tag on ten
     * of the sixteen articles; {@code e3-scholz-concedes} covers the same story as {@code e2-merz-wins} without
     * sharing a tag; {@code g1-pruning-roses} shares nothing with anything.
     */
    static List<RelatedDocument> threeTopics() {
        return List.of(
                doc("f1-arsenal-beat-chelsea", "2024-03-03", List.of("football", "premier-league", "arsenal", "news"),
                        "Arsenal beat Chelsea 3-1 in London derby",
                        "Saka scores twice as Arsenal go top of the Premier League.",
                        "Arsenal beat Chelsea 3-1 at the Emirates Stadium on Sunday. Bukayo Saka scored twice and "
                                + "Martin Ødegaard added another as Mikel Arteta's side moved top of the Premier "
                                + "League table. Chelsea pulled one back through Cole Palmer, but the home defence "
                                + "held firm in the second half."),
                doc("f2-chelsea-sack-manager", "2024-03-05", List.of("football", "premier-league", "chelsea"),
                        "Chelsea sack manager after derby defeat",
                        "The club acts two days after losing the London derby at Arsenal.",
                        "Chelsea have dismissed their head coach two days after the 3-1 derby defeat at Arsenal. "
                                + "The club's owners said results in the Premier League had fallen short of "
                                + "expectations. Cole Palmer and the squad will train under an interim coach before "
                                + "the match against Liverpool."),
                doc("f3-liverpool-record-signing", "2024-01-20", List.of("football", "transfers", "liverpool", "news"),
                        "Liverpool sign midfielder in record transfer",
                        "The club pays a record fee to Bayer Leverkusen.",
                        "Liverpool have completed the signing of a midfielder from Bayer Leverkusen for a "
                                + "club-record transfer fee. The player passed a medical at the training ground and "
                                + "signed a five-year contract. The manager said the squad needed more creativity in "
                                + "midfield before the Champions League campaign."),
                doc("f4-title-race", "2024-03-10", List.of("football", "premier-league", "news"),
                        "Premier League title race tightens",
                        "Two points separate Arsenal, Liverpool and Manchester City.",
                        "Arsenal, Liverpool and Manchester City are separated by two points at the top of the "
                                + "Premier League after another weekend of goals. Arsenal's win in the London derby "
                                + "against Chelsea and Liverpool's late winner leave the title race open with ten "
                                + "matches left in the season."),
                doc("f5-champions-league-draw", "2024-03-15", List.of("football", "champions-league", "arsenal"),
                        "Champions League draw: Arsenal face Bayern",
                        "Liverpool meet Real Madrid in the quarter-finals.",
                        "Arsenal will face Bayern Munich in the Champions League quarter-finals, while Liverpool "
                                + "meet Real Madrid. The draw in Nyon also set up a possible semi-final between "
                                + "Arsenal and Manchester City. Mikel Arteta said his squad was ready for the "
                                + "challenge."),
                doc("e1-germany-votes", "2025-02-22", List.of("elections", "germany", "news"),
                        "Germany heads to the polls in snap election",
                        "Christian Democrats lead the polls after the coalition collapsed.",
                        "Voters in Germany head to the polls on Sunday in a snap federal election called after the "
                                + "collapse of the coalition government. Friedrich Merz and the Christian Democrats "
                                + "lead the opinion polls, while Chancellor Olaf Scholz hopes a late swing will keep "
                                + "the Social Democrats in power in the Bundestag."),
                doc("e2-merz-wins", "2025-02-24", List.of("elections", "germany", "cdu"),
                        "Merz claims victory as CDU wins German election",
                        "Coalition talks begin after the Christian Democrats win the most Bundestag seats.",
                        "Friedrich Merz claimed victory after the Christian Democrats won the most seats in the "
                                + "Bundestag. Olaf Scholz conceded defeat for the Social Democrats. Coalition talks "
                                + "are expected to take weeks, and Merz said he wanted a government in place by "
                                + "Easter."),
                doc("e3-scholz-concedes", "2025-02-24", List.of("berlin-politics"),
                        "Scholz concedes, Merz set to become chancellor",
                        "The Social Democrats suffer their worst Bundestag result.",
                        "Olaf Scholz conceded defeat on election night as the Christian Democrats of Friedrich Merz "
                                + "won the most seats in the Bundestag. Merz is set to become chancellor once "
                                + "coalition talks with the Social Democrats conclude."),
                doc("e4-france-turnout", "2024-06-30", List.of("elections", "france", "news"),
                        "Turnout hits record in French elections",
                        "Macron's alliance loses seats in the first round.",
                        "Turnout reached a record high in the French parliamentary elections as voters queued "
                                + "outside polling stations in Paris and Lyon. President Emmanuel Macron's centrist "
                                + "alliance lost seats, and the National Rally won the largest share of the vote in "
                                + "the first round."),
                doc("e5-us-midterms", "2022-11-08", List.of("elections", "united-states", "news"),
                        "US midterms: polls close in key states",
                        "Control of Congress depends on a handful of states.",
                        "Polls closed across the United States in midterm elections that will decide control of "
                                + "Congress. Voters in Pennsylvania, Georgia and Arizona waited in long lines, and "
                                + "election officials said the count of mail ballots could take several days before "
                                + "the results are final."),
                doc("s1-tsmc-arizona", "2024-12-01", List.of("semiconductors", "tsmc", "manufacturing", "news"),
                        "TSMC opens Arizona chip plant",
                        "The first US fab produces four-nanometre wafers.",
                        "Taiwan Semiconductor Manufacturing Company opened its first chip fabrication plant in "
                                + "Arizona, producing four-nanometre wafers for Apple and Nvidia. The factory "
                                + "received billions in subsidies under the CHIPS Act, and TSMC plans a second fab "
                                + "using a three-nanometre process."),
                doc("s2-nvidia-accelerator", "2024-11-20", List.of("semiconductors", "nvidia", "ai-hardware", "news"),
                        "Nvidia unveils new AI accelerator",
                        "The GPU doubles training performance for language models.",
                        "Nvidia unveiled its next-generation AI accelerator, built on a TSMC three-nanometre process "
                                + "with stacked high-bandwidth memory. The GPU doubles training performance for "
                                + "large language models, and cloud providers have ordered thousands of the chips "
                                + "for their data centres."),
                doc("s3-intel-delays-ohio", "2024-10-15", List.of("semiconductors", "intel", "manufacturing"),
                        "Intel delays Ohio fab",
                        "Weak demand pushes the plant to the end of the decade.",
                        "Intel delayed the opening of its Ohio chip fabrication plant to the end of the decade, "
                                + "citing weak demand for processors and slower subsidy payments under the CHIPS "
                                + "Act. The company will focus on its 18A process and its foundry business to win "
                                + "customers from TSMC."),
                doc("s4-export-controls", "2024-12-02", List.of("semiconductors", "export-controls", "news"),
                        "Chip export controls tightened",
                        "New rules cover lithography tools and high-bandwidth memory.",
                        "Washington tightened export controls on advanced chips and chipmaking equipment, adding "
                                + "restrictions on lithography tools from ASML and on high-bandwidth memory. Nvidia "
                                + "said the rules would affect sales of its AI accelerators, and TSMC must seek "
                                + "licences for some wafers."),
                doc("s5-samsung-memory", "2024-10-31", List.of("semiconductors", "samsung", "news"),
                        "Samsung reports memory chip rebound",
                        "Profits recover as memory prices rise.",
                        "Samsung Electronics reported a rebound in profits as prices for memory chips recovered. "
                                + "Demand for high-bandwidth memory used in Nvidia AI accelerators lifted the chip "
                                + "division, and the company said its foundry would begin producing wafers on a "
                                + "two-nanometre process next year."),
                doc("g1-pruning-roses", "2024-03-04", List.of("gardening"),
                        "How to prune roses",
                        "Trim rose bushes as the buds swell.",
                        "Trim rose bushes in early spring, just as the buds swell. Remove dead, damaged or crossing "
                                + "stems, then shorten healthy canes by a third, cutting above an outward-facing bud. "
                                + "Feed with compost and mulch so the roots stay moist."));
    }

    /**
     * A seeded random corpus with Zipf-like tags and text from a small vocabulary, so that candidates overlap a
     * lot, plus topics so that some texts agree: an article belongs to one of {@code n / 8} topics, and a third of
     * its words (and its title) come from the topic's eight words; most articles also carry the topic's tag. Dates
     * are drawn from a short span so that ties of (date) are frequent.
     */
    static List<RelatedDocument> random(int n, long seed) {
        Random random = new Random(seed);
        String[] words = new String[400];
        for (int i = 0; i < words.length; i++) {
            words[i] = "w" + Integer.toString(i, 36) + (char) ('a' + i % 26);
        }
        int tagCount = Math.max(10, n / 10);
        int topics = Math.max(2, n / 8);
        List<RelatedDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int topic = random.nextInt(topics);
            List<String> tags = new ArrayList<>();
            if (random.nextInt(4) > 0) {
                tags.add("topic" + topic);
            }
            for (int k = random.nextInt(4); k > 0; k--) {
                tags.add("t" + zipf(random, tagCount));
            }
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(120); k > 0; k--) {
                String word = random.nextInt(3) == 0 ? "q" + topic + "x" + random.nextInt(8)
                        : words[zipf(random, words.length)];
                text.append(word).append(' ');
            }
            docs.add(new RelatedDocument(String.format("doc-%04d", i), tags, "q" + topic + "x" + random.nextInt(8),
                    "", text.toString(), 19_000 + random.nextInt(60)));
        }
        return docs;
    }

    private static int zipf(Random random, int size) {
        // Inverse transform for a continuous 1/x density on [1, size + 1): cheap and skewed enough for tests.
        return (int) Math.floor(Math.pow(size + 1, random.nextDouble())) - 1;
    }
}
