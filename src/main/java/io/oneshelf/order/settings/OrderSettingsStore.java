package io.oneshelf.order.settings;

import io.oneshelf.platform.ReadMemo;
import io.oneshelf.platform.Rejection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The brands' order settings; a brand that never saved any has {@link OrderSettings#DEFAULTS}. */
@Component
public class OrderSettingsStore {

    private final JdbcClient jdbc;

    OrderSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The brand's settings (read once within a {@link ReadMemo}: an order's expiry and its shipping fee). */
    public OrderSettings of(UUID brandId) {
        return ReadMemo.get(new Key(brandId), () -> jdbc.sql("""
                        select unpaid_minutes, express_fee, same_city_fee, free_shipping_over, version
                        from order_settings where tenant_id = :tenant""")
                .param("tenant", brandId)
                .query((rs, n) -> new OrderSettings(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getInt(5)))
                .optional().orElse(OrderSettings.DEFAULTS));
    }

    private record Key(UUID brandId) {
    }

    /** Saves the settings if {@code settings.version()} is the current one (0 for a brand that never saved). */
    @Transactional
    public OrderSettings save(UUID brandId, OrderSettings settings) {
        check(settings);
        int changed = jdbc.sql("""
                        insert into order_settings(tenant_id, unpaid_minutes, express_fee, same_city_fee,
                                                   free_shipping_over, version, updated_at)
                        values (:tenant, :unpaid, :express, :sameCity, :free, 1, now())
                        on conflict (tenant_id) do update set unpaid_minutes = excluded.unpaid_minutes,
                            express_fee = excluded.express_fee, same_city_fee = excluded.same_city_fee,
                            free_shipping_over = excluded.free_shipping_over,
                            version = order_settings.version + 1, updated_at = now()
                        where order_settings.version = :version""")
                .param("tenant", brandId).param("unpaid", settings.unpaidMinutes())
                .param("express", settings.expressFee()).param("sameCity", settings.sameCityFee())
                .param("free", settings.freeShippingOver()).param("version", settings.version())
                .update();
        if (changed == 0) {
            throw Rejection.staleVersion();
        }
        return of(brandId);
    }

    private static void check(OrderSettings s) {
        if (s.unpaidMinutes() < OrderSettings.MIN_UNPAID_MINUTES || s.unpaidMinutes() > OrderSettings.MAX_UNPAID_MINUTES) {
            throw Rejection.invalid("unpaidMinutes", "validation.range", OrderSettings.MIN_UNPAID_MINUTES,
                    OrderSettings.MAX_UNPAID_MINUTES);
        }
        for (var fee : new Object[][] {{"expressFee", s.expressFee()}, {"sameCityFee", s.sameCityFee()},
                {"freeShippingOver", s.freeShippingOver()}}) {
            long value = (Long) fee[1];
            if (value < 0 || value > 10_000_000) {
                throw Rejection.invalid((String) fee[0], "validation.range", 0, 10_000_000);
            }
        }
    }
}
