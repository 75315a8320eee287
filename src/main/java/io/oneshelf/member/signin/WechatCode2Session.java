package io.oneshelf.member.signin;

import io.oneshelf.platform.Message;
import io.oneshelf.platform.Rejection;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat mini program login: the code from {@code wx.login} traded for the user's openid and unionid at
 * {@code code2session} (GET {@code /sns/jscode2session}), at WeChat or, by default, at this server's sandbox.
 */
@Component
class WechatCode2Session implements LoginProvider {

    private static final Logger log = LoggerFactory.getLogger(WechatCode2Session.class);

    private final WechatProperties properties;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile int port;

    WechatCode2Session(WechatProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    @EventListener
    void listening(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public ExternalLogin exchange(UUID brandId, String code) {
        String base = properties.baseUrl().isEmpty() ? "http://127.0.0.1:" + port + "/sandbox/wechat"
                : properties.baseUrl();
        URI uri = URI.create(base + "/sns/jscode2session?appid=" + enc(properties.appId()) + "&secret="
                + enc(properties.appSecret()) + "&js_code=" + enc(code) + "&grant_type=authorization_code");
        JsonNode answer;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            answer = json.readTree(response.body());
        } catch (IOException | RuntimeException e) {
            log.warn("WeChat code2session failed: {}", e.toString());
            throw new Rejection(Rejection.Kind.SERVICE_UNAVAILABLE, Message.of("member.wechat.unavailable"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Rejection(Rejection.Kind.SERVICE_UNAVAILABLE, Message.of("member.wechat.unavailable"));
        }
        if (answer.path("errcode").asInt(0) != 0 || answer.path("openid").asString("").isEmpty()) {
            log.info("WeChat refused a login code: {} {}", answer.path("errcode"), answer.path("errmsg"));
            Message refused = Message.of("member.wechat.code-invalid");
            throw new Rejection(Rejection.Kind.BAD_CREDENTIALS, Message.of("problem.field", "code", refused),
                    java.util.List.of(new Rejection.Fault("code", refused)));
        }
        String unionid = answer.path("unionid").asString("");
        return new ExternalLogin(answer.path("openid").asString(), unionid.isEmpty() ? null : unionid);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
