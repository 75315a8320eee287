package io.oneshelf.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A transition table: what it allows, what it refuses and how it says so. */
class TransitionsTest {

    enum Light { RED, GREEN, AMBER, OFF }

    private static final Transitions<Light> LIGHTS = Transitions.of(Map.of(
            Light.RED, EnumSet.of(Light.GREEN, Light.OFF),
            Light.GREEN, EnumSet.of(Light.AMBER),
            Light.AMBER, EnumSet.of(Light.RED)));

    @Test
    void a_listed_change_is_allowed_and_passes_the_check() {
        assertThat(LIGHTS.allows(Light.RED, Light.GREEN)).isTrue();
        assertThatCode(() -> LIGHTS.check(Light.GREEN, Light.AMBER)).doesNotThrowAnyException();
    }

    @Test
    void a_change_not_listed_is_refused_naming_both_statuses() {
        assertThat(LIGHTS.allows(Light.GREEN, Light.RED)).isFalse();
        assertThatThrownBy(() -> LIGHTS.check(Light.GREEN, Light.RED))
                .isInstanceOfSatisfying(TransitionRefused.class, refused -> {
                    assertThat(refused.from()).isEqualTo(Light.GREEN);
                    assertThat(refused.to()).isEqualTo(Light.RED);
                    assertThat(refused.kind()).isEqualTo(Rejection.Kind.CONFLICT);
                    assertThat(refused.faults()).extracting(Rejection.Fault::field).containsExactly("status");
                });
    }

    @Test
    void a_status_the_table_leaves_out_is_final() {
        assertThat(LIGHTS.next(Light.OFF)).isEmpty();
        assertThat(LIGHTS.allows(Light.OFF, Light.RED)).isFalse();
        assertThatThrownBy(() -> LIGHTS.check(Light.OFF, Light.OFF)).isInstanceOf(TransitionRefused.class);
    }

    @Test
    void staying_in_a_status_is_a_transition_like_any_other() {
        assertThat(LIGHTS.allows(Light.RED, Light.RED)).isFalse();
        assertThat(LIGHTS.next(Light.RED)).containsExactlyInAnyOrder(Light.GREEN, Light.OFF);
    }

    @Test
    void the_table_cannot_be_changed_through_what_was_given_or_what_is_answered() {
        Set<Light> fromGreen = EnumSet.of(Light.AMBER);
        Map<Light, Set<Light>> table = new java.util.HashMap<>(Map.of(Light.GREEN, fromGreen));
        Transitions<Light> lights = Transitions.of(table);

        fromGreen.add(Light.OFF);
        table.put(Light.OFF, EnumSet.of(Light.RED));

        assertThat(lights.allows(Light.GREEN, Light.OFF)).isFalse();
        assertThat(lights.allows(Light.OFF, Light.RED)).isFalse();
        assertThatThrownBy(() -> lights.next(Light.GREEN).add(Light.RED))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
