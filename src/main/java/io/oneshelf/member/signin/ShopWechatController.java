package io.oneshelf.member.signin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers signing in to a brand's shop with WeChat (a mini program's {@code wx.login} code; the sandbox issues
 * them at {@code POST /sandbox/wechat/login}). Public, like the phone sign-in: no token, no Idempotency-Key.
 */
@RestController
@RequestMapping("/api/v1/shop/{brandCode}/sign-in/wechat")
@Tag(name = "Shop sign-in")
class ShopWechatController {

    private final WechatSignIn signIn;

    ShopWechatController(WechatSignIn signIn) {
        this.signIn = signIn;
    }

    @Schema(name = "ShopWechatSignInRequest")
    record WechatCode(@NotBlank @Size(max = 128) String code) {
    }

    /** {@code code}: the six digits of the newest SMS to {@code phone}. */
    @Schema(name = "ShopWechatBindRequest")
    record Bind(@NotBlank @Size(max = 100) String bindToken, @NotBlank @Size(max = 30) String phone,
                @NotBlank @Pattern(regexp = "[0-9]{6}", message = "{validation.sign-in-code}") String code) {
    }

    /** {@code bound}: tokens for a known WeChat user; else a {@code bindToken} to bind a phone with. */
    @Schema(name = "ShopWechatSignIn")
    record Outcome(boolean bound, ShopSignIn.ShopTokens tokens, String bindToken, Long bindExpiresIn) {
    }

    @PostMapping
    @Operation(operationId = "signInToShopWithWechat", summary = "Sign in with a WeChat login code: tokens when the "
            + "WeChat user is a customer of the brand, else a bind token to bind a phone with (…/wechat/bind)",
            description = "A code WeChat refuses (unknown, used, expired) is 401 naming code; 503 when WeChat does "
                    + "not answer.")
    Outcome signIn(@PathVariable String brandCode, @Valid @RequestBody WechatCode body) {
        WechatSignIn.Outcome o = signIn.signIn(brandCode, body.code());
        return new Outcome(o.bound(), o.tokens(), o.bindToken(), o.bindExpiresIn());
    }

    @PostMapping("/bind")
    @Operation(operationId = "bindPhoneToShopWechat", summary = "Bind a phone (proven by its SMS code) to the WeChat "
            + "user of a bind token: the phone's customer (registered now if none) gets the WeChat identities, and "
            + "tokens",
            description = "A bind token unknown, used or older than ten minutes is 401 naming bindToken; a wrong SMS "
                    + "code 401 naming code, as the phone sign-in.")
    ShopSignIn.ShopTokens bind(@PathVariable String brandCode, @Valid @RequestBody Bind body) {
        return signIn.bind(brandCode, body.bindToken(), body.phone(), body.code());
    }
}
