package io.oneshelf.catalog.image;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/products/{id}/images")
@Tag(name = "Product images")
class ProductImageController {

    /** The new order of a product's pictures: every picture id, first to last. */
    record ImageOrder(@NotNull @Size(max = ProductImageService.MAX_IMAGES) List<@NotNull UUID> imageIds) {
    }

    private final ProductImageService service;

    ProductImageController(ProductImageService service) {
        this.service = service;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "listProductImages", summary = "The product's pictures in their order")
    Page<ProductImage> list(@PathVariable UUID id) {
        return new Page<>(service.list(Actor.current(), id), null);
    }

    @GetMapping("/{imageId}")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "getProductImage", summary = "One picture of the product")
    ProductImage get(@PathVariable UUID id, @PathVariable UUID imageId) {
        return service.get(Actor.current(), id, imageId);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('catalog:write')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "Its URL"))
    @Operation(operationId = "uploadProductImage",
            summary = "Upload a picture (multipart part 'file': JPEG, PNG or WebP, at most 5 MB by default;"
                         + " optional 'skuId' ties it to one SKU). The first picture becomes the main one")
    ResponseEntity<ProductImage> upload(@PathVariable UUID id,
                                        @RequestPart(name = "file", required = false) MultipartFile file,
                                        @RequestParam(required = false) UUID skuId) {
        if (file == null) {
            throw Rejection.invalid("file", "validation.required");
        }
        ProductImage image = service.upload(Actor.current(), id, skuId, bytes(file));
        return ResponseEntity.created(URI.create("/api/v1/products/" + id + "/images/" + image.id())).body(image);
    }

    @PutMapping("/order")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "reorderProductImages",
            summary = "Put the product's pictures in a new order (list every picture id once)")
    Page<ProductImage> reorder(@PathVariable UUID id, @Valid @RequestBody ImageOrder request) {
        return new Page<>(service.reorder(Actor.current(), id, request.imageIds()), null);
    }

    @PostMapping("/{imageId}/main")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "makeMainProductImage", summary = "Make this picture the product's main picture")
    Page<ProductImage> makeMain(@PathVariable UUID id, @PathVariable UUID imageId) {
        return new Page<>(service.makeMain(Actor.current(), id, imageId), null);
    }

    @DeleteMapping("/{imageId}")
    @PreAuthorize("hasAuthority('catalog:write')")
    @ApiResponse(responseCode = "204", description = "Done; no body")
    @Operation(operationId = "deleteProductImage",
            summary = "Remove a picture; its file goes when no other picture of the brand has the same bytes")
    ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID imageId) {
        service.delete(Actor.current(), id, imageId);
        return ResponseEntity.noContent().build();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
