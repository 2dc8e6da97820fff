package io.github.broadsheet.importer.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.broadsheet.importer.ImportFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WxrParserTest {

    @Test
    void readsItemsWithTheirLinesTermsMetaAndComments() throws Exception {
        WxrExport export = WxrParser.parse(ImportFixtures.resource("wordpress/riverside.wordpress.2024-06-01.xml"));
        assertThat(export.siteUrl()).isEqualTo("https://riverside.example.com");
        assertThat(export.authors()).extracting(WxrExport.Author::displayName)
                .containsExactly("Site Admin", "Jana Novak", "Piet de Vries");
        WxrExport.Item bridge = export.items().stream().filter(i -> i.id() == 10).findFirst().orElseThrow();
        assertThat(bridge.type()).isEqualTo("post");
        assertThat(bridge.postDateGmt()).isEqualTo("2021-03-15 08:30:00");
        assertThat(bridge.terms("category")).extracting(WxrExport.Term::name).containsExactly("Local", "Transport");
        assertThat(bridge.meta()).containsEntry("_thumbnail_id", "101");
        assertThat(bridge.comments()).hasSize(2);
        assertThat(bridge.content()).startsWith("The Old Bridge reopened");
        String line = Files.readAllLines(ImportFixtures.resource("wordpress/riverside.wordpress.2024-06-01.xml"))
                .get(bridge.contentLine() - 1);
        assertThat(line).contains("<content:encoded><![CDATA[The Old Bridge reopened");
    }

    @Test
    void refusesExternalEntitiesAndFilesThatAreNoExport(@TempDir Path folder) throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "password");
        Path hostile = Files.writeString(folder.resolve("hostile.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss><channel><item><title>&x;</title></item></channel></rss>");
        assertThatThrownBy(() -> WxrParser.parse(hostile)).isInstanceOf(WxrParser.InvalidException.class);
        Path html = Files.writeString(folder.resolve("page.xml"), "<html><body>no</body></html>");
        assertThatThrownBy(() -> WxrParser.parse(html)).isInstanceOf(WxrParser.InvalidException.class)
                .hasMessageContaining("not a WordPress export: no <channel>");
    }
}
