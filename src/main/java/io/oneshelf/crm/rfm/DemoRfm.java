package io.oneshelf.crm.rfm;

import io.oneshelf.org.Brands;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An RFM run of the demo brand at start, after the demo orders, so that the console shows segments at once instead
 * of after the first scheduled run. The demo orders' OrderPaid events reach this module after their commits, so it
 * first waits (at most ten seconds) until the count of the demo brand's paid orders stops growing: on a thread of its
 * own once the application is ready, so that the wait never holds up the start.
 */
@Component
@ConditionalOnExpression("${oneshelf.demo.enabled:false} and ${oneshelf.demo.sales:true}")
class DemoRfm {

    private static final Logger log = LoggerFactory.getLogger(DemoRfm.class);

    private final Brands brands;
    private final RfmLayering layering;
    private final JdbcClient jdbc;

    DemoRfm(Brands brands, RfmLayering layering, JdbcClient jdbc) {
        this.brands = brands;
        this.layering = layering;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void layerTheDemoBrandSoon() {
        Thread thread = new Thread(() -> {
            try {
                run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) { // e.g. the application stopped meanwhile: the scheduled run comes later
                log.warn("Demo RFM run not made: {}", e.toString());
            }
        }, "demo-rfm");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() throws InterruptedException {
        UUID brand = brands.idOf(Brands.DEMO).orElse(null);
        if (brand == null) {
            return;
        }
        long seen = -1;
        for (int i = 0; i < 20; i++) {
            long now = jdbc.sql("select count(*) from crm_paid_order where tenant_id = :brand").param("brand", brand)
                    .query(Long.class).single();
            if (now > 0 && now == seen) {
                break;
            }
            seen = now;
            Thread.sleep(500);
        }
        RfmLayering.Outcome o = layering.run(brand);
        log.info("Demo RFM run: {} customers layered", o.customers());
    }
}
