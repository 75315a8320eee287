package io.oneshelf.catalog.price;

import static io.oneshelf.catalog.price.PriceResolutionTest.BAND_10;
import static io.oneshelf.catalog.price.PriceResolutionTest.STORE;
import static io.oneshelf.catalog.price.PriceResolutionTest.list;
import static io.oneshelf.catalog.price.PriceResolutionTest.scheduled;
import static io.oneshelf.catalog.price.PriceResolutionTest.store;
import static io.oneshelf.catalog.price.PriceResolutionTest.tier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceSheetTest {

    private static String fieldOf(Throwable t) {
        return ((Rejection) t).faults().get(0).field();
    }

    @Test
    void a_store_price_within_the_band_is_accepted_including_its_edge() {
        assertThatCode(() -> PriceSheet.checked(List.of(list(2000), store(STORE, 1800), tier("GOLD", 1500)), BAND_10))
                .doesNotThrowAnyException();
        assertThat(BAND_10.permits(2200, 2000)).isTrue();
        assertThat(BAND_10.permits(2201, 2000)).isFalse();
    }

    @Test
    void a_store_price_outside_the_band_is_refused_naming_its_price() {
        assertThatThrownBy(() -> PriceSheet.checked(List.of(list(2000), store(STORE, 1799)), BAND_10))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("prices[1].priceFen"));
    }

    @Test
    void a_store_price_is_refused_when_the_policy_forbids_store_prices() {
        assertThatThrownBy(() -> PriceSheet.checked(List.of(list(2000), store(STORE, 2000)), PricePolicy.UNIFIED))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("prices[1].priceFen"));
    }

    @Test
    void a_store_price_must_fit_every_list_price_of_its_period() {
        List<PriceRow> rows = List.of(list(2000), scheduled(list(1000), "2026-07-01T00:00:00Z", null),
                store(STORE, 1900));

        assertThatThrownBy(() -> PriceSheet.checked(rows, BAND_10))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("prices[2].priceFen"));
    }

    @Test
    void a_period_must_end_after_it_starts_and_rows_of_one_rule_may_not_start_together() {
        assertThatThrownBy(() -> PriceSheet.checked(List.of(
                scheduled(list(2000), "2026-07-01T00:00:00Z", "2026-07-01T00:00:00Z")), BAND_10))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("prices[0].validTo"));
        assertThatThrownBy(() -> PriceSheet.checked(List.of(list(2000), list(1900)), BAND_10))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("prices[1].validFrom"));
    }

    @Test
    void a_row_must_carry_the_key_of_its_kind() {
        PriceRow tierWithoutCode = new PriceRow(PriceKind.TIER, null, null, null, 100, null, null);

        assertThatThrownBy(() -> PriceSheet.checked(List.of(list(2000), tierWithoutCode), BAND_10))
                .satisfies(t -> assertThat(fieldOf(t)).isEqualTo("prices[1].tierCode"));
    }
}
