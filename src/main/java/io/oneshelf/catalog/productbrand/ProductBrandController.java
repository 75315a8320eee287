package io.oneshelf.catalog.productbrand;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Product brands are simple reference data: the controller orchestrates the two writes itself. */
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
    private final AuditLog audit;

    ProductBrandController(ProductBrands brands, AuditLog audit) {
        this.brands = brands;
        this.audit = audit;
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
        return find(Actor.current(), id);
    }

    @PostMapping
    @Transactional
    @PreAuthorize("hasAuthority('catalog:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "createProductBrand", summary = "Add a product brand")
    ResponseEntity<ProductBrand> create(@Valid @RequestBody CreateProductBrand request) {
        Actor actor = Actor.current();
        ProductBrand brand = new ProductBrand(Ids.next(), request.code(), request.name(), 0, null);
        try {
            brands.insert(actor.tenantId(), brand);
        } catch (DuplicateKeyException e) {
            throw Rejection.conflict("code", "catalog.product-brand.code-taken", request.code());
        }
        ProductBrand created = find(actor, brand.id());
        audit.record(actor, "product-brand.created", "product_brand", created.id(), null, created);
        return ResponseEntity.created(URI.create("/api/v1/product-brands/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @Transactional
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "editProductBrand", summary = "Rename a product brand (send the version you read)")
    ProductBrand edit(@PathVariable UUID id, @Valid @RequestBody EditProductBrand request) {
        Actor actor = Actor.current();
        ProductBrand before = find(actor, id);
        brands.update(actor.tenantId(), before.rename(request.name()), request.version());
        ProductBrand saved = find(actor, id);
        audit.record(actor, "product-brand.edited", "product_brand", id, before, saved);
        return saved;
    }

    private ProductBrand find(Actor actor, UUID id) {
        return brands.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("product-brand"));
    }
}
