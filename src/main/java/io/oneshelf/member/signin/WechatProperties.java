package io.oneshelf.member.signin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * WeChat mini program sign-in ({@code oneshelf.member.wechat.*}): the app's id and secret and where
 * {@code code2session} is asked. By default the sandbox this server serves under {@code /sandbox/wechat} (with
 * its own app id and secret); {@code base-url: https://api.weixin.qq.com} with the brand's real app for
 * production, and {@code sandbox-enabled: false} to stop serving the sandbox.
 */
@ConfigurationProperties("oneshelf.member.wechat")
record WechatProperties(String appId, String appSecret, String baseUrl, Boolean sandboxEnabled) {

    static final String SANDBOX_APP_ID = "wx00000000sandbox";
    static final String SANDBOX_SECRET = "oneshelf-sandbox-secret";

    WechatProperties {
        appId = appId == null || appId.isBlank() ? SANDBOX_APP_ID : appId;
        appSecret = appSecret == null || appSecret.isBlank() ? SANDBOX_SECRET : appSecret;
        baseUrl = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        sandboxEnabled = sandboxEnabled == null || sandboxEnabled;
    }
}
