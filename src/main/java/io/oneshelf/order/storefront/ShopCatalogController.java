package io.oneshelf.order.storefront;

import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Browsing a brand's shop, signed in or not: categories, products on shelf for the online mall with their online
 * price and stock, a product's page with the stores that have it, and the stores to pick an order up at.
 */
@RestController
@RequestMapping("/api/v1/shop/{brandCode}")
@Tag(name = "Shop")
class ShopCatalogController {

    private final ShopBrands brands;
    private final ShelfReader shelf;

    ShopCatalogController(ShopBrands brands, ShelfReader shelf) {
        this.brands = brands;
        this.shelf = shelf;
    }

    @GetMapping("/categories")
    @Operation(operationId = "listShopCategories", summary = "The shop's categories, parents first",
            description = "A bare JSON array of the brand's category tree as a flat list (parentId links them): "
                          + "small and bounded, an exception to the {items, nextCursor} rule.")
    List<ShopViews.Category> categories(@PathVariable String brandCode) {
        return shelf.categories(brands.idOf(brandCode));
    }

    @GetMapping("/products")
    @Operation(operationId = "listShopProducts", summary = "Products on shelf for the online mall, by name or code "
            + "fragment and category (with its sub-categories), with their lowest online price and online stock")
    Page<ShopViews.ProductCard> products(@PathVariable String brandCode,
                                         @RequestParam(required = false) @Size(max = 100) String q,
                                         @RequestParam(required = false) UUID categoryId,
                                         @RequestParam(required = false) String cursor,
                                         @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        UUID brandId = brands.idOf(brandCode);
        return Page.of(shelf.products(brandId, q, categoryId, Page.after(cursor), size + 1), size,
                ShopViews.ProductCard::id);
    }

    @GetMapping("/products/{id}")
    @Operation(operationId = "getShopProduct", summary = "A product's page: its SKUs with online price and stock, "
            + "and the open stores that have them (nearest first given the customer's latitude and longitude)")
    ShopViews.ProductPage product(@PathVariable String brandCode, @PathVariable UUID id,
                                  @RequestParam(required = false) @DecimalMin("-90") @DecimalMax("90")
                                  BigDecimal latitude,
                                  @RequestParam(required = false) @DecimalMin("-180") @DecimalMax("180")
                                  BigDecimal longitude) {
        return shelf.product(brands.idOf(brandCode), id, latitude, longitude);
    }

    @GetMapping("/stores")
    @Operation(operationId = "listShopStores", summary = "The open stores to pick an order up at (those sharing stock with online), nearest first "
            + "given the customer's latitude and longitude (else in code order)",
            description = "A bare JSON array (a brand's stores): an exception to the {items, nextCursor} rule.")
    List<ShopViews.Store> stores(@PathVariable String brandCode,
                                 @RequestParam(required = false) @DecimalMin("-90") @DecimalMax("90")
                                 BigDecimal latitude,
                                 @RequestParam(required = false) @DecimalMin("-180") @DecimalMax("180")
                                 BigDecimal longitude) {
        return shelf.stores(brands.idOf(brandCode), latitude, longitude);
    }
}
