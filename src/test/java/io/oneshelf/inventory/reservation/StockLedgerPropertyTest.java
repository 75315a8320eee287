package io.oneshelf.inventory.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.oneshelf.inventory.StockClient;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Seeded random sequences of receipts, adjustments, reservations, confirmations, releases and expiries, checked
 * after every step against a plain in-memory model: the server accepts exactly what the model says is possible,
 * its balances equal the model's, available is never negative, and the ledger sums equal the balances.
 */
class StockLedgerPropertyTest extends ApiTest {

    private static final int STEPS = 100;
    private static final long WAREHOUSE_SAFETY = 3;

    @Autowired
    SkuFixture skus;

    @Autowired
    ReservationExpiry expiry;

    /** One SKU x location of the model. */
    record Key(UUID sku, UUID location) {
    }

    record Held(String id, String reference, List<Map<String, Object>> lines) {
    }

    private final Map<Key, long[]> model = new HashMap<>();
    private final Map<UUID, Long> safety = new HashMap<>();
    private final List<Held> held = new ArrayList<>();
    private final List<Held> settled = new ArrayList<>();
    private List<Key> keys;
    private StockClient admin;
    private Brand brand;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 20260417, 987654321})
    void random_operations_keep_balances_equal_to_the_ledger_and_never_oversell(long seed) {
        brand = brands.aBrand();
        admin = new StockClient(api, api.login(brand.login("admin"), BrandFixture.PASSWORD));
        api.put("/api/v1/stock-locations/" + brand.warehouseId(), admin.token(),
                Map.of("sharedWithOnline", true, "safetyStock", WAREHOUSE_SAFETY));
        safety.put(brand.warehouseId(), WAREHOUSE_SAFETY);
        safety.put(brand.storeId(), 0L);
        UUID tea = skus.aSku(brand);
        UUID cake = skus.aSku(brand);
        keys = List.of(new Key(tea, brand.storeId()), new Key(tea, brand.warehouseId()),
                new Key(cake, brand.storeId()), new Key(cake, brand.warehouseId()));
        Random random = new Random(seed);
        for (int step = 0; step < STEPS; step++) {
            String op = step(random, step);
            assertMatchesModel("seed " + seed + " step " + step + " (" + op + ")");
        }
        admin.assertLedgerMatchesBalances();
    }

    private String step(Random random, int step) {
        int dice = random.nextInt(100);
        Key key = keys.get(random.nextInt(keys.size()));
        if (dice < 20) {
            return receive(key, 1 + random.nextInt(8));
        } else if (dice < 35) {
            int delta = random.nextInt(15) - 8;
            return adjust(key, delta == 0 ? -1 : delta);
        } else if (dice < 65) {
            return reserve(random, "REF-" + step);
        } else if (dice < 70 && !settled.isEmpty()) {
            return repeat(settled.get(random.nextInt(settled.size())));
        } else if (held.isEmpty()) {
            return receive(key, 1 + random.nextInt(8));
        }
        Held h = held.remove(random.nextInt(held.size()));
        settled.add(h);
        return dice < 80 ? confirm(h) : dice < 90 ? release(h) : expire(h);
    }

    private String receive(Key key, long quantity) {
        assertThat(admin.receive(key.sku(), key.location(), quantity).status()).isEqualTo(201);
        row(key)[0] += quantity;
        return "receive " + quantity;
    }

    private String adjust(Key key, long delta) {
        long[] b = model.get(key);
        boolean possible = delta > 0 || (b != null && b[0] + delta >= b[1]);
        Reply reply = admin.adjust(key.sku(), key.location(), delta, "counted");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(possible ? 201 : 409);
        if (possible) {
            row(key)[0] += delta;
        }
        return "adjust " + delta;
    }

    private String reserve(Random random, String reference) {
        Map<Key, Long> wanted = new HashMap<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            Key key = keys.get(random.nextInt(keys.size()));
            long quantity = 1 + random.nextInt(6);
            wanted.merge(key, quantity, Long::sum);
            lines.add(StockClient.line(key.sku(), key.location(), quantity));
        }
        boolean possible = wanted.entrySet().stream().allMatch(e -> rawAvailable(e.getKey()) >= e.getValue());
        Reply reply = admin.reserve(reference, 3600, lines);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(possible ? 201 : 409);
        if (possible) {
            wanted.forEach((key, q) -> row(key)[1] += q);
            held.add(new Held(reply.id(), reference, lines));
        }
        return "reserve " + wanted.values();
    }

    private String repeat(Held h) {
        Reply again = admin.reserve(h.reference(), 3600, h.lines());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.id()).isEqualTo(h.id());
        return "repeat " + h.reference();
    }

    private String confirm(Held h) {
        assertThat(admin.confirm(h.id()).status()).isEqualTo(200);
        each(h, (b, q) -> {
            b[0] -= q;
            b[1] -= q;
        });
        return "confirm " + h.reference();
    }

    private String release(Held h) {
        assertThat(admin.release(h.id()).status()).isEqualTo(200);
        each(h, (b, q) -> b[1] -= q);
        return "release " + h.reference();
    }

    private String expire(Held h) {
        brands.jdbc().sql("update stock_reservation set expires_at = now() - interval '1 second' where id = :id")
                .param("id", UUID.fromString(h.id())).update();
        expiry.run();
        each(h, (b, q) -> b[1] -= q);
        return "expire " + h.reference();
    }

    private void each(Held h, java.util.function.ObjLongConsumer<long[]> change) {
        for (Map<String, Object> line : h.lines()) {
            Key key = new Key((UUID) line.get("skuId"), (UUID) line.get("locationId"));
            change.accept(row(key), (Long) line.get("quantity"));
        }
    }

    private long[] row(Key key) {
        return model.computeIfAbsent(key, k -> new long[2]);
    }

    private long rawAvailable(Key key) {
        long[] b = model.get(key);
        return b == null ? Long.MIN_VALUE : b[0] - b[1] - safety.get(key.location());
    }

    private void assertMatchesModel(String when) {
        Reply reply = api.get("/api/v1/stock/balances?limit=200", admin.token());
        Map<Key, long[]> actual = new HashMap<>();
        for (JsonNode b : reply.body().get("items")) {
            long onHand = b.get("onHand").asLong();
            long reserved = b.get("reserved").asLong();
            long available = b.get("available").asLong();
            assertThat(reserved).as(when).isBetween(0L, onHand);
            assertThat(available).as(when).isGreaterThanOrEqualTo(0);
            actual.put(new Key(UUID.fromString(b.get("skuId").asString()),
                    UUID.fromString(b.get("locationId").asString())), new long[] {onHand, reserved});
        }
        assertThat(actual).as(when).hasSameSizeAs(model);
        model.forEach((key, expected) -> assertThat(actual.get(key)).as(when).containsExactly(expected));
    }
}
