package io.oneshelf.crm.rfm;

import io.oneshelf.crm.RfmSegment;
import io.oneshelf.crm.SegmentMembers;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link SegmentMembers} from {@code crm_rfm}, skipping customers without paid orders of their own any more. */
@Component
class RfmSegmentMembers implements SegmentMembers {

    private static final String WHERE = """
            from crm_rfm r where r.tenant_id = :brand and r.segment = :segment
            and exists (select 1 from crm_paid_order p where p.tenant_id = r.tenant_id
                        and p.customer_id = r.customer_id)""";

    private final JdbcClient jdbc;

    RfmSegmentMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<UUID> members(UUID brandId, RfmSegment segment, UUID after, int limit) {
        return jdbc.sql("select r.customer_id " + WHERE + " and r.customer_id > :after order by r.customer_id"
                        + " limit :limit")
                .param("brand", brandId).param("segment", segment.name()).param("after", after)
                .param("limit", limit).query(UUID.class).list();
    }

    @Override
    public long count(UUID brandId, RfmSegment segment) {
        return jdbc.sql("select count(*) " + WHERE).param("brand", brandId).param("segment", segment.name())
                .query(Long.class).single();
    }
}
