package io.oneshelf.promotion.flash;

import io.oneshelf.order.OrderChannel;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Flash sales and their items ({@code flash_sale}, {@code flash_sale_item}); every statement names the brand. */
@Repository
class FlashSales {

    private final JdbcClient jdbc;

    FlashSales(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FlashSale> find(UUID brandId, UUID id) {
        return withItems(brandId, jdbc.sql("select * from flash_sale where tenant_id = :tenant and id = :id")
                .param("tenant", brandId).param("id", id).query(FlashSales::sale).list()).stream().findFirst();
    }

    /** The brand's flash sales by id, after {@code after}, at most {@code limit}. */
    List<FlashSale> page(UUID brandId, UUID after, int limit) {
        return withItems(brandId, jdbc.sql("""
                        select * from flash_sale where tenant_id = :tenant and id > :after order by id limit :limit""")
                .param("tenant", brandId).param("after", after).param("limit", limit).query(FlashSales::sale).list());
    }

    /**
     * The brand's active flash sales running at {@code at} with an item of one of {@code skuIds} (every running one
     * when null), with all their items.
     */
    List<FlashSale> running(UUID brandId, Instant at, Collection<UUID> skuIds) {
        return withItems(brandId, jdbc.sql("""
                        select * from flash_sale s where tenant_id = :tenant and active and ends_at > :at
                        and starts_at <= :at and (cast(:skus as uuid[]) is null or exists (
                            select 1 from flash_sale_item i where i.tenant_id = s.tenant_id
                            and i.flash_sale_id = s.id and i.sku_id = any(cast(:skus as uuid[]))))
                        order by starts_at, id limit 100""")
                .param("tenant", brandId).param("at", at.atOffset(ZoneOffset.UTC))
                .param("skus", skuIds == null ? null : skuIds.toArray(UUID[]::new))
                .query(FlashSales::sale).list());
    }

    void insert(UUID brandId, FlashSale s) {
        jdbc.sql("""
                        insert into flash_sale(id, tenant_id, name, per_customer, channels, store_ids, starts_at,
                            ends_at, active, version, created_at, updated_at)
                        values (:id, :tenant, :name, :perCustomer, :channels, :stores, :starts, :ends, :active, 1,
                            now(), now())""")
                .param("id", s.id()).param("tenant", brandId).params(values(s)).update();
        putItems(brandId, s);
    }

    /** Saves the sale if nobody changed it since {@code version}; false otherwise. */
    boolean update(UUID brandId, FlashSale s, int version) {
        boolean saved = jdbc.sql("""
                        update flash_sale set name = :name, per_customer = :perCustomer, channels = :channels,
                            store_ids = :stores, starts_at = :starts, ends_at = :ends, active = :active,
                            version = version + 1, updated_at = now()
                        where tenant_id = :tenant and id = :id and version = :version""")
                .param("id", s.id()).param("tenant", brandId).param("version", version).params(values(s))
                .update() == 1;
        if (saved) {
            putItems(brandId, s);
        }
        return saved;
    }

    /** Sets the sale active or not, if it is not so already; false when it was. */
    boolean activate(UUID brandId, UUID id, boolean active) {
        return jdbc.sql("""
                        update flash_sale set active = :active, version = version + 1, updated_at = now()
                        where tenant_id = :tenant and id = :id and active <> :active""")
                .param("tenant", brandId).param("id", id).param("active", active).update() == 1;
    }

    /** The sale's items locked against claims (their sold counts stay as read until the transaction ends). */
    Map<UUID, FlashItem> lockItems(UUID brandId, UUID saleId) {
        return jdbc.sql("""
                        select * from flash_sale_item where tenant_id = :tenant and flash_sale_id = :sale
                        order by sku_id for update""")
                .param("tenant", brandId).param("sale", saleId).query(FlashSales::item).list().stream()
                .collect(Collectors.toMap(FlashItem::skuId, i -> i));
    }

    /** Replaces the sale's items, keeping what each kept SKU sold (items with sales are never dropped: see rules). */
    private void putItems(UUID brandId, FlashSale s) {
        jdbc.sql("delete from flash_sale_item where tenant_id = :tenant and flash_sale_id = :sale and sold = 0 "
                 + "and not (sku_id = any(:skus))")
                .param("tenant", brandId).param("sale", s.id())
                .param("skus", s.items().stream().map(FlashItem::skuId).toArray(UUID[]::new)).update();
        for (FlashItem i : s.items()) {
            jdbc.sql("""
                            insert into flash_sale_item(flash_sale_id, tenant_id, sku_id, price, allocation, sold)
                            values (:sale, :tenant, :sku, :price, :allocation, 0)
                            on conflict (flash_sale_id, sku_id) do update set price = excluded.price,
                                allocation = excluded.allocation""")
                    .param("sale", s.id()).param("tenant", brandId).param("sku", i.skuId())
                    .param("price", i.price()).param("allocation", i.allocation()).update();
        }
    }

    private List<FlashSale> withItems(UUID brandId, List<FlashSale> sales) {
        if (sales.isEmpty()) {
            return sales;
        }
        Map<UUID, List<FlashItem>> items = new HashMap<>();
        jdbc.sql("""
                        select * from flash_sale_item where tenant_id = :tenant and flash_sale_id = any(:ids)
                        order by flash_sale_id, sku_id""")
                .param("tenant", brandId).param("ids", sales.stream().map(FlashSale::id).toArray(UUID[]::new))
                .query((rs, n) -> {
                    items.computeIfAbsent(rs.getObject("flash_sale_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(item(rs, n));
                    return null;
                }).list();
        return sales.stream().map(s -> s.with(items.getOrDefault(s.id(), List.of()), s.storeIds())).toList();
    }

    private static Map<String, Object> values(FlashSale s) {
        Map<String, Object> v = new HashMap<>();
        v.put("name", s.name());
        v.put("perCustomer", s.perCustomer());
        v.put("channels", s.channels().stream().map(Enum::name).sorted().toArray(String[]::new));
        v.put("stores", s.storeIds().toArray(UUID[]::new));
        v.put("starts", s.startsAt());
        v.put("ends", s.endsAt());
        v.put("active", s.active());
        return v;
    }

    private static FlashSale sale(ResultSet rs, int n) throws SQLException {
        return new FlashSale(rs.getObject("id", UUID.class), rs.getString("name"), List.of(),
                rs.getInt("per_customer"), Arrays.stream((String[]) rs.getArray("channels").getArray())
                .map(OrderChannel::valueOf).collect(Collectors.toSet()), uuids(rs.getArray("store_ids")),
                rs.getObject("starts_at", OffsetDateTime.class), rs.getObject("ends_at", OffsetDateTime.class),
                rs.getBoolean("active"), rs.getInt("version"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private static FlashItem item(ResultSet rs, int n) throws SQLException {
        return new FlashItem(rs.getObject("sku_id", UUID.class), rs.getLong("price"), rs.getInt("allocation"),
                rs.getInt("sold"));
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return Set.of((UUID[]) array.getArray());
    }
}
