package io.github.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaginationTest {

    @ParameterizedTest(name = "{0} items in pages of {1} -> {2} pages, last has {3}")
    @CsvSource({"0, 10, 1, 0", "1, 10, 1, 1", "10, 10, 1, 10", "11, 10, 2, 1", "25, 10, 3, 5", "3, 1, 3, 1"})
    void cutsIntoPages(int items, int size, int pages, int last) {
        List<Integer> all = IntStream.range(0, items).boxed().toList();
        List<Pagination<Integer>> cut = Pagination.paginate(all, size, "/tags/x/");
        assertThat(cut).hasSize(pages);
        assertThat(cut.get(pages - 1).items()).hasSize(last);
        assertThat(cut.stream().flatMap(p -> p.items().stream()).toList()).isEqualTo(all);
    }

    @ParameterizedTest(name = "page {0} of {1}")
    @CsvSource({"1, /tags/x/", "2, /tags/x/page/2/", "3, /tags/x/page/3/"})
    void namesPaths(int number, String path) {
        List<Pagination<Integer>> cut = Pagination.paginate(List.of(1, 2, 3), 1, "/tags/x/");
        Pagination<Integer> page = cut.get(number - 1);
        assertThat(page.path()).isEqualTo(path);
        assertThat(page.hasPrevious()).isEqualTo(number > 1);
        assertThat(page.hasNext()).isEqualTo(number < 3);
    }
}
