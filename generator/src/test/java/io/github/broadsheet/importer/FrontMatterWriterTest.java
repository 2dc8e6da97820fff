package io.github.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.broadsheet.content.FrontMatter;
import io.github.broadsheet.content.FrontMatterParser;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterWriterTest {

    @Test
    void writesValuesBroadsheetReadsBackUnchanged() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", "Ceasefire: \"a first step\" #2 \\ yes");
        values.put("date", OffsetDateTime.parse("2014-12-17T11:16:21-08:00"));
        values.put("draft", true);
        values.put("tags", List.of("null", "no", "C++"));
        values.put("links", Map.of("website", "https://example.org/"));
        values.put("summary", "line\u000cfeed");
        String text = FrontMatterWriter.document(values, "\n\n    indented code\n\n");
        assertThat(text).startsWith("---\ntitle: \"Ceasefire: \\\"a first step\\\" #2 \\\\ yes\"\n"
                + "date: 2014-12-17T11:16:21-08:00\ndraft: true\ntags: [\"null\", \"no\", \"C++\"]\n"
                + "links:\n  website: \"https://example.org/\"\nsummary: \"linefeed\"\n---\n\n    indented code\n");

        FrontMatter read = ((FrontMatterParser.Parsed) new FrontMatterParser().parse(Path.of("x.md"), text)).frontMatter();
        assertThat(read.values()).containsEntry("title", "Ceasefire: \"a first step\" #2 \\ yes")
                .containsEntry("date", "2014-12-17T11:16:21-08:00").containsEntry("draft", true)
                .containsEntry("tags", List.of("null", "no", "C++")).containsEntry("summary", "linefeed");
    }
}
