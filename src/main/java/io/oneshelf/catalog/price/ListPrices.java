package io.oneshelf.catalog.price;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.Message;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The standing list price of SKUs (the LIST row without a period) for the catalog's sheet exchange. Setting one
 * replaces only that row: member-tier, channel and store prices and scheduled list prices stay, and the whole set
 * must still pass {@link PriceSheet} under the brand's policy (a store price may fall out of its band).
 */
@Service
public class ListPrices {

    private final PriceBook book;
    private final PriceService prices;
    private final JdbcClient jdbc;

    ListPrices(PriceBook book, PriceService prices, JdbcClient jdbc) {
        this.book = book;
        this.prices = prices;
        this.jdbc = jdbc;
    }

    /** The standing list price in fen of each of the SKUs that has one. */
    public Map<UUID, Long> standing(UUID tenant, Collection<UUID> skuIds) {
        if (skuIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select sku_id, price_fen from sku_price
                where tenant_id = :tenant and sku_id = any(:skus) and kind = 'LIST'
                  and valid_from is null and valid_to is null""")
                .param("tenant", tenant).param("skus", skuIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

    /** The SKUs among {@code skuIds} with a list price valid now, as a product needs to go on shelf. */
    public Set<UUID> pricedNow(UUID tenant, Collection<UUID> skuIds) {
        if (skuIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select distinct sku_id from sku_price
                where tenant_id = :tenant and sku_id = any(:skus) and kind = 'LIST'
                  and (valid_from is null or valid_from <= now()) and (valid_to is null or valid_to > now())""")
                .param("tenant", tenant).param("skus", skuIds.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** Why the SKU's price rows would be refused with this standing list price, if they would. */
    public Optional<Message> problemWith(UUID tenant, UUID skuId, long listFen) {
        try {
            PriceSheet.checked(withStanding(book.rows(tenant, skuId), listFen), book.policy(tenant).policy());
            return Optional.empty();
        } catch (Rejection e) {
            return Optional.of(e.firstMessage());
        }
    }

    /** Sets the standing list price through the price service (checks, audit); false when it already was. */
    public boolean set(Actor actor, UUID skuId, long listFen) {
        List<PriceRow> rows = book.rows(actor.tenantId(), skuId);
        boolean same = rows.stream().anyMatch(r -> standing(r) && r.priceFen() == listFen);
        if (same) {
            return false;
        }
        prices.replace(actor, skuId, withStanding(rows, listFen));
        return true;
    }

    private static List<PriceRow> withStanding(List<PriceRow> rows, long listFen) {
        List<PriceRow> next = new ArrayList<>(rows.stream().filter(r -> !standing(r)).toList());
        next.add(new PriceRow(PriceKind.LIST, null, null, null, listFen, null, null));
        return next;
    }

    private static boolean standing(PriceRow r) {
        return r.kind() == PriceKind.LIST && r.validFrom() == null && r.validTo() == null;
    }
}
