package io.oneshelf.org.staff;

import io.oneshelf.org.staff.SignIn.Tokens;
import io.oneshelf.org.staff.StaffRequests.Login;
import io.oneshelf.org.staff.StaffRequests.Refresh;
import io.oneshelf.platform.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Signing in and out. The only API calls that need no token. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

    private final SignIn signIn;
    private final AddressThrottle throttle;

    AuthController(SignIn signIn, AddressThrottle throttle) {
        this.signIn = signIn;
        this.throttle = throttle;
    }

    @PostMapping("/login")
    @Operation(operationId = "signIn",
            summary = "Sign in with login and password; returns a short-lived access token and a refresh token")
    Tokens login(@Valid @RequestBody Login request, HttpServletRequest http) {
        String address = http.getRemoteAddr();
        throttle.check(address);
        try {
            return signIn.login(request.login().trim(), request.password());
        } catch (Rejection e) {
            if (e.kind() == Rejection.Kind.BAD_CREDENTIALS) {
                throttle.failed(address);
            }
            throw e;
        }
    }

    @PostMapping("/refresh")
    @Operation(operationId = "refreshTokens",
            summary = "Trade a refresh token for new tokens (the old refresh token stops working)")
    Tokens refresh(@Valid @RequestBody Refresh request) {
        return signIn.refresh(request.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "signOut", summary = "Revoke a refresh token")
    void logout(@Valid @RequestBody Refresh request) {
        signIn.logout(request.refreshToken());
    }
}
