package io.oneshelf.order.sale;

import io.oneshelf.order.CancelOrder;
import io.oneshelf.order.DecideReturn;
import io.oneshelf.order.OrderReturn;
import io.oneshelf.order.ReturnLines;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderStatus;
import io.oneshelf.order.PayOrder;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.payment.Payment;
import io.oneshelf.platform.Rejection;
import io.oneshelf.payment.Payments;
import io.oneshelf.platform.idempotency.Computation;
import io.oneshelf.platform.idempotency.IdempotencyClaim;
import io.oneshelf.platform.idempotency.KeyedCalls;
import io.oneshelf.platform.idempotency.SelfIdempotent;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.oneshelf.platform.web.Texts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Orders for staff: till sales paid at once, guides' orders paid by link, the order list, payments, cancel. */
@RestController
@Tag(name = "Orders")
class OrderController implements SelfIdempotent {

    private static final String ORDERS = "/api/v1/orders";

    private final OrderService service;
    private final OrderQueries queries;
    private final OrderNames names;
    private final Payments payments;
    private final Texts texts;
    private final DeliveryAddresses addresses;
    private final KeyedCalls keyed;

    OrderController(OrderService service, OrderQueries queries, OrderNames names, Payments payments, Texts texts,
                    DeliveryAddresses addresses, KeyedCalls keyed) {
        this.keyed = keyed;
        this.service = service;
        this.queries = queries;
        this.names = names;
        this.payments = payments;
        this.texts = texts;
        this.addresses = addresses;
    }

