package io.oneshelf.order.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.oneshelf.org.PlaceRef;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Distances between coordinates, by the haversine formula. */
class GreatCircleTest {

    @Test
    void shanghai_peoples_square_to_tiananmen_is_about_1067_km() {
        assertThat(GreatCircle.km(31.2304, 121.4737, 39.9042, 116.4074)).isCloseTo(1067.31, within(0.01));
    }

    @Test
    void a_degree_of_longitude_shrinks_with_latitude_and_a_degree_of_latitude_does_not() {
        assertThat(GreatCircle.km(0, 0, 1, 0)).isCloseTo(111.195, within(0.001));
        assertThat(GreatCircle.km(60, 0, 61, 0)).isCloseTo(111.195, within(0.001));
        assertThat(GreatCircle.km(60, 0, 60, 1)).isCloseTo(55.597, within(0.001));
    }

    @Test
    void across_the_antimeridian_is_the_short_way_round() {
        assertThat(GreatCircle.km(0, 179.5, 0, -179.5)).isCloseTo(111.195, within(0.001));
    }

    @Test
    void a_place_or_address_without_coordinates_has_no_distance_and_others_are_rounded_to_the_metre() {
        PlaceRef place = new PlaceRef(UUID.randomUUID(), PlaceRef.Kind.STORE, "S", "S", null, null, true,
                new BigDecimal("31.240400"), new BigDecimal("121.473700"));

        assertThat(GreatCircle.between(place, null)).isNull();
        assertThat(GreatCircle.between(place, new Destination(null, new BigDecimal("121.4")))).isNull();
        assertThat(GreatCircle.between(place, Stockroom.HOME)).isEqualTo(1.112);
    }
}
