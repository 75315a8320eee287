package io.oneshelf.integration.webhook;

import io.oneshelf.platform.Rejection;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks from being pointed into the server's own network (SSRF): a URL must be http or https, and every
 * address its host resolves to must be public; private, loopback, link-local, shared (100.64/10), multicast and
 * unspecified addresses are refused, also as IPv4 inside IPv6. Checked when an endpoint is saved and again before
 * each attempt, since DNS may change meanwhile. {@code oneshelf.webhooks.allow-private-targets} lifts the address
 * rule (tests, on-premise receivers).
 */
@Component
class TargetGuard {

    private final boolean allowPrivate;

    @Autowired
    TargetGuard(WebhookProperties properties) {
        this(properties.allowPrivateTargets());
    }

    TargetGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL as given, or a rejection naming {@code field}. */
    URI check(String url, String field) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw Rejection.invalid(field, "integration.webhook.url.malformed");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null
            || uri.getRawFragment() != null) {
            throw Rejection.invalid(field, "integration.webhook.url.malformed");
        }
        String refused = refusedAddress(uri.getHost());
        if (refused != null) {
            throw Rejection.invalid(field, refused.isEmpty() ? "integration.webhook.url.unknown-host"
                    : "integration.webhook.url.private", refused);
        }
        return uri;
    }

    /**
     * Null when the host may be called; otherwise the refused address, or "" when the host does not resolve.
     */
    String refusedAddress(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            return "";
        }
        if (allowPrivate) {
            return null;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return address.getHostAddress();
            }
        }
        return null;
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
            || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // unique local fc00::/7
            }
            if (embedsIpv4(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        return address instanceof Inet4Address && !(b[0] == 0 // "this network" 0/8
                || (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64 // shared address space 100.64/10
                || (b[0] & 0xff) == 198 && (b[1] & 0xfe) == 18 // benchmarking 198.18/15
                || (b[0] & 0xff) >= 240); // reserved and broadcast
    }

    /** IPv4-mapped ({@code ::ffff:a.b.c.d}) or IPv4-compatible ({@code ::a.b.c.d}) addresses. */
    private static boolean embedsIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff);
    }
}