    @PostMapping(ORDERS)
    @PreAuthorize("hasAuthority('order:write')")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OrderResponse.class)),
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "placeOrder", summary = "Place a till sale (POS, IN_STORE, paid by its tenders and "
            + "completed at once) or a guide's order for a customer (GUIDE, paid later); 409 out-of-stock if short")
    ResponseEntity<byte[]> place(@Valid @RequestBody OrderRequests.Place body, HttpServletRequest http) {
        Actor actor = Actor.current();
        IdempotencyClaim claim = IdempotencyClaim.of(http);
        return keyed.once(claim, () -> {
            // the order's own key is the caller's: another member of staff's same key is another order
            var view = service.place(command(actor, body, claim.actorId() + ":" + claim.key()));
            return ResponseEntity.created(URI.create(ORDERS + "/" + view.id())).body(OrderResponse.of(view, texts));
        });
    }

    /** Placing waits for the stock hold holding no database connection (see {@link KeyedCalls}). */
    @Override
    public boolean handles(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && ORDERS.equals(request.getRequestURI());
    }

    @PostMapping(ORDERS + "/quote")
    @Computation
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(operationId = "quoteOrder",
            summary = "Price and route an order as placing it would, without holding or recording anything")
    OrderResponse quote(@Valid @RequestBody OrderRequests.Place body) {
        return OrderResponse.of(service.quote(command(Actor.current(), body, null)), texts);
    }

    @GetMapping(ORDERS)
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(operationId = "listOrders", summary = "Orders of the places within your scope, newest first",
            description = "Filters combine; `customerPhone` finds the brand's customer with that mobile number "
                          + "(no orders when there is none), `number` is an order number as on a receipt.")
    Page<OrderResponse> list(@RequestParam(required = false) OrderStatus status,
                             @RequestParam(required = false) OrderChannel channel,
                             @RequestParam(required = false) UUID storeId,
                             @RequestParam(required = false) UUID guideId,
                             @RequestParam(required = false) UUID customerId,
                             @RequestParam(required = false) @Size(max = 30) String customerPhone,
                             @RequestParam(required = false) @Size(max = 40) String number,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                             OffsetDateTime from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                             OffsetDateTime to,
                             @RequestParam(required = false) String cursor,
                             @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        Actor actor = Actor.current();
        return Page.of(names.page(actor, queries.list(actor, status, channel, storeId, guideId, customerId,
                customerPhone, number, from, to, newestFirst(cursor), size + 1)), size, OrderResponse::id);
    }

    @GetMapping(ORDERS + "/{id}")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(operationId = "getOrder",
            summary = "One order: lines, money, routing plan and timeline (404 outside your scope)")
    OrderResponse get(@PathVariable UUID id) {
        Actor actor = Actor.current();
        return names.one(actor, queries.get(actor, id));
    }

    @GetMapping(ORDERS + "/{id}/payments")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(operationId = "listOrderPayments", summary = "The tenders of an order, oldest first, each with what "
            + "was refunded of it: for an order of your scope, or one you may take lines of back",
            description = "A small bounded list (an order's few tenders), answered as a bare JSON array without "
                    + "paging: an exception to the {items, nextCursor} rule.")
    java.util.List<Payment> payments(@PathVariable UUID id) {
        Actor actor = Actor.current();
        queries.checkReadable(actor, id);
        return payments.payments(actor.tenantId(), Order.reference(id));
    }

    @PostMapping(ORDERS + "/{id}/payments")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(operationId = "payOrder", summary = "Take a tender towards an unpaid order: cash or card at a store, "
            + "or WECHAT_PAY for a pay link the customer opens (the whole outstanding amount)")
    Payment pay(@PathVariable UUID id, @Valid @RequestBody OrderRequests.Pay body, HttpServletRequest http) {
        Actor actor = Actor.current();
        queries.check(actor, id);
        return service.pay(new PayOrder(actor.tenantId(), id, actor, null, body.tender(), body.amount(),
                body.cashTendered(), body.cardReference(), http.getHeader("Idempotency-Key")));
    }

    @PostMapping(ORDERS + "/{id}/cancel")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(operationId = "cancelOrder", summary = "Cancel an unpaid order, or a paid one not yet being "
            + "fulfilled: stock goes back, pending payments close, what was paid is refunded")
    OrderResponse cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) OrderRequests.Cancel body) {
        Actor actor = Actor.current();
        queries.check(actor, id);
        return names.one(actor, service.cancel(new CancelOrder(actor.tenantId(), id, actor, null,
                CancelOrder.Reason.STAFF, body == null ? null : body.note())));
    }

    @GetMapping(ORDERS + "/lookup")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(operationId = "lookUpOrder", summary = "An order by its number (from a receipt), for returns: one "
            + "of your scope, or one sold online or by a guide's link, whatever store it came from")
    OrderResponse lookUp(@RequestParam @Size(max = 40) String number) {
        Actor actor = Actor.current();
        return names.one(actor, queries.byNumber(actor, number));
    }

    @PostMapping(ORDERS + "/{id}/returns")
    @PreAuthorize("hasAuthority('order:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "returnOrderLines", summary = "Take lines of a paid order back at a place of your "
            + "scope (whatever channel sold them): refunded to the order's tenders, restocked or written off")
    ResponseEntity<OrderReturn> returnLines(@PathVariable UUID id, @Valid @RequestBody OrderRequests.Return body,
                                            HttpServletRequest http) {
        Actor actor = Actor.current();
        queries.checkReturnable(actor, id);
        OrderReturn done = service.returnLines(new ReturnLines(actor.tenantId(), id, actor, null,
                body.lines().stream().map(l -> new ReturnLines.Line(l.lineIndex(), l.quantity())).toList(),
                body.placeId(), body.restock(), body.reason(), http.getHeader("Idempotency-Key")));
        return ResponseEntity.status(201).body(done);
    }

    @GetMapping(ORDERS + "/{id}/returns")
    @PreAuthorize("hasAuthority('order:read')")
    @Operation(operationId = "listOrderReturns", summary = "The returns of an order, oldest first: for an order of "
            + "your scope, or one you may take lines of back",
            description = "A small bounded list (an order's few returns), answered as a bare JSON array without "
                    + "paging: an exception to the {items, nextCursor} rule.")
    java.util.List<OrderReturn> returns(@PathVariable UUID id) {
        Actor actor = Actor.current();
        queries.checkReadable(actor, id);
        return service.returns(actor.tenantId(), id);
    }

    @PostMapping(ORDERS + "/{id}/returns/{returnId}/accept")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(operationId = "acceptOrderReturn",
            summary = "Accept a customer's return request: goods back at a place of your scope, refund")
    OrderReturn accept(@PathVariable UUID id, @PathVariable UUID returnId,
                       @Valid @RequestBody OrderRequests.Accept body) {
        Actor actor = Actor.current();
        queries.checkReturnable(actor, id);
        return service.decideReturn(new DecideReturn(actor.tenantId(), id, returnId, actor, true, body.placeId(),
                body.restock(), null));
    }

    @PostMapping(ORDERS + "/{id}/returns/{returnId}/reject")
    @PreAuthorize("hasAuthority('order:write')")
    @Operation(operationId = "rejectOrderReturn", summary = "Reject a customer's return request")
    OrderReturn reject(@PathVariable UUID id, @PathVariable UUID returnId,
                       @Valid @RequestBody(required = false) OrderRequests.Cancel body) {
        Actor actor = Actor.current();
        queries.checkReturnable(actor, id);
        return service.decideReturn(new DecideReturn(actor.tenantId(), id, returnId, actor, false, null, false,
                body == null ? null : body.note()));
    }

    /** Where a delivery goes: the address given, or the customer's address named by its id. */
    private PlaceOrder.Address address(Actor actor, OrderRequests.Place b) {
        if (b.addressId() != null) {
            if (b.address() != null) {
                throw Rejection.invalid("addressId", "order.address.one-of");
            }
            return addresses.of(actor.tenantId(), b.customerId(), b.addressId());
        }
        return b.address() == null ? null : new PlaceOrder.Address(null, b.address().recipient(),
                b.address().phone(), b.address().text(), b.address().latitude(), b.address().longitude());
    }

    /** The cursor of a newest-first list: null (no bound) for the first page, else the last id seen. */
    private static UUID newestFirst(String cursor) {
        return cursor == null || cursor.isBlank() ? null : Page.after(cursor);
    }

    private PlaceOrder command(Actor actor, OrderRequests.Place b, String key) {
        return new PlaceOrder(actor.tenantId(), actor, b.channel(), b.fulfilment(), b.customerId(), b.storeId(),
                b.guideId(), b.lines().stream().map(l -> new PlaceOrder.Line(l.skuId(), l.quantity())).toList(),
                address(actor, b), b.tenders() == null ? null : b.tenders().stream().map(t ->
                        new PlaceOrder.TenderLine(t.tender(), t.amount(), t.cashTendered(), t.cardReference(),
                                t.authCode()))
                        .toList(), b.note(), key, b.pickupSlot() == null ? null : b.pickupSlot().command(),
                b.couponIds());
    }
}
