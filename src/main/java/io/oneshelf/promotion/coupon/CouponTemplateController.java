package io.oneshelf.promotion.coupon;

import io.oneshelf.org.Places;
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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * The brand's coupon templates and the coupons issued from them: read by anyone who reads prices (staff of narrower
 * scope see those that apply at one of their stores, naming only their stores), kept and issued
 * by brand-wide staff who set prices; a customer's coupons read by staff who read customers.
 */
@RestController
@Tag(name = "Coupons")
class CouponTemplateController {

    private static final String TEMPLATES = "/api/v1/coupon-templates";

    private final CouponBook book;
    private final CouponDesk desk;
    private final Places places;
    private final CouponAnswers answers;

    CouponTemplateController(CouponBook book, CouponDesk desk, Places places, CouponAnswers answers) {
        this.book = book;
        this.desk = desk;
        this.places = places;
        this.answers = answers;
    }

    @GetMapping(TEMPLATES)
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "listCouponTemplates", summary = "The brand's coupon templates with how many were "
            + "issued, ordered by id, a page at a time")
    Page<CouponViews.Template> list(@RequestParam(required = false) String cursor,
                                    @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        int size = Page.limit(limit);
        Page<CouponTemplate> page = Page.of(book.templates(actor.tenantId(), Page.after(cursor), size + 1, false),
                size, CouponTemplate::id);
        Set<UUID> mine = visible(places, actor);
        return new Page<>(answers.templates(actor.tenantId(), page.items().stream().map(c -> seenBy(c, mine))
                .flatMap(Optional::stream).toList()), page.nextCursor());
    }

    @GetMapping(TEMPLATES + "/{id}")
    @PreAuthorize("hasAuthority('price:read')")
    @Operation(operationId = "getCouponTemplate", summary = "One coupon template (404 when the brand has none of "
            + "that id): read it for its version before a change")
    CouponViews.Template get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        Set<UUID> mine = visible(places, actor);
        return answers.template(actor.tenantId(), book.template(actor.tenantId(), id).flatMap(c -> seenBy(c, mine))
                .orElseThrow(() -> Rejection.notFound("coupon-template")));
    }

    /** The stores a reader sees; null for brand-wide staff (all of them). */
    static Set<UUID> visible(Places places, Actor actor) {
        return actor.brandWide() ? null
                : places.idsVisibleTo(actor);
    }

    /** The template as a reader who sees the stores {@code mine} sees it, if it applies at one of them. */
    static Optional<CouponTemplate> seenBy(CouponTemplate t, Set<UUID> mine) {
        if (mine == null || t.storeIds().isEmpty()) {
            return Optional.of(t);
        }
        Set<UUID> theirs = t.storeIds().stream().filter(mine::contains).collect(Collectors.toSet());
        return theirs.isEmpty() ? Optional.empty() : Optional.of(t.atStores(theirs));
    }

    @PostMapping(TEMPLATES)
    @PreAuthorize("hasAuthority('price:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createCouponTemplate", summary = "Add a coupon template (brand-wide staff)")
    ResponseEntity<CouponViews.Template> create(@Valid @RequestBody CouponViews.Edit body) {
        CouponTemplate saved = desk.create(by(), body);
        return ResponseEntity.created(URI.create(TEMPLATES + "/" + saved.id()))
                .body(answers.template(Actor.current().tenantId(), saved));
    }

    @PutMapping(TEMPLATES + "/{id}")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "updateCouponTemplate", summary = "Change the whole of a coupon template (with the "
            + "version read); coupons issued before keep their validity")
    CouponViews.Template update(@PathVariable UUID id, @Valid @RequestBody CouponViews.Edit body) {
        return answers.template(Actor.current().tenantId(), desk.update(by(), id, body));
    }

    @PostMapping(TEMPLATES + "/{id}/issue")
    @PreAuthorize("hasAuthority('price:write')")
    @Operation(operationId = "issueCoupons", summary = "Issue one coupon of the template to each customer named, "
            + "all or none (409 when its total or a member's limit would be passed)")
    List<CouponViews.CouponView> issue(@PathVariable UUID id, @Valid @RequestBody CouponViews.Issue body) {
        CouponDesk.By by = by();
        return answers.coupons(by.brandId(), desk.issue(by, id, body.customerIds()));
    }

    @GetMapping("/api/v1/coupons")
    @PreAuthorize("hasAuthority('customer:read')")
    @Operation(operationId = "listCustomerCoupons", summary = "A customer's coupons, newest first (at most 200), "
            + "with what each gives and whether it was used",
            description = "A bare JSON array, bounded by its limit.")
    List<CouponViews.CouponView> ofCustomer(@RequestParam UUID customerId) {
        UUID brand = Actor.current().tenantId();
        return answers.coupons(brand, book.ofCustomer(brand, customerId, 200));
    }

    static CouponDesk.By by() {
        Actor actor = Actor.current();
        if (!actor.brandWide()) {
            throw Rejection.forbidden("promotion.brand-wide-only");
        }
        return new CouponDesk.By(actor.tenantId(), actor.id(), actor.name());
    }
}
