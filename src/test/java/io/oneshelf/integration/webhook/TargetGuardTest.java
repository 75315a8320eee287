package io.oneshelf.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oneshelf.platform.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SSRF: what a webhook may point at (literal addresses, so that no DNS is needed). */
class TargetGuardTest {

    private final TargetGuard strict = new TargetGuard(false);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost:8080/", "http://10.1.2.3/",
            "http://172.16.0.1/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
            "http://0.0.0.0/", "http://[::1]/", "http://[::]/", "http://[fe80::1]/", "http://[fd00::1]/",
            "http://[::ffff:10.0.0.1]/", "http://[::ffff:127.0.0.1]/", "http://224.0.0.1/", "http://100.64.0.1/",
            "https://255.255.255.255/", "http://2130706433/"})
    void private_loopback_link_local_multicast_and_unspecified_targets_are_refused_naming_url(String url) {
        assertThatThrownBy(() -> strict.check(url, "url"))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.faults())
                        .singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("url")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://8.8.8.8/", "file:///etc/passwd", "http://user:pw@8.8.8.8/", "8.8.8.8",
            "http:///nohost", "http://8.8.8.8/#frag", "gopher://8.8.8.8/"})
    void only_plain_http_and_https_urls_with_a_host_are_taken(String url) {
        assertThatThrownBy(() -> strict.check(url, "url")).isInstanceOf(Rejection.class);
    }

    @Test
    void public_addresses_are_taken() {
        assertThat(strict.check("https://8.8.8.8/hooks?x=1", "url")).hasHost("8.8.8.8");
        assertThat(strict.check("http://[2001:4860:4860::8888]/", "url").getHost()).contains("2001");
        assertThat(strict.refusedAddress("1.1.1.1")).isNull();
    }

    @Test
    void the_setting_allows_private_targets() {
        TargetGuard open = new TargetGuard(true);
        assertThat(open.check("http://127.0.0.1:9000/hook", "url")).hasPort(9000);
        assertThat(open.refusedAddress("10.0.0.1")).isNull();
    }
}
