package io.oneshelf.payment.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SandboxCodesTest {

    @Test
    void digits_3_to_10_of_a_code_name_the_payer_whatever_its_one_time_rest() {
        assertThat(SandboxCodes.payer("134567890123456789").openid()).isEqualTo("o-sandbox-45678901");
        assertThat(SandboxCodes.payer("104567890199999999").openid()).isEqualTo("o-sandbox-45678901");
    }

    @Test
    void a_code_ending_0000_is_declined_for_want_of_balance() {
        assertThatThrownBy(() -> SandboxCodes.payer("134567890123450000"))
                .isInstanceOfSatisfying(SandboxGateway.Refusal.class, r -> {
                    assertThat(r.status).isEqualTo(403);
                    assertThat(r.code).isEqualTo("NOT_ENOUGH");
                });
    }

    @Test
    void only_18_digits_starting_10_to_15_are_wechat_payment_codes() {
        for (String code : new String[] {"161234567890123456", "0912345678901234567", "13456789012345678", "",
                "28123456789012345678", "13456789012345678x"}) {
            assertThatThrownBy(() -> SandboxCodes.payer(code)).as(code)
                    .isInstanceOfSatisfying(SandboxGateway.Refusal.class,
                            r -> assertThat(r.code).isEqualTo("AUTH_CODE_INVALID"));
        }
    }
}
