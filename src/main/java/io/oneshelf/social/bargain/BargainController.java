package io.oneshelf.social.bargain;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuRef;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The brand's bargain campaigns (砍价) with their progress and bargains (each with its drawn cut sequence, for audit):
 * read by anyone who reads prices, kept by brand-wide staff who set prices. Bargains sell online only, so every
 * reader of the brand sees them all.
 */
@RestController
@Tag(name = "Bargains")
class BargainController {

    private static final String CAMPAIGNS = "/api/v1/bargain-campaigns";

    private final BargainCampaigns campaigns;
    private final Bargains bargains;
    private final BargainDesk desk;
    private final BargainShowing showing;
    private final SkuCatalog skus;

    BargainController(BargainCampaigns campaigns, Bargains bargains, BargainDesk desk, BargainShowing showing,
                      SkuCatalog skus) {
        this.campaigns = campaigns;
        this.bargains = bargains;
        this.desk = desk;
        this.showing = showing;
        this.skus = skus;
    }

    @GetMapping(CAMPAIGNS)
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "listBargainCampaigns", summary = "The brand's bargain campaigns with their progress "
            + "(bargains open, bought, expired; helps), ordered by id, a page at a time")
    Page<BargainViews.View> list(@RequestParam(required = false) String cursor,
                                 @RequestParam(required = false) Integer limit) {
        UUID brandId = Actor.current().tenantId();
        int size = Page.limit(limit);
        Page<BargainCampaign> page = Page.of(campaigns.page(brandId, Page.after(cursor), size + 1), size,
                BargainCampaign::id);
        return new Page<>(page.items().stream().map(c -> view(brandId, c)).toList(), page.nextCursor());
    }

    @GetMapping(CAMPAIGNS + "/{id}")
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "getBargainCampaign", summary = "One bargain campaign with its progress (404 when the "
            + "brand has none of that id)")
    BargainViews.View get(@PathVariable UUID id) {
        UUID brandId = Actor.current().tenantId();
        return view(brandId, campaigns.find(brandId, id).orElseThrow(() -> Rejection.notFound("bargain-campaign")));
    }

    @GetMapping(CAMPAIGNS + "/{id}/bargains")
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "listBargains", summary = "A campaign's bargains, newest first: price now, helps so far "
            + "and the cut sequence drawn when each started (the audit)")
    Page<BargainViews.Bargain> bargains(@PathVariable UUID id, @RequestParam(required = false) String cursor,
                                        @RequestParam(required = false) Integer limit) {
        UUID brandId = Actor.current().tenantId();
        campaigns.find(brandId, id).orElseThrow(() -> Rejection.notFound("bargain-campaign"));
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        Page<Bargain> page = Page.of(bargains.ofCampaign(brandId, id, before, size + 1), size, Bargain::id);
        return new Page<>(page.items().stream().map(b -> showing.view(brandId, b, true)).toList(),
                page.nextCursor());
    }

    @PostMapping(CAMPAIGNS)
    @PreAuthorize("hasAuthority('price:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createBargainCampaign", summary = "Add a bargain campaign (brand-wide staff): a buyer's "
            + "friends cut its SKU from the start price to the floor in the helpers needed, within the time limit")
    ResponseEntity<BargainViews.View> create(@Valid @RequestBody BargainViews.Edit body) {
        io.oneshelf.social.share.CampaignDesk.By by = by();
        BargainCampaign saved = desk.create(by, body);
        return ResponseEntity.created(URI.create(CAMPAIGNS + "/" + saved.id())).body(view(by.brandId(), saved));
    }

    @PutMapping(CAMPAIGNS + "/{id}")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "updateBargainCampaign", summary = "Change the whole of a bargain campaign (with the "
            + "version read; its SKU stays); bargains started keep their prices and cuts")
    BargainViews.View update(@PathVariable UUID id, @Valid @RequestBody BargainViews.Edit body) {
        io.oneshelf.social.share.CampaignDesk.By by = by();
        return view(by.brandId(), desk.update(by, id, body));
    }

    @PostMapping(CAMPAIGNS + "/{id}/activate")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "activateBargainCampaign", summary = "Set a bargain campaign active (again changes "
            + "nothing)")
    BargainViews.View activate(@PathVariable UUID id) {
        io.oneshelf.social.share.CampaignDesk.By by = by();
        return view(by.brandId(), desk.activate(by, id, true));
    }

    @PostMapping(CAMPAIGNS + "/{id}/deactivate")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "deactivateBargainCampaign", summary = "Set a bargain campaign inactive: no new bargain "
            + "starts; those started run to their end (again changes nothing)")
    BargainViews.View deactivate(@PathVariable UUID id) {
        io.oneshelf.social.share.CampaignDesk.By by = by();
        return view(by.brandId(), desk.activate(by, id, false));
    }

    private BargainViews.View view(UUID brandId, BargainCampaign c) {
        SkuRef sku = skus.find(brandId, List.of(c.skuId())).get(c.skuId());
        return new BargainViews.View(c.id(), c.name(), c.skuId(), sku == null ? null : sku.code(),
                sku == null ? null : sku.name(), c.startPrice(), c.floorPrice(), c.helpersNeeded(), c.limitMinutes(),
                c.helpsPerDay(), c.allocation(), c.sold(), c.remaining(), c.startsAt(), c.endsAt(), c.active(),
                c.version(), bargains.progress(brandId, c.id()));
    }

    private static io.oneshelf.social.share.CampaignDesk.By by() {
        Actor actor = Actor.current();
        if (!actor.brandWide()) {
            throw Rejection.forbidden("promotion.brand-wide-only");
        }
        return new io.oneshelf.social.share.CampaignDesk.By(actor.tenantId(), actor.id(), actor.name());
    }
}
