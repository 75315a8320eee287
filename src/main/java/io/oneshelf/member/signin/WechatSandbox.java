package io.oneshelf.member.signin;

import io.swagger.v3.oas.annotations.Hidden;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for WeChat's mini program login, under {@code /sandbox/wechat} (like the payment sandbox): {@code POST
 * /sandbox/wechat/login} plays {@code wx.login} on a customer's phone (a one-time code for a WeChat user, a new
 * one or the openid given), and {@code GET /sandbox/wechat/sns/jscode2session} answers as WeChat's does: {@code
 * openid}, {@code session_key}, {@code unionid}, or {@code errcode} 40029 (invalid code), 40163 (code been used),
 * 40125 (invalid appsecret). Codes work five minutes and once. Not part of the published API.
 */
@Hidden
@RestController
@ConditionalOnProperty(name = "oneshelf.member.wechat.sandbox-enabled", havingValue = "true", matchIfMissing = true)
class WechatSandbox {

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    WechatSandbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A WeChat user of the sandbox: {@code openid} to log in again as them, empty for a new one. */
    record SandboxUser(String openid, String unionid) {
    }

    @PostMapping("/sandbox/wechat/login")
    Map<String, String> login(@RequestBody(required = false) SandboxUser user) {
        String openid = user == null || user.openid() == null || user.openid().isBlank()
                ? "o" + token(13) : user.openid().strip();
        String unionid = user == null || user.unionid() == null || user.unionid().isBlank()
                ? "u" + openid.substring(1) : user.unionid().strip();
        String code = token(16);
        jdbc.sql("insert into wechat_sandbox_code(code, appid, openid, unionid, issued_at)"
                        + " values (:code, :appid, :openid, :unionid, now())")
                .param("code", code).param("appid", WechatProperties.SANDBOX_APP_ID).param("openid", openid)
                .param("unionid", unionid).update();
        return Map.of("code", code, "openid", openid, "unionid", unionid);
    }

    @GetMapping("/sandbox/wechat/sns/jscode2session")
    @Transactional
    Map<String, Object> code2session(@RequestParam(required = false) String appid,
                                     @RequestParam(required = false) String secret,
                                     @RequestParam(name = "js_code", required = false) String code,
                                     @RequestParam(name = "grant_type", required = false) String grantType) {
        if (!WechatProperties.SANDBOX_APP_ID.equals(appid) || !WechatProperties.SANDBOX_SECRET.equals(secret)) {
            return error(40125, "invalid appsecret");
        }
        if (!"authorization_code".equals(grantType) || code == null) {
            return error(40029, "invalid code");
        }
        var found = jdbc.sql("select openid, unionid, used_at is not null as used,"
                        + " issued_at < now() - interval '5 minutes' as expired"
                        + " from wechat_sandbox_code where code = :code for update")
                .param("code", code).query((rs, n) -> new Object[] {rs.getString("openid"), rs.getString("unionid"),
                        rs.getBoolean("used"), rs.getBoolean("expired")}).optional();
        if (found.isEmpty() || (Boolean) found.get()[3]) {
            return error(40029, "invalid code");
        }
        if ((Boolean) found.get()[2]) {
            return error(40163, "code been used");
        }
        jdbc.sql("update wechat_sandbox_code set used_at = now() where code = :code").param("code", code).update();
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("openid", found.get()[0]);
        session.put("session_key", token(12));
        session.put("unionid", found.get()[1]);
        return session;
    }

    private static Map<String, Object> error(int code, String message) {
        return Map.of("errcode", code, "errmsg", message);
    }

    private String token(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
