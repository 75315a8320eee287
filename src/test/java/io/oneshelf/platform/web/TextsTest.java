package io.oneshelf.platform.web;

import io.oneshelf.platform.Message;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which language a request's Accept-Language asks for, among the two the server speaks. */
class TextsTest {

    @Test
    void every_chinese_tag_reads_as_simplified_chinese() {
        assertThat(Texts.asked("zh")).isEqualTo(Texts.CHINESE);
        assertThat(Texts.asked("zh-Hans")).isEqualTo(Texts.CHINESE);
        assertThat(Texts.asked("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(Texts.CHINESE);
    }

    @Test
    void every_english_tag_reads_as_english() {
        assertThat(Texts.asked("en")).isEqualTo(Texts.ENGLISH);
        assertThat(Texts.asked("en-GB")).isEqualTo(Texts.ENGLISH);
    }

    @Test
    void the_clients_weights_decide_and_unknown_languages_are_skipped() {
        assertThat(Texts.asked("zh;q=0.5,en;q=0.9")).isEqualTo(Texts.ENGLISH);
        assertThat(Texts.asked("fr-FR,en;q=0.5")).isEqualTo(Texts.ENGLISH);
    }

    @Test
    void no_header_an_unknown_language_or_a_malformed_header_leaves_the_choice_to_the_brand() {
        assertThat(Texts.asked(null)).isNull();
        assertThat(Texts.asked("fr")).isNull();
        assertThat(Texts.asked("*")).isNull();
        assertThat(Texts.asked(";;;")).isNull();
    }

    @Test
    void money_reads_in_yuan_with_the_currency() {
        assertThat(Message.yuan(2000)).isEqualTo("¥20.00");
        assertThat(Message.yuan(-5)).isEqualTo("-¥0.05");
        assertThat(Message.money(1999, "USD")).isEqualTo("USD 19.99");
    }
}
