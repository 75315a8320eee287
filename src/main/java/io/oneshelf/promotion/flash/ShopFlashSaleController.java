package io.oneshelf.promotion.flash;

import io.oneshelf.order.OrderChannel;
import io.oneshelf.org.Brands;
import io.oneshelf.platform.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The flash sales running now in a brand's online shop, for its product pages (open to anyone, like the shelf). */
@RestController
@Tag(name = "Shop")
class ShopFlashSaleController {

    private final Brands brands;
    private final FlashSales sales;

    ShopFlashSaleController(Brands brands, FlashSales sales) {
        this.brands = brands;
        this.sales = sales;
    }

    @GetMapping("/api/v1/shop/{brandCode}/flash-sales")
    @Operation(operationId = "listShopFlashSales", summary = "The flash sales running now online (at most 100, "
            + "soonest started first): each SKU's flash price and units left, and when the sale ends",
            description = "A bare JSON array, bounded by its limit. The flash price is for signed-in customers, up "
                          + "to the sale's units per customer.")
    List<FlashSaleViews.Shop> running(@PathVariable String brandCode) {
        UUID brandId = brands.idOf(brandCode).orElseThrow(() -> Rejection.notFound("shop"));
        return sales.running(brandId, Instant.now(), null).stream()
                .filter(s -> s.channels().isEmpty() || s.channels().contains(OrderChannel.ONLINE))
                .map(FlashSaleViews.Shop::of).toList();
    }
}
