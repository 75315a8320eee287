package io.oneshelf.member.signin;

import io.oneshelf.member.IdentityKind;
import io.oneshelf.member.customer.CustomerBook;
import io.oneshelf.member.profile.SelfMerges;
import io.oneshelf.platform.security.Shopper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A signed-in customer binds their WeChat (a {@code wx.login} code) to their account. When that WeChat user already
 * is another customer of the brand (they signed in with WeChat and another phone before), the two are one person:
 * the other customer is merged into the signed-in one (an admin may undo it until confirmed).
 */
@RestController
@Tag(name = "Shop account")
class ShopIdentityController {

    private final LoginProvider provider;
    private final CustomerBook customers;
    private final SelfMerges merges;
    private final TransactionTemplate transactions;

    ShopIdentityController(LoginProvider provider, CustomerBook customers, SelfMerges merges,
                           TransactionTemplate transactions) {
        this.provider = provider;
        this.customers = customers;
        this.merges = merges;
        this.transactions = transactions;
    }

    @Schema(name = "BindWechatRequest")
    record Bind(@NotBlank @Size(max = 128) String code) {
    }

    /** {@code mergeId}: the merge of the other customer this WeChat user was, or null. */
    @Schema(name = "WechatBound")
    record Bound(String openid, UUID mergedCustomerId, UUID mergeId) {
    }

    @PostMapping("/api/v1/shop/{brandCode}/me/identities/wechat")
    @Operation(operationId = "bindShopWechat", summary = "Bind the customer's WeChat (a login code) to their account; "
            + "another customer who was this WeChat user is merged into them",
            description = "A code WeChat refuses is 401 naming code.")
    Bound bind(@PathVariable String brandCode, @Valid @RequestBody Bind body) {
        Shopper shopper = Shopper.current();
        LoginProvider.ExternalLogin login = provider.exchange(shopper.brandId(), body.code());
        return transactions.execute(tx -> {
            UUID owner = customers.link(shopper.brandId(), shopper.customerId(), IdentityKind.WECHAT_OPENID,
                    login.openid());
            UUID merged = null;
            UUID mergeId = null;
            if (!owner.equals(shopper.customerId())) {
                merged = owner;
                mergeId = merges.mergeInto(shopper.brandId(), shopper.customerId(), owner);
            }
            if (login.unionid() != null) {
                customers.link(shopper.brandId(), shopper.customerId(), IdentityKind.WECHAT_UNIONID, login.unionid());
            }
            return new Bound(login.openid(), merged, mergeId);
        });
    }
}
