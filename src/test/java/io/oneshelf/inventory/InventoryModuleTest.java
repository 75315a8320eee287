package io.oneshelf.inventory;

import io.oneshelf.inventory.stock.Posting;
import io.oneshelf.inventory.stock.StockLedger;
import io.oneshelf.inventory.stock.StockLedger.Held;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Role;
import io.oneshelf.platform.security.ScopeType;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inventory on its own with the modules it depends on (org, catalog, platform), on the embedded PostgreSQL, used
 * in process as other modules will use it. Fixtures are made straight in the database, as in the HTTP tests.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles("test")
@Import({BrandFixture.class, SkuFixture.class})
abstract class InventoryModuleTest {

    @Autowired
    protected BrandFixture brands;

    @Autowired
    protected SkuFixture skus;

    @Autowired
    protected StockLedger ledger;

    @Autowired
    protected TransactionTemplate transactions;

    /** The brand's head-office admin, as a caller in process. */
    protected Actor admin(Brand brand) {
        UUID id = brands.jdbc().sql("select id from staff where login = :login")
                .param("login", brand.login("admin")).query(UUID.class).single();
        return new Actor(Actor.Kind.STAFF, id, brand.tenantId(), "admin", Role.HQ_ADMIN, ScopeType.BRAND,
                brand.tenantId());
    }

    /** A new SKU of the brand with so much on hand at the place. */
    protected UUID aSkuWithStock(Brand brand, UUID place, long onHand) {
        UUID sku = skus.aSku(brand);
        receive(brand, sku, place, onHand);
        return sku;
    }

    protected void receive(Brand brand, UUID sku, UUID place, long quantity) {
        Actor admin = admin(brand);
        transactions.executeWithoutResult(tx -> ledger.post(Posting.receipt(admin, sku, place, quantity, "opening")));
    }

    /** On hand and reserved of one balance. */
    protected Held stock(Brand brand, UUID sku, UUID place) {
        return ledger.held(brand.tenantId(), sku, place);
    }

    protected static HoldStock hold(Actor by, String reference, HoldLine... lines) {
        return new HoldStock(by, reference, new HoldLines(List.of(lines)), Duration.ofMinutes(10));
    }

    protected static HoldLine line(UUID sku, UUID place, long quantity) {
        return new HoldLine(sku, place, quantity);
    }
}
