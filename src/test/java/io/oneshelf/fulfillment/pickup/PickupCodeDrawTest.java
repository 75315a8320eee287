package io.oneshelf.fulfillment.pickup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PickupCodeDrawTest {

    @Test
    void a_code_is_six_digits_leading_zeros_kept() {
        PickupCodeDraw draw = new PickupCodeDraw(fixed(42, 123_457));

        assertThat(draw.draw()).isEqualTo("000042");
        assertThat(draw.draw()).isEqualTo("123457");
        List<String> many = drawn(PickupCodeDraw.secure(), 2_000);
        assertThat(many).allSatisfy(code -> assertThat(code).matches("[0-9]{6}"));
    }

    @Test
    void codes_a_guesser_tries_first_are_never_drawn() {
        PickupCodeDraw draw = new PickupCodeDraw(fixed(111_111, 0, 123_456, 987_654, 345_678, 908_172));

        assertThat(draw.draw()).isEqualTo("908172");
        assertThat(PickupCodeDraw.weak("000000")).isTrue();
        assertThat(PickupCodeDraw.weak("456789")).isTrue();
        assertThat(PickupCodeDraw.weak("543210")).isTrue();
        assertThat(PickupCodeDraw.weak("112233")).isFalse();
        assertThat(PickupCodeDraw.weak("135792")).isFalse();
    }

    @Test
    void a_code_still_open_in_the_brand_is_never_issued_again() {
        Set<String> open = new HashSet<>(List.of("482913", "075519"));
        PickupCodeDraw draw = new PickupCodeDraw(fixed(482_913, 75_519, 482_913, 660_281));

        assertThat(draw.free(open::contains)).isEqualTo("660281");
    }

    @Test
    void many_codes_issued_in_a_row_are_all_different_while_open() {
        PickupCodeDraw draw = new PickupCodeDraw(new SplittableRandom(7));
        Set<String> open = new HashSet<>();

        for (int i = 0; i < 20_000; i++) {
            assertThat(open.add(draw.free(open::contains))).isTrue();
        }
        assertThat(open).hasSize(20_000);
    }

    @Test
    void codes_follow_no_sequence() {
        List<String> codes = drawn(PickupCodeDraw.secure(), 1_000);
        int steps = 0;
        for (int i = 1; i < codes.size(); i++) {
            int difference = Integer.parseInt(codes.get(i)) - Integer.parseInt(codes.get(i - 1));
            steps += Math.abs(difference) <= 10 ? 1 : 0;
        }

        assertThat(new HashSet<>(codes)).hasSizeGreaterThan(990);
        assertThat(steps).as("neighbours within 10 of each other").isLessThan(5);
        assertThat(codes).isNotEqualTo(codes.stream().sorted().toList());
    }

    @Test
    void drawing_gives_up_rather_than_loop_when_every_draw_is_taken() {
        PickupCodeDraw draw = new PickupCodeDraw(new SplittableRandom(1));

        assertThatThrownBy(() -> draw.free(code -> true)).isInstanceOf(IllegalStateException.class);
    }

    private static List<String> drawn(PickupCodeDraw draw, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(draw.draw());
        }
        return codes;
    }

    /** A generator that answers the given numbers in turn (for {@code nextInt(bound)}). */
    private static RandomGenerator fixed(int... values) {
        return new RandomGenerator() {
            private int next;

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int nextInt(int bound) {
                return values[next++ % values.length];
            }
        };
    }
}
