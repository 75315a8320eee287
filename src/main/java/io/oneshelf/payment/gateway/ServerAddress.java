package io.oneshelf.payment.gateway;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * This server's own address on the loopback interface, known once its web server listens: the sandbox gateway is
 * reached there, and gateways send their notifications there unless {@code oneshelf.payment.notify-base-url} says
 * otherwise.
 */
@Component
public class ServerAddress {

    private final PaymentSettings settings;
    private volatile int port;

    ServerAddress(PaymentSettings settings) {
        this.settings = settings;
    }

    @EventListener
    void listening(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /** http://127.0.0.1:port of this instance. */
    public String loopback() {
        if (port <= 0) {
            throw new IllegalStateException("The web server is not listening yet");
        }
        return "http://127.0.0.1:" + port;
    }

    /** Where gateways post their notifications. */
    public String notifyUrl() {
        String base = settings.notifyBaseUrl() == null || settings.notifyBaseUrl().isBlank() ? loopback()
                : settings.notifyBaseUrl().replaceAll("/+$", "");
        return base + "/api/v1/payments/notify/wechatpay";
    }
}
