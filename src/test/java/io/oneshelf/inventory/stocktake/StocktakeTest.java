package io.oneshelf.inventory.stocktake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.inventory.stocktake.Stocktake.Count;
import io.oneshelf.inventory.stocktake.Stocktake.Line;
import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.TransitionRefused;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The stocktake aggregate on its own: which transitions it allows and what counting does to its lines. */
class StocktakeTest {

    private static final UUID TEA = UUID.randomUUID();
    private static final UUID CAKE = UUID.randomUUID();

    private static Stocktake anOpenStocktake() {
        return new Stocktake(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), StocktakeStatus.OPEN,
                List.of(new Line(TEA, 10, null, null), new Line(CAKE, 5, null, null)), 0, null, null);
    }

    private static String field(Rejection r) {
        return r.faults().get(0).field();
    }

    @Test
    void counting_sets_the_counted_quantity_and_leaves_other_lines_uncounted() {
        Stocktake counted = anOpenStocktake().count(List.of(new Count(TEA, 8))).count(List.of(new Count(TEA, 7)));

        assertThat(counted.lines()).containsExactly(new Line(TEA, 10, 7L, null), new Line(CAKE, 5, null, null));
        assertThat(counted.uncounted()).containsExactly(CAKE);
    }

    @Test
    void a_sku_off_the_sheet_or_counted_twice_is_named_by_its_position() {
        Stocktake open = anOpenStocktake();

        assertThatThrownBy(() -> open.count(List.of(new Count(TEA, 1), new Count(UUID.randomUUID(), 1))))
                .isInstanceOfSatisfying(LineRejected.class, r -> assertThat(field(r)).isEqualTo("lines[1].skuId"));
        assertThatThrownBy(() -> open.count(List.of(new Count(TEA, 1), new Count(TEA, 2))))
                .isInstanceOfSatisfying(LineRejected.class, r -> assertThat(field(r)).isEqualTo("lines[1].skuId"));
    }

    @Test
    void only_an_open_stocktake_may_be_counted_posted_or_cancelled() {
        Stocktake posted = anOpenStocktake().post();
        Stocktake cancelled = anOpenStocktake().cancel();

        assertThat(posted.status()).isEqualTo(StocktakeStatus.POSTED);
        assertThatThrownBy(() -> posted.count(List.of(new Count(TEA, 1))))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(field(r)).isEqualTo("status"));
        assertThatThrownBy(posted::post).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(posted::cancel).isInstanceOf(TransitionRefused.class);
        assertThatThrownBy(cancelled::post).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void posting_records_the_differences_of_counted_lines_only() {
        Stocktake posted = anOpenStocktake().count(List.of(new Count(TEA, 8))).post().posted(Map.of(TEA, -2L));

        assertThat(posted.lines()).containsExactly(new Line(TEA, 10, 8L, -2L), new Line(CAKE, 5, null, null));
    }
}
