package io.oneshelf.catalog.image;

import java.util.UUID;

/**
 * A picture of a product, optionally of one of its SKUs (the red variant's photo). Pictures are ordered by
 * {@code position} (0 first); exactly one of a product's pictures is its main picture. {@code url} is public.
 * Width and height are in pixels.
 */
public record ProductImage(UUID id, String url, UUID skuId, int position, boolean main, Integer width,
                           Integer height, String contentType, int byteSize) {
}
