package io.oneshelf.social.group;

import io.oneshelf.order.PlaceOrder;
import io.oneshelf.payment.Tender;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.idempotency.IdempotencyClaim;
import io.oneshelf.platform.idempotency.KeyedCalls;
import io.oneshelf.platform.idempotency.SelfIdempotent;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.media.Content;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Groups by their share code at a till (拼团码): the cashier scans or types the code off the customer's phone, sees the
 * group, and joins the customer to it with a sale paid there and then. The till's store must be one the cashier
 * works at, and the campaign must sell at the till (its channels and stores).
 */
@RestController
@Tag(name = "Group buys")
class GroupTillController implements SelfIdempotent {

    private static final java.util.regex.Pattern JOIN = java.util.regex.Pattern.compile(
            "/api/v1/group-buy-groups/[^/]+/joins");

    private final GroupOrders orders;
    private final io.oneshelf.org.Places places;
    private final KeyedCalls keyed;

    GroupTillController(GroupOrders orders, io.oneshelf.org.Places places, KeyedCalls keyed) {
        this.orders = orders;
        this.places = places;
        this.keyed = keyed;
    }

    /** A till join places an order: it waits for the stock holding no connection (see KeyedCalls). */
    @Override
    public boolean handles(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && JOIN.matcher(request.getRequestURI()).matches();
    }

    /** A customer joining a group at the till, and how they pay (tenders covering the group price). */
    @Schema(name = "GroupTillJoin")
    record TillJoin(@NotNull UUID customerId, @NotNull UUID storeId,
                    @NotEmpty @Size(max = 5) List<@Valid @NotNull Tendered> tenders) {
    }

    @Schema(name = "GroupTillTender")
    record Tendered(@NotNull Tender tender, @NotNull @Min(1) @Max(100_000_000_00L) Long amount, Long cashTendered,
                    @Size(max = 64) String cardReference) {
    }

    @GetMapping("/api/v1/group-buy-groups/{code}")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(operationId = "findGroupByCode", summary = "A group by its share code (case, spaces and dashes do not "
            + "matter): its campaign, SKU and group price, status, places paid and free, members and time left")
    GroupViews.View find(@PathVariable String code) {
        Actor actor = Actor.current();
        return orders.view(actor.tenantId(), orders.byCode(actor.tenantId(), code));
    }

    @PostMapping("/api/v1/group-buy-groups/{code}/joins")
    @PreAuthorize("hasAuthority('order:write')")
    @ApiResponse(responseCode = "201", description = "Joined and paid",
            content = @Content(schema = @Schema(implementation = GroupViews.Place.class)))
    @Operation(operationId = "joinGroupAtTill", summary = "Join a customer to a group at the till: a sale of one unit "
            + "at the group price, paid by its tenders at once (409 when the group is full, closed or the customer "
            + "is in it)")
    ResponseEntity<byte[]> join(@PathVariable String code, @Valid @RequestBody TillJoin body,
                                HttpServletRequest http) {
        Actor actor = Actor.current();
        if (!actor.brandWide() && !places.idsVisibleTo(actor).contains(body.storeId())) {
            throw Rejection.forbidden("social.group.store-not-yours");
        }
        IdempotencyClaim claim = IdempotencyClaim.of(http);
        return keyed.once(claim, () -> {
            GroupViews.Place placed = orders.joinAtTill(actor, code, body.customerId(), body.storeId(),
                    body.tenders().stream().map(t -> new PlaceOrder.TenderLine(t.tender(), t.amount(),
                            t.cashTendered(), t.cardReference())).toList(), claim.actorId() + ":" + claim.key());
            return ResponseEntity.created(URI.create("/api/v1/orders/" + placed.orderId())).body(placed);
        });
    }
}
