package io.oneshelf.order.storefront;

import io.oneshelf.order.CartView;
import io.oneshelf.order.Carts;
import io.oneshelf.platform.security.Shopper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in customer's cart, kept on the server and priced now by the checkout pipeline (online mall). */
@RestController
@RequestMapping("/api/v1/shop/{brandCode}/cart")
@Tag(name = "Shop")
class ShopCartController {

    private final Carts carts;

    ShopCartController(Carts carts) {
        this.carts = carts;
    }

    @GetMapping
    @Operation(operationId = "getShopCart", summary = "The customer's cart, priced now (online prices, in fen)")
    CartView cart(@PathVariable String brandCode) {
        Shopper shopper = Shopper.current();
        return carts.get(shopper.brandId(), shopper.customerId());
    }

    @PostMapping("/items")
    @Operation(operationId = "addToShopCart", summary = "Add units of a SKU to the cart (at most 50 different SKUs)")
    CartView add(@PathVariable String brandCode, @Valid @RequestBody ShopRequests.CartItem body) {
        Shopper shopper = Shopper.current();
        if (body.quantity() < 1) {
            throw io.oneshelf.platform.Rejection.invalid("quantity", "validation.range", 1, 9_999);
        }
        return carts.add(shopper.brandId(), shopper.customerId(), body.skuId(), body.quantity());
    }

    @PutMapping("/items")
    @Operation(operationId = "changeShopCartItem", summary = "Set the cart's quantity of a SKU; 0 removes it")
    CartView set(@PathVariable String brandCode, @Valid @RequestBody ShopRequests.CartItem body) {
        Shopper shopper = Shopper.current();
        return carts.set(shopper.brandId(), shopper.customerId(), body.skuId(), body.quantity());
    }
}
