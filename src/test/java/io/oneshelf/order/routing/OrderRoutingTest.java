package io.oneshelf.order.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.oneshelf.platform.LineRejected;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.web.Texts;
import io.oneshelf.support.Api.Reply;
import io.oneshelf.support.ApiTest;
import io.oneshelf.support.BrandFixture;
import io.oneshelf.support.BrandFixture.Brand;
import io.oneshelf.support.SkuFixture;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Routing on the real database: a brand's warehouse and stores opened through the API at known distances from a
 * customer, stock received through the API, the brand's rule set through the API, and orders planned in process.
 *
 * <pre>
 *   customer at People's Square; F (franchised) 0.5 km, A 1.0 km, B 2.5 km, C 8 km, warehouse W about 30 km
 *   W: tea 100, mug 50      A: tea 2, cake 1      B: tea 10, cake 10      C: cake 20, mug 5      F: tea 8
 * </pre>
 */
class OrderRoutingTest extends ApiTest {

    private static final Destination CUSTOMER = new Destination(new BigDecimal("31.230400"),
            new BigDecimal("121.473700"));
    /** Degrees of latitude per km on the haversine's sphere. */
    private static final double DEGREES_PER_KM = 180 / (Math.PI * GreatCircle.EARTH_RADIUS_KM);

    @Autowired
    OrderRouter router;

    @Autowired
    SkuFixture skus;

    @Autowired
    Texts texts;

    private Brand brand;
    private String admin;
    private UUID tea;
    private UUID cake;
    private UUID mug;
    private UUID warehouse;
    private UUID storeA;
    private UUID storeB;
    private UUID storeC;
    private UUID franchised;

    @BeforeEach
    void aBrandWithPlacesAndStock() {
        brand = brands.aBrand();
        admin = api.login(brand.login("admin"), BrandFixture.PASSWORD);
        tea = skus.aSku(brand);
        cake = skus.aSku(brand);
        mug = skus.aSku(brand);
        warehouse = place("/api/v1/warehouses", Map.of("code", "W-CENTRAL", "name", "上海中心仓"), 30, -0.05);
        storeA = place("/api/v1/stores", store("A-JINGAN", "静安店", null), 1.0, 0);
        storeB = place("/api/v1/stores", store("B-HUANGPU", "黄浦店", null), 2.5, 0);
        storeC = place("/api/v1/stores", store("C-BAOSHAN", "宝山店", null), 8, 0);
        franchised = place("/api/v1/stores", store("F-LUJIAZUI", "陆家嘴加盟店", brand.franchiseeId()), 0.5, 0);
        receive(warehouse, tea, 100);
        receive(warehouse, mug, 50);
        receive(storeA, tea, 2);
        receive(storeA, cake, 1);
        receive(storeB, tea, 10);
        receive(storeB, cake, 10);
        receive(storeC, cake, 20);
        receive(storeC, mug, 5);
        receive(franchised, tea, 8);
    }

    @Test
    void pickup_is_planned_at_the_chosen_store_and_refused_on_the_line_it_cannot_serve() {
        RoutingPlan plan = router.plan(request(Fulfilment.PICKUP, storeA, null, line(0, tea, 2), line(1, cake, 1)));
        LineRejected short1 = catchThrowableOfType(LineRejected.class,
                () -> router.plan(request(Fulfilment.PICKUP, storeA, null, line(0, cake, 1), line(1, tea, 3))));

        assertThat(plan.shipments()).singleElement().satisfies(s -> {
            assertThat(s.placeId()).isEqualTo(storeA);
            assertThat(s.placeName()).isEqualTo("静安店");
            assertThat(s.lines()).containsExactly(line(0, tea, 2), line(1, cake, 1));
        });
        assertThat(texts.text(plan.explanation().get(0), Texts.CHINESE)).isEqualTo("到店自提：门店 静安店 有货");
        assertThat(short1.kind()).isEqualTo(Rejection.Kind.OUT_OF_STOCK);
        assertThat(short1.faults()).extracting(Rejection.Fault::field).containsExactly("lines[1].quantity");
    }

