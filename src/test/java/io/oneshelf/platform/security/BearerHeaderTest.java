package io.oneshelf.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

class BearerHeaderTest {

    private final BearerHeader resolver = new BearerHeader();

    private static MockHttpServletRequest withAuthorization(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (value != null) {
            request.addHeader("Authorization", value);
        }
        return request;
    }

    @Test
    void readsTheTokenAfterTheSchemeInAnyCase() {
        assertThat(resolver.resolve(withAuthorization("Bearer abc.DEF-1_2~3+4/5=="))).isEqualTo("abc.DEF-1_2~3+4/5==");
        assertThat(resolver.resolve(withAuthorization("bearer abc"))).isEqualTo("abc");
    }

    @Test
    void noHeaderOrAnotherSchemeMeansNoToken() {
        assertThat(resolver.resolve(withAuthorization(null))).isNull();
        assertThat(resolver.resolve(withAuthorization("Basic dXNlcjpwdw=="))).isNull();
    }

    @Test
    void aMalformedTokenIsRefused() {
        for (String bad : new String[] {"Bearer ", "Bearer a b", "Bearer ==", "Bearer a=b", "Bearer tök", "Bearer a\n"}) {
            assertThatThrownBy(() -> resolver.resolve(withAuthorization(bad)))
                    .as(bad).isInstanceOf(OAuth2AuthenticationException.class);
        }
    }
}
