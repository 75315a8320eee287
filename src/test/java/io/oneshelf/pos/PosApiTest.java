package io.oneshelf.pos;

import io.oneshelf.support.ApiTest;
import io.oneshelf.support.SkuFixture;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** A POS API test: each test starts at a fresh shop selling tea with till T1 and its cashier ({@link PosShop}). */
abstract class PosApiTest extends ApiTest {

    @Autowired
    SkuFixture skus;

    protected PosShop pos;

    @BeforeEach
    void aShopWithATill() {
        pos = PosShop.withATill(api, brands, skus);
    }
}