    @Test
    void same_city_delivery_comes_from_the_nearest_store_in_reach_with_every_item() {
        RoutingPlan plan = router.plan(request(Fulfilment.SAME_CITY, null, CUSTOMER, line(0, tea, 3),
                line(1, cake, 2)));

        assertThat(plan.shipments()).singleElement().satisfies(s -> {
            assertThat(s.placeId()).isEqualTo(storeB);
            assertThat(s.distanceKm()).isCloseTo(2.5, org.assertj.core.data.Offset.offset(0.01));
        });
        assertThat(plan.explanation()).extracting(m -> texts.text(m, Texts.CHINESE)).containsExactly(
                "品牌规则：同城配送由 5.0 km 内的门店发货",
                "加盟店 陆家嘴加盟店 的库存不用于线上订单（品牌规则）",
                "门店 静安店 距离 1.0 km，缺少部分商品",
                "门店 黄浦店 距离 2.5 km，有货：有全部商品的最近门店");
        Rejection beyondReach = catchThrowableOfType(Rejection.class, () -> router.plan(request(
                Fulfilment.SAME_CITY, null, CUSTOMER, line(0, mug, 1))));
        assertThat(beyondReach.faults()).extracting(Rejection.Fault::field).containsExactly("lines[0].quantity");
    }

    @Test
    void express_is_split_when_no_single_place_has_everything() {
        RoutingPlan plan = router.plan(request(Fulfilment.EXPRESS, null, CUSTOMER, line(0, tea, 1), line(1, cake, 5),
                line(2, mug, 2)));

        assertThat(plan.shipments()).extracting(Shipment::placeId, Shipment::lines).containsExactly(
                tuple(warehouse, List.of(line(0, tea, 1), line(2, mug, 2))),
                tuple(storeB, List.of(line(1, cake, 5))));
        assertThat(plan.explanation()).extracting(m -> texts.text(m, Texts.CHINESE)).containsExactly(
                "品牌规则：优先从仓库发货，其次门店",
                "拆分为 2 个包裹：没有一个地点有全部商品",
                "包裹 1：从仓库 上海中心仓 发货，第 1, 3 行",
                "包裹 2：从门店 黄浦店 发货，第 2 行",
                "加盟店 陆家嘴加盟店 的库存不用于线上订单（品牌规则）");
    }

    @Test
    void a_franchised_stores_stock_serves_online_orders_never_above_the_buffer_or_always_as_the_brand_rules() {
        UUID franchisee = brand.franchiseeId();
        RouteRequest fiveTeas = request(Fulfilment.EXPRESS, null, CUSTOMER, line(0, tea, 5));

        setRule("NEVER", 0);
        RoutingPlan never = router.plan(fiveTeas);
        setRule("ABOVE_BUFFER", 4);
        RoutingPlan bufferOfFour = router.plan(fiveTeas);
        setRule("ABOVE_BUFFER", 3);
        RoutingPlan bufferOfThree = router.plan(fiveTeas);
        setRule("ALWAYS", 3);
        RoutingPlan always = router.plan(request(Fulfilment.EXPRESS, null, CUSTOMER, line(0, tea, 8)));

        assertThat(never.shipments()).extracting(Shipment::placeId).containsExactly(storeB);
        assertThat(bufferOfFour.shipments()).extracting(Shipment::placeId).containsExactly(storeB);
        assertThat(bufferOfFour.explanation()).extracting(m -> texts.text(m, Texts.CHINESE))
                .contains("加盟店 陆家嘴加盟店 的库存低于缓冲 4，未使用");
        assertThat(bufferOfThree.shipments()).extracting(Shipment::placeId, Shipment::ownerFranchiseeId)
                .containsExactly(tuple(franchised, franchisee));
        assertThat(bufferOfThree.explanation()).extracting(m -> texts.text(m, Texts.ENGLISH))
                .contains("Uses the stock of franchised store 陆家嘴加盟店");
        assertThat(always.shipments()).extracting(Shipment::placeId, Shipment::ownerFranchiseeId)
                .containsExactly(tuple(franchised, franchisee));
    }

