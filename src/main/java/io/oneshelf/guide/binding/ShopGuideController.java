package io.oneshelf.guide.binding;

import io.oneshelf.guide.content.ShareCodes;
import io.oneshelf.guide.roster.GuideAccess;
import io.oneshelf.org.StaffNames;
import io.oneshelf.order.GuideAttribution;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Shopper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in customer's exclusive guide: who it is, and following a guide's share link. */
@RestController
@Tag(name = "Shop")
class ShopGuideController {

    private static final String ME = "/api/v1/shop/{brandCode}/me/guide";

    private final Bindings bindings;
    private final GuideAttribution attribution;
    private final GuideAccess guides;
    private final StaffNames names;
    private final ShareCodes shares;

    ShopGuideController(Bindings bindings, GuideAttribution attribution, GuideAccess guides,
                        StaffNames names, ShareCodes shares) {
        this.shares = shares;
        this.bindings = bindings;
        this.attribution = attribution;
        this.guides = guides;
        this.names = names;
    }

    @GetMapping(ME)
    @Operation(operationId = "getMyGuide", summary = "The customer's exclusive guide (all fields null when none)")
    BindingViews.MyGuide mine(@PathVariable String brandCode) {
        Shopper shopper = Shopper.current();
        return bindings.current(shopper.brandId(), shopper.customerId()).filter(b -> b.guideId() != null)
                .map(b -> new BindingViews.MyGuide(b.guideId(), names.of(shopper.brandId(), List.of(b.guideId()))
                        .get(b.guideId()), b.storeId(), b.startedAt()))
                .orElse(BindingViews.MyGuide.NONE);
    }

    @PostMapping(ME)
    @Operation(operationId = "followGuideLink", summary = "The customer opened a guide's share link: binds them to "
            + "the guide if the brand's rule allows (first binding wins unless the brand lets links rebind), and "
            + "answers their exclusive guide now. The code of a guide's post or product share is the guide's link "
            + "too (and counts as the customer's touch of the share). A code of no enabled guide is 400 on code")
    BindingViews.MyGuide follow(@PathVariable String brandCode, @Valid @RequestBody BindingViews.FollowGuideLink body) {
        Shopper shopper = Shopper.current();
        UUID guideId = attribution.guideOfLink(shopper.brandId(), body.code())
                .orElseThrow(() -> Rejection.invalid("code", "guide.link.unknown"));
        UUID store = guides.guide(shopper.brandId(), guideId).flatMap(g -> g.storeId()).orElseThrow();
        bindings.bind(new Bindings.Bind(shopper.brandId(), shopper.customerId(), guideId, store, Binding.Source.LINK,
                null));
        shares.followed(shopper.brandId(), shopper.customerId(), body.code());
        return mine(brandCode);
    }
}
