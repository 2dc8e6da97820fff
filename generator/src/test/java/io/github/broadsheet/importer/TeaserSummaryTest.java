package io.github.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeaserSummaryTest {

    private static ImportedDocument article(String body) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "T");
        values.put("url", "/t/");
        return new ImportedDocument(ImportedDocument.Kind.ARTICLE, "t", values, body, Map.of(), Map.of(), Path.of("t.md"));
    }

    @Test
    void aTeaserWithABundlePictureGetsItsTextAsSummaryBeforeUrl() {
        ImportedDocument done = new TeaserSummary().apply(article("Lead *text*.\n\n![A](a.jpg \"Cap\")\n\n<!--more-->\n\nRest."));
        assertThat(done.frontMatter()).containsExactly(Map.entry("title", "T"), Map.entry("summary", "Lead text."),
                Map.entry("url", "/t/"));
        assertThat(done.body()).contains("<!--more-->");
    }

    @Test
    void teasersWithoutRelativeLinksAndArticlesWithASummaryStayAsTheyAre() {
        ImportedDocument plain = article("Lead [x](https://example.org/).\n\n<!--more-->\n\nRest.");
        assertThat(new TeaserSummary().apply(plain)).isSameAs(plain);
        ImportedDocument noBreak = article("![A](a.jpg)\n\nRest.");
        assertThat(new TeaserSummary().apply(noBreak)).isSameAs(noBreak);
    }
}
