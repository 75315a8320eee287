package io.oneshelf.order.storefront;

import io.oneshelf.member.Address;
import io.oneshelf.member.Addresses;
import io.oneshelf.order.CancelOrder;
import io.oneshelf.order.Carts;
import io.oneshelf.order.GuideAttribution;
import io.oneshelf.order.OrderChannel;
import io.oneshelf.order.OrderReturn;
import io.oneshelf.order.OrderView;
import io.oneshelf.order.Orders;
import io.oneshelf.order.PayOrder;
import io.oneshelf.order.PlaceOrder;
import io.oneshelf.order.ReturnLines;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.idempotency.Computation;
import io.oneshelf.platform.idempotency.IdempotencyClaim;
import io.oneshelf.platform.idempotency.KeyedCalls;
import io.oneshelf.platform.idempotency.SelfIdempotent;
import io.oneshelf.platform.security.Shopper;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's checkout and own orders. Only ever their own: another customer's order is not found
 * (404), as is one of another brand. Checkout places an online order of the whole cart through the same
 * {@link Orders} as the till (same price resolution, same stock pool).
 */
@RestController
@RequestMapping("/api/v1/shop/{brandCode}")
@Tag(name = "Shop")
class ShopOrderController implements SelfIdempotent {

    private static final java.util.regex.Pattern CHECKOUT = java.util.regex.Pattern.compile(
            "/api/v1/shop/[^/]+/orders");

    private final Orders orders;
    private final Carts carts;
    private final Addresses addresses;
    private final KeyedCalls keyed;
    private final List<GuideAttribution> attributions;

    ShopOrderController(Orders orders, Carts carts, Addresses addresses, KeyedCalls keyed,
                        List<GuideAttribution> attributions) {
        this.orders = orders;
        this.carts = carts;
        this.addresses = addresses;
        this.keyed = keyed;
        this.attributions = attributions;
    }

    /** Checkout waits for the stock hold holding no database connection (see {@link KeyedCalls}). */
    @Override
    public boolean handles(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && CHECKOUT.matcher(request.getRequestURI()).matches();
    }

    @PostMapping("/checkout/quote")
    @Computation
    @Operation(operationId = "quoteShopCheckout", summary = "Price and route the cart as placing it would "
            + "(shipping fee, total, where it comes from), holding nothing; 409 out-of-stock if short")
    ShopViews.ShopOrder quote(@PathVariable String brandCode, @Valid @RequestBody ShopRequests.Checkout body) {
        Shopper shopper = Shopper.current();
        // the cart's lines as they are: the quote prices them (pricing the cart first would do it twice)
        List<PlaceOrder.Line> lines = carts.lines(shopper.brandId(), shopper.customerId());
        if (lines.isEmpty()) {
            throw Rejection.invalid("lines", "order.cart.empty");
        }
        return ShopViews.ShopOrder.of(orders.quote(command(shopper, body, lines, null)));
    }

    @PostMapping("/orders")
    @ApiResponse(responseCode = "201", description = "Placed: pay it before expiresAt",
            content = @Content(schema = @Schema(implementation = ShopViews.ShopOrder.class)),
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "placeShopOrder", summary = "Check the cart out: an online order for pickup at a store "
            + "or delivery to one of the customer's addresses; its stock is held until it is paid or expires, and "
            + "the cart is emptied. 409 out-of-stock if short")
    ResponseEntity<byte[]> place(@PathVariable String brandCode, @Valid @RequestBody ShopRequests.Checkout body,
                                 HttpServletRequest http) {
        Shopper shopper = Shopper.current();
        IdempotencyClaim claim = IdempotencyClaim.of(http);
        return keyed.once(claim, () -> {
            // the order's own key is the customer's: another customer's same key is another order
            OrderView placed = carts.checkout(command(shopper, body, List.of(), claim.actorId() + ":" + claim.key()));
            return ResponseEntity.created(URI.create("/api/v1/shop/" + brandCode + "/orders/" + placed.id()))
                    .body(ShopViews.ShopOrder.of(placed));
        });
    }

    @GetMapping("/orders")
    @Operation(operationId = "listShopOrders", summary = "The customer's own orders, newest first")
    Page<ShopViews.ShopOrder> list(@PathVariable String brandCode, @RequestParam(required = false) String cursor,
                               @RequestParam(required = false) Integer limit) {
        Shopper shopper = Shopper.current();
        int size = Page.limit(limit);
        UUID before = cursor == null || cursor.isBlank() ? null : Page.after(cursor);
        return Page.of(orders.ofCustomer(shopper.brandId(), shopper.customerId(), before, size + 1).stream()
                .map(ShopViews.ShopOrder::of).toList(), size, ShopViews.ShopOrder::id);
    }

    @GetMapping("/orders/{id}")
    @Operation(operationId = "getShopOrder", summary = "One of the customer's orders: lines, money, status and "
            + "timeline (another customer's is 404)")
    ShopViews.ShopOrder get(@PathVariable String brandCode, @PathVariable UUID id) {
        return ShopViews.ShopOrder.of(own(Shopper.current(), id));
    }

