package io.oneshelf.catalog.product;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.image.ProductImages;
import io.oneshelf.catalog.product.Product.ProductStatus;
import io.oneshelf.catalog.product.ProductRequests.CreateProduct;
import io.oneshelf.catalog.product.ProductRequests.EditProduct;
import io.oneshelf.catalog.product.ProductSearch.Filter;
import io.oneshelf.catalog.product.ProductSearch.ProductSummary;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/products")
@Tag(name = "Products")
class ProductController {

    private final ProductSearch search;
    private final ProductService service;
    private final ProductImages images;

    ProductController(ProductSearch search, ProductService service, ProductImages images) {
        this.search = search;
        this.service = service;
        this.images = images;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "listProducts",
            summary = "Find products by name or code fragment, exact barcode, category (with sub-categories),"
                         + " status and channel")
    Page<ProductSummary> list(@RequestParam(required = false) String q,
                              @RequestParam(required = false) UUID categoryId,
                              @RequestParam(required = false) ProductStatus status,
                              @RequestParam(required = false) SalesChannel channel,
                              @RequestParam(required = false) String cursor,
                              @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        Filter filter = new Filter(q, categoryId, status, channel);
        UUID tenant = Actor.current().tenantId();
        Page<ProductSummary> page = Page.of(search.find(tenant, filter, Page.after(cursor), size + 1), size,
                ProductSummary::id);
        Map<UUID, String> pictures = images.mainUrls(tenant, page.items().stream().map(ProductSummary::id).toList());
        return new Page<>(page.items().stream().map(p -> p.withMainImageUrl(pictures.get(p.id()))).toList(),
                page.nextCursor());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "getProduct", summary = "One product with its SKUs and their barcodes, and its pictures")
    Product get(@PathVariable UUID id) {
        return service.get(Actor.current(), id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('catalog:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createProduct",
            summary = "Create a product as a draft; its SKUs are generated from the spec attributes")
    ResponseEntity<Product> create(@Valid @RequestBody CreateProduct request) {
        Product product = service.create(Actor.current(), request.command());
        return ResponseEntity.created(URI.create("/api/v1/products/" + product.id())).body(product);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "editProduct", summary = "Edit a product's facts and channels (send the version you read)")
    Product edit(@PathVariable UUID id, @Valid @RequestBody EditProduct request) {
        return service.edit(Actor.current(), id, request.command());
    }

    @PostMapping("/{id}/on-shelf")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "putProductOnShelf",
            summary = "Put a product on shelf (needs an active SKU and a current list price on each)")
    Product putOnShelf(@PathVariable UUID id) {
        return service.putOnShelf(Actor.current(), id);
    }

    @PostMapping("/{id}/off-shelf")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "takeProductOffShelf", summary = "Take a product off shelf")
    Product takeOffShelf(@PathVariable UUID id) {
        return service.takeOffShelf(Actor.current(), id);
    }
}
