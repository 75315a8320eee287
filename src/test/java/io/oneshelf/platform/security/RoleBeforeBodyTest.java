package io.oneshelf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RoleBeforeBodyTest {

    @Test
    void reads_one_authority_or_several_joined_by_or() {
        assertThat(RoleBeforeBody.authorities("hasAuthority('stock:write')", "x")).containsExactly("stock:write");
        assertThat(RoleBeforeBody.authorities("hasAuthority('a') or hasAuthority('b')", "x"))
                .containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void an_access_rule_of_another_form_is_refused_so_that_the_start_fails() {
        assertThatThrownBy(() -> RoleBeforeBody.authorities("hasRole('ADMIN')", "StoreController.create"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hasRole('ADMIN')").hasMessageContaining("StoreController.create");
        assertThatThrownBy(() -> RoleBeforeBody.authorities("hasAuthority('a') and hasAuthority('b')", "x"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> RoleBeforeBody.authorities("permitAll()", "x"))
                .isInstanceOf(IllegalStateException.class);
    }
}
