package io.github.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermTableTest {

    @Test
    void assignsDenseIdsInInsertionOrderAcrossBothKeyKinds() {
        TermTable table = new TermTable(4);
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            // Short ASCII, long ASCII and non-ASCII terms, enough of each to force several rehashes.
            terms.add(switch (i % 3) {
                case 0 -> "t" + i;
                case 1 -> "longer-term-" + i;
                default -> "ü" + i;
            });
        }
        for (int i = 0; i < terms.size(); i++) {
            assertThat(table.add(terms.get(i))).isEqualTo(i);
        }
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            char[] chars = term.toCharArray();
            assertThat(table.add(term)).isEqualTo(i);
            assertThat(table.find(chars, 0, chars.length, Tokenizer.hash(term), TermTable.packed(chars, 0,
                    chars.length))).isEqualTo(i);
            assertThat(table.term(i)).isEqualTo(term);
        }
        assertThat(table.size()).isEqualTo(terms.size());
        char[] missing = "absent".toCharArray();
        assertThat(table.find(missing, 0, 6, Tokenizer.hash("absent"), TermTable.packed(missing, 0, 6)))
                .isEqualTo(-1);
    }

    @Test
    void mergesAnotherTableByContent() {
        TermTable a = new TermTable(4);
        TermTable b = new TermTable(4);
        a.add("köln");
        a.add("river");
        b.add("river");
        b.add("bridge-builders");
        b.add("köln");
        assertThat(a.findOrAddFrom(b, 0)).isEqualTo(1);
        assertThat(a.findOrAddFrom(b, 1)).isEqualTo(2);
        assertThat(a.findOrAddFrom(b, 2)).isZero();
        assertThat(a.term(2)).isEqualTo("bridge-builders");
    }
}
