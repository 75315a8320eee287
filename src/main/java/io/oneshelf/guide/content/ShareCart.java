package io.oneshelf.guide.content;

import io.oneshelf.order.CartView;
import io.oneshelf.order.Carts;
import io.oneshelf.platform.Rejection;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a share's product in the customer's cart and counts it for the share, both or neither. */
@Service
class ShareCart {

    private final Carts carts;
    private final ShareStats stats;

    ShareCart(Carts carts, ShareStats stats) {
        this.carts = carts;
        this.stats = stats;
    }

    @Transactional
    CartView add(UUID brand, UUID customer, Share share, UUID skuId, long quantity) {
        if (!share.skuIds().contains(skuId)) {
            throw Rejection.invalid("skuId", "guide.share.not-its-product");
        }
        CartView cart = carts.add(brand, customer, skuId, quantity);
        stats.touch(brand, share.id(), customer, "CART");
        return cart;
    }
}
