package io.oneshelf.member.signin;

import io.oneshelf.member.signin.ShopSignIn.ShopTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Customers signing in to a brand's shop by phone and a one-time SMS code. Public: no token is read here, and no
 * Idempotency-Key is taken (asking again sends another code, within the limits).
 */
@RestController
@RequestMapping("/api/v1/shop/{brandCode}")
@Tag(name = "Shop sign-in")
class ShopAuthController {

    private final ShopSignIn signIn;

    ShopAuthController(ShopSignIn signIn) {
        this.signIn = signIn;
    }

    /** {@code phone}: a mainland mobile number, as people write it (13812345678, +86 138 1234 5678 …). */
    record ShopSignInCodeRequest(@NotBlank @Size(max = 30) String phone) {
    }

    /**
     * A code went out: it works for {@code expiresInSeconds}; the next one may be asked for after
     * {@code resendAfterSeconds}.
     */
    record ShopSignInCodeSent(long expiresInSeconds, long resendAfterSeconds) {
    }

    /** {@code code}: the six digits of the newest SMS. */
    record ShopSignInRequest(
            @NotBlank @Size(max = 30) String phone,
            @NotBlank @Pattern(regexp = "[0-9]{6}", message = "{validation.sign-in-code}") String code) {
    }

    record ShopRefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
    }

    @PostMapping("/sign-in/code")
    @ApiResponse(responseCode = "202", description = "Accepted: the code is on its way by SMS",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "429", description = "A code went to this phone less than a minute ago, or ten "
            + "today; see Retry-After")
    @ApiResponse(responseCode = "503", description = "The SMS provider did not take the message; try again later")
    @Operation(operationId = "requestShopSignInCode", summary = "Send a one-time sign-in code to a mobile phone")
    ResponseEntity<ShopSignInCodeSent> code(@PathVariable String brandCode,
                                            @Valid @RequestBody ShopSignInCodeRequest request) {
        SignInCodes.Sent sent = signIn.sendCode(brandCode, request.phone());
        return ResponseEntity.accepted().body(new ShopSignInCodeSent(sent.expiresInSeconds(),
                sent.resendAfterSeconds()));
    }

    @PostMapping("/sign-in")
    @Operation(operationId = "signInToShop", summary = "Sign in with phone and code; the first sign-in registers "
            + "the customer. Returns a short-lived access token and a refresh token",
            description = "A wrong, expired or spent code, or none asked for, is 401 naming code (five tries per "
                    + "code, the right one included).")
    ShopTokens signIn(@PathVariable String brandCode, @Valid @RequestBody ShopSignInRequest request) {
        return signIn.signIn(brandCode, request.phone(), request.code());
    }

    @PostMapping("/token/refresh")
    @Operation(operationId = "refreshShopTokens",
            summary = "Trade a customer's refresh token for new tokens (the old refresh token stops working)")
    ShopTokens refresh(@PathVariable String brandCode, @Valid @RequestBody ShopRefreshRequest request) {
        return signIn.refresh(brandCode, request.refreshToken());
    }

    @PostMapping("/sign-out")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @Operation(operationId = "signOutOfShop", summary = "Revoke a customer's refresh token")
    ResponseEntity<Void> signOut(@PathVariable String brandCode, @Valid @RequestBody ShopRefreshRequest request) {
        signIn.signOut(brandCode, request.refreshToken());
        return ResponseEntity.noContent().build();
    }
}
