package io.oneshelf.pos.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void a_chinese_character_takes_two_columns_and_ascii_one() {
        assertThat(Columns.width("奶茶 x2")).isEqualTo(7);
        assertThat(Columns.width("（）")).isEqualTo(4);
    }

    @Test
    void characters_outside_the_printers_gb_set_print_as_question_marks_and_controls_as_spaces() {
        assertThat(Columns.printable("奶茶😀\tA")).isEqualTo("奶茶? A");
    }

    @Test
    void wrapping_never_splits_a_chinese_character_over_the_edge() {
        assertThat(Columns.wrap("ab奶茶", 4)).containsExactly("ab奶", "茶");
        assertThat(Columns.wrap("奶茶奶", 5)).containsExactly("奶茶", "奶");
        assertThat(Columns.wrap("", 5)).containsExactly("");
    }

    @Test
    void a_label_and_an_amount_spread_to_the_edge_or_the_amount_goes_below() {
        assertThat(Columns.spread("现金", "12.00", 12)).containsExactly("现金   12.00");
        assertThat(Columns.spread("珍珠奶茶大杯", "12.00", 12)).containsExactly("珍珠奶茶大杯", "       12.00");
    }

    @Test
    void fen_print_as_yuan_with_two_decimals() {
        assertThat(Columns.yuan(1234)).isEqualTo("12.34");
        assertThat(Columns.yuan(-205)).isEqualTo("-2.05");
        assertThat(Columns.yuan(7)).isEqualTo("0.07");
    }
}