    @Test
    void a_franchised_store_that_keeps_its_stock_off_online_is_never_drawn_on_but_sells_at_its_till() {
        setRule("ALWAYS", 0);
        settings(franchised, false);

        RoutingPlan online = router.plan(request(Fulfilment.EXPRESS, null, CUSTOMER, line(0, tea, 5)));
        RoutingPlan till = router.plan(request(Fulfilment.IN_STORE, franchised, null, line(0, tea, 8)));
        Rejection pickup = catchThrowableOfType(Rejection.class,
                () -> router.plan(request(Fulfilment.PICKUP, franchised, null, line(0, tea, 1))));

        assertThat(online.shipments()).extracting(Shipment::placeId).containsExactly(storeB);
        assertThat(till.shipments()).extracting(Shipment::placeId).containsExactly(franchised);
        assertThat(pickup.faults()).extracting(Rejection.Fault::field).containsExactly("storeId");
    }

    @Test
    void a_closed_store_serves_nothing() {
        Reply closed = api.post("/api/v1/stores/" + storeB + "/close", admin, Map.of("reason", "renovation"));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        Rejection pickup = catchThrowableOfType(Rejection.class,
                () -> router.plan(request(Fulfilment.PICKUP, storeB, null, line(0, tea, 1))));
        LineRejected sameCity = catchThrowableOfType(LineRejected.class, () -> router.plan(request(
                Fulfilment.SAME_CITY, null, CUSTOMER, line(0, tea, 3))));

        assertThat(pickup.faults()).extracting(Rejection.Fault::field).containsExactly("storeId");
        assertThat(sameCity.faults()).extracting(Rejection.Fault::field).containsExactly("lines[0].quantity");
    }

    private RouteRequest request(Fulfilment fulfilment, UUID storeId, Destination destination, RouteLine... lines) {
        return new RouteRequest(brand.tenantId(), fulfilment, List.of(lines), storeId, destination);
    }

    private static RouteLine line(int index, UUID sku, long quantity) {
        return new RouteLine(index, sku, quantity);
    }

    private Map<String, Object> store(String code, String name, UUID franchisee) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", name,
                "kind", franchisee == null ? "DIRECT" : "FRANCHISED", "regionId", brand.regionId(),
                "opensAt", "09:00", "closesAt", "21:00"));
        if (franchisee != null) {
            body.put("franchiseeId", franchisee);
        }
        return body;
    }

    /** Opens a place {@code kmNorth} km north of the customer (and east by degrees), shared with online. */
    private UUID place(String path, Map<String, Object> details, double kmNorth, double degreesEast) {
        Map<String, Object> body = new java.util.HashMap<>(details);
        body.put("regionId", brand.regionId());
        body.put("address", "上海市 " + details.get("name"));
        body.put("latitude", CUSTOMER.latitude().add(BigDecimal.valueOf(kmNorth * DEGREES_PER_KM))
                .setScale(6, java.math.RoundingMode.HALF_UP));
        body.put("longitude", CUSTOMER.longitude().add(BigDecimal.valueOf(degreesEast)));
        Reply created = api.post(path, admin, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID id = UUID.fromString(created.id());
        settings(id, true);
        return id;
    }

    private void settings(UUID place, boolean sharedWithOnline) {
        Reply saved = api.put("/api/v1/stock-locations/" + place, admin,
                Map.of("sharedWithOnline", sharedWithOnline, "safetyStock", 0));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    private void receive(UUID place, UUID sku, long quantity) {
        Reply received = api.post("/api/v1/stock/receipts", admin, Map.of("skuId", sku, "locationId", place,
                "quantity", quantity, "reference", "OPENING"));
        assertThat(received.status()).as(received.toString()).isEqualTo(201);
    }

    private void setRule(String franchiseStock, long buffer) {
        int version = api.get("/api/v1/routing-rules", admin).body().get("version").asInt();
        Reply saved = api.put("/api/v1/routing-rules", admin, Map.of("preference", "PREFER_STORES",
                "sameCityMaxKm", 5.0, "franchiseStock", franchiseStock, "franchiseBuffer", buffer, "version", version));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }
}
