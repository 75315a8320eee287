package io.oneshelf.catalog.productbrand;

import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
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

/** Product brands: simple reference data of the catalog. */
@RestController
@RequestMapping("/api/v1/product-brands")
@Tag(name = "Product brands")
class ProductBrandController {

    record CreateProductBrand(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{validation.code-32}") String code,
            @NotBlank @Size(max = 100) String name) {
    }

    record EditProductBrand(@NotBlank @Size(max = 100) String name, @NotNull Integer version) {
    }

    private final ProductBrands brands;
    private final ProductBrandService service;

    ProductBrandController(ProductBrands brands, ProductBrandService service) {
        this.brands = brands;
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "listProductBrands",
            summary = "List product brands, optionally by a name or code fragment")
    Page<ProductBrand> list(@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
                            @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(brands.list(Actor.current().tenantId(), q, Page.after(cursor), size + 1), size,
                ProductBrand::id);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "getProductBrand", summary = "One product brand")
    ProductBrand get(@PathVariable UUID id) {
        return service.get(Actor.current(), id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('catalog:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createProductBrand", summary = "Add a product brand")
    ResponseEntity<ProductBrand> create(@Valid @RequestBody CreateProductBrand request) {
        ProductBrand created = service.create(Actor.current(), request.code(), request.name());
        return ResponseEntity.created(URI.create("/api/v1/product-brands/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "editProductBrand", summary = "Rename a product brand (send the version you read)")
    ProductBrand edit(@PathVariable UUID id, @Valid @RequestBody EditProductBrand request) {
        return service.rename(Actor.current(), id, request.name(), request.version());
    }
}
