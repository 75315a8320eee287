package io.oneshelf.catalog.image;

import io.oneshelf.catalog.image.ProductImages.StoredImage;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.blob.MediaProperties;
import io.oneshelf.platform.security.Actor;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds, orders, crowns and removes the pictures of a product. The first picture becomes the main one; when the
 * main picture is removed, the first remaining one takes over. Every change is audited on the product.
 */
@Service
class ProductImageService {

    static final int MAX_IMAGES = 20;

    private final ProductImages images;
    private final ImageBlobs blobs;
    private final AuditLog audit;
    private final long maxBytes;

    ProductImageService(ProductImages images, ImageBlobs blobs, AuditLog audit, MediaProperties media) {
        this.images = images;
        this.blobs = blobs;
        this.audit = audit;
        this.maxBytes = media.maxImageSize().toBytes();
    }

    List<ProductImage> list(Actor actor, UUID productId) {
        if (!images.productExists(actor.tenantId(), productId)) {
            throw Rejection.notFound("product");
        }
        return images.of(actor.tenantId(), productId);
    }

    ProductImage get(Actor actor, UUID productId, UUID imageId) {
        return images.find(actor.tenantId(), productId, imageId).map(StoredImage::image)
                .orElseThrow(() -> Rejection.notFound("image"));
    }

    @Transactional
    ProductImage upload(Actor actor, UUID productId, UUID skuId, byte[] content) {
        CheckedImage checked = CheckedImage.of(content, maxBytes);
        List<ProductImage> existing = lockedImages(actor, productId);
        if (skuId != null && !images.skuOfProduct(actor.tenantId(), productId, skuId)) {
            throw Rejection.invalid("skuId", "catalog.sku.not-of-product");
        }
        if (existing.size() >= MAX_IMAGES) {
            throw Rejection.conflict(CheckedImage.FIELD, "catalog.image.too-many", MAX_IMAGES);
        }
        blobs.keep(actor.tenantId(), checked);
        String key = checked.key(actor.tenantId());
        ProductImage image = new ProductImage(Ids.next(), ImageKeys.url(key), skuId, existing.size(),
                existing.isEmpty(), checked.size().width(), checked.size().height(), checked.format().mediaType(),
                content.length);
        images.insert(actor.tenantId(), productId, new StoredImage(image, key));
        audit.record(actor, "product.image-added", "product", productId, null, image);
        return image;
    }

    @Transactional
    void delete(Actor actor, UUID productId, UUID imageId) {
        lockedImages(actor, productId);
        StoredImage gone = images.find(actor.tenantId(), productId, imageId)
                .orElseThrow(() -> Rejection.notFound("image"));
        images.delete(actor.tenantId(), imageId);
        List<UUID> rest = images.of(actor.tenantId(), productId).stream().map(ProductImage::id).toList();
        images.arrange(actor.tenantId(), productId, rest);
        if (gone.image().main() && !rest.isEmpty()) {
            images.makeMain(actor.tenantId(), productId, rest.get(0));
        }
        blobs.release(actor.tenantId(), gone.blobKey());
        audit.record(actor, "product.image-removed", "product", productId, gone.image(), null);
    }

    @Transactional
    List<ProductImage> reorder(Actor actor, UUID productId, List<UUID> order) {
        List<ProductImage> before = lockedImages(actor, productId);
        List<UUID> ids = before.stream().map(ProductImage::id).toList();
        if (order.size() != ids.size() || !new HashSet<>(order).equals(new HashSet<>(ids))) {
            throw Rejection.conflict("imageIds", "catalog.image.order-mismatch");
        }
        images.arrange(actor.tenantId(), productId, order);
        return audited(actor, productId, "product.images-reordered", before);
    }

    @Transactional
    List<ProductImage> makeMain(Actor actor, UUID productId, UUID imageId) {
        List<ProductImage> before = lockedImages(actor, productId);
        if (before.stream().noneMatch(i -> i.id().equals(imageId))) {
            throw Rejection.notFound("image");
        }
        images.makeMain(actor.tenantId(), productId, imageId);
        return audited(actor, productId, "product.image-main", before);
    }

    private List<ProductImage> lockedImages(Actor actor, UUID productId) {
        if (!images.lockProduct(actor.tenantId(), productId)) {
            throw Rejection.notFound("product");
        }
        return images.of(actor.tenantId(), productId);
    }

    private List<ProductImage> audited(Actor actor, UUID productId, String action, List<ProductImage> before) {
        List<ProductImage> after = images.of(actor.tenantId(), productId);
        audit.record(actor, action, "product", productId, before, after);
        return after;
    }
}
