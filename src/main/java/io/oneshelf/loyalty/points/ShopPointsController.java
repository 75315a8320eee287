package io.oneshelf.loyalty.points;

import io.oneshelf.loyalty.tier.TierDesk;
import io.oneshelf.platform.security.Shopper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in customer's own membership in a brand's shop: their tier and progress, points and history. */
@RestController
@Tag(name = "Shop loyalty")
class ShopPointsController {

    private final TierDesk tiers;
    private final PointsRuleStore rules;
    private final PointsLedger ledger;

    ShopPointsController(TierDesk tiers, PointsRuleStore rules, PointsLedger ledger) {
        this.tiers = tiers;
        this.rules = rules;
        this.ledger = ledger;
    }

    @GetMapping("/api/v1/shop/{brandCode}/me/membership")
    @Operation(operationId = "getShopMembership", summary = "The signed-in customer's tier, growth and what the next "
            + "tier needs, their points and what they are worth")
    PointsViews.Membership membership(@PathVariable String brandCode) {
        Shopper shopper = Shopper.current();
        PointsRules r = rules.of(shopper.brandId());
        long balance = ledger.balance(shopper.brandId(), shopper.customerId());
        return new PointsViews.Membership(tiers.standing(shopper.brandId(), shopper.customerId()), balance,
                balance * 100 / r.redeemPerYuan(), r.redeemPerYuan(), r.maxRedeemPercent());
    }

    @GetMapping("/api/v1/shop/{brandCode}/me/points")
    @Operation(operationId = "getShopPoints", summary = "The signed-in customer's points and history, newest first")
    PointsViews.Points points(@PathVariable String brandCode, @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) Integer limit) {
        Shopper shopper = Shopper.current();
        return PointsController.of(rules, ledger, shopper.brandId(), shopper.customerId(), cursor, limit);
    }
}