    @PostMapping("/orders/{id}/payments")
    @Operation(operationId = "payShopOrder", summary = "Pay an unpaid order: online (WECHAT_PAY, the whole "
            + "outstanding amount: open the answer's payUrl; the order turns PAID when the gateway confirms), or with "
            + "the customer's WALLET or POINTS (amount: a part of what is outstanding, default all of it; points pay "
            + "at most the brand's share of the order, 422 on amount otherwise or when the balance is short)")
    ShopViews.Payment pay(@PathVariable String brandCode, @PathVariable UUID id,
                          @Valid @RequestBody ShopRequests.Pay body, HttpServletRequest http) {
        Shopper shopper = Shopper.current();
        own(shopper, id);
        return ShopViews.Payment.of(orders.pay(new PayOrder(shopper.brandId(), id, null, shopper.customerId(),
                body.tender(), body.tender().account() ? body.amount() : null, null, null,
                http.getHeader("Idempotency-Key"))));
    }

    @PostMapping("/orders/{id}/cancel")
    @Operation(operationId = "cancelShopOrder", summary = "Cancel an unpaid order (a paid one is returned instead): "
            + "its stock goes back and its pending payment closes")
    ShopViews.ShopOrder cancel(@PathVariable String brandCode, @PathVariable UUID id,
                           @Valid @RequestBody(required = false) ShopRequests.Cancel body) {
        Shopper shopper = Shopper.current();
        own(shopper, id);
        return ShopViews.ShopOrder.of(orders.cancel(new CancelOrder(shopper.brandId(), id, null, shopper.customerId(),
                CancelOrder.Reason.CUSTOMER, body == null ? null : body.note())));
    }

    @PostMapping("/orders/{id}/returns")
    @ApiResponse(responseCode = "201", description = "Requested: the store decides", useReturnTypeSchema = true)
    @Operation(operationId = "requestShopReturn", summary = "Ask to return lines of a paid order (whole or part); "
            + "the store accepts (refund to the original payment) or rejects it")
    ResponseEntity<OrderReturn> requestReturn(@PathVariable String brandCode, @PathVariable UUID id,
                                              @Valid @RequestBody ShopRequests.ReturnRequest body,
                                              HttpServletRequest http) {
        Shopper shopper = Shopper.current();
        own(shopper, id);
        OrderReturn asked = orders.returnLines(new ReturnLines(shopper.brandId(), id, null, shopper.customerId(),
                body.lines().stream().map(l -> new ReturnLines.Line(l.lineIndex(), l.quantity())).toList(), null,
                false, body.reason(), http.getHeader("Idempotency-Key")));
        return ResponseEntity.status(201).body(asked);
    }

    @GetMapping("/orders/{id}/returns")
    @Operation(operationId = "listShopReturns", summary = "The returns of one of the customer's orders, oldest first",
            description = "A small bounded list (an order's few returns), answered as a bare JSON array.")
    List<OrderReturn> returns(@PathVariable String brandCode, @PathVariable UUID id) {
        Shopper shopper = Shopper.current();
        own(shopper, id);
        return orders.returns(shopper.brandId(), id);
    }

    private OrderView own(Shopper shopper, UUID orderId) {
        return orders.find(shopper.brandId(), orderId)
                .filter(o -> shopper.customerId().equals(o.customerId()))
                .orElseThrow(() -> Rejection.notFound("order"));
    }

    private UUID linkedGuide(Shopper shopper, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return attributions.stream().map(a -> a.guideOfLink(shopper.brandId(), code.strip()))
                .flatMap(java.util.Optional::stream).findFirst().orElse(null);
    }

    private PlaceOrder command(Shopper shopper, ShopRequests.Checkout body, List<PlaceOrder.Line> lines,
                               String key) {
        PlaceOrder.Address address = null;
        if (body.addressId() != null) {
            Address a = addresses.find(shopper.brandId(), shopper.customerId(), body.addressId())
                    .orElseThrow(() -> Rejection.invalid("addressId", "order.address.unknown"));
            address = new PlaceOrder.Address(a.id(), a.recipient(), a.phone(),
                    String.join(" ", a.province(), a.city(), a.district(), a.line()),
                    a.latitude() == null ? null : BigDecimal.valueOf(a.latitude()),
                    a.longitude() == null ? null : BigDecimal.valueOf(a.longitude()));
        }
        return new PlaceOrder(shopper.brandId(), null, OrderChannel.ONLINE, body.fulfilment(), shopper.customerId(),
                body.storeId(), linkedGuide(shopper, body.guideCode()), lines, address, List.of(), body.note(), key, body.pickupSlot() == null ? null
                : new PlaceOrder.PickupSlot(body.pickupSlot().date(), body.pickupSlot().slotId()), body.couponIds());
    }
}
