package io.oneshelf.guide.binding;

import static io.oneshelf.guide.roster.GuideRules.BindingRule.FIRST_WINS;
import static io.oneshelf.guide.roster.GuideRules.BindingRule.LINK_REBINDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.guide.binding.Binding.Source;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BindingPolicyTest {

    private static final UUID STORE = UUID.randomUUID();
    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID BO = UUID.randomUUID();

    private static Binding boundTo(UUID guide) {
        return new Binding(UUID.randomUUID(), UUID.randomUUID(), guide, STORE, Source.LINK, null, null, null, null);
    }

    @Test
    void a_customer_bound_to_nobody_is_bound_by_whatever_comes_first() {
        for (Source source : Source.values()) {
            assertThat(BindingPolicy.moves(FIRST_WINS, source, null, ANNA, STORE)).isTrue();
        }
    }

    @Test
    void the_first_guide_keeps_a_customer_served_at_the_till_or_through_a_link_by_another() {
        assertThat(BindingPolicy.moves(FIRST_WINS, Source.TILL, boundTo(ANNA), BO, STORE)).isFalse();
        assertThat(BindingPolicy.moves(FIRST_WINS, Source.LINK, boundTo(ANNA), BO, STORE)).isFalse();
        assertThat(BindingPolicy.moves(LINK_REBINDS, Source.TILL, boundTo(ANNA), BO, STORE)).isFalse();
    }

    @Test
    void a_link_moves_a_bound_customer_only_when_the_brand_lets_links_rebind() {
        assertThat(BindingPolicy.moves(LINK_REBINDS, Source.LINK, boundTo(ANNA), BO, STORE)).isTrue();
    }

    @Test
    void a_manager_always_moves_a_customer_and_a_pooled_customer_goes_to_the_first_guide_who_serves_them() {
        assertThat(BindingPolicy.moves(FIRST_WINS, Source.ASSIGNED, boundTo(ANNA), BO, STORE)).isTrue();
        assertThat(BindingPolicy.moves(FIRST_WINS, Source.HANDOVER, boundTo(ANNA), null, STORE)).isTrue();
        assertThat(BindingPolicy.moves(FIRST_WINS, Source.TILL, boundTo(null), BO, STORE)).isTrue();
    }

    @Test
    void binding_a_customer_to_the_guide_they_have_changes_nothing() {
        assertThat(BindingPolicy.moves(LINK_REBINDS, Source.ASSIGNED, boundTo(ANNA), ANNA, STORE)).isFalse();
        assertThat(BindingPolicy.moves(FIRST_WINS, Source.HANDOVER, boundTo(null), null, STORE)).isFalse();
    }
}
