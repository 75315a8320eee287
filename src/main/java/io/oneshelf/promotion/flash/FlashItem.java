package io.oneshelf.promotion.flash;

import java.util.UUID;

/** One SKU of a flash sale: its flash price in fen, the units allocated to the sale and those sold of them. */
record FlashItem(UUID skuId, long price, int allocation, int sold) {

    int remaining() {
        return Math.max(0, allocation - sold);
    }
}
