package io.oneshelf.guide.content;

import io.oneshelf.platform.Ids;
import io.oneshelf.platform.Rejection;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The guides' shares. A share's code is short and random (8 letters and digits none can misread). */
@Repository
class ShareStore {

    private static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
    private static final int CODE_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final JsonMapper json;

    ShareStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Share insert(UUID brand, UUID guide, UUID store, Share.Content c) {
        for (int attempt = 0; ; attempt++) {
            UUID id = Ids.next();
            try {
                jdbc.sql("""
                                insert into guide_share(id, tenant_id, code, guide_id, store_id, kind, title, body,
                                                        pictures, sku_ids, status, version, created_at, updated_at)
                                values (:id, :brand, :code, :guide, :store, :kind, :title, :body, cast(:pictures as
                                        jsonb), cast(:skus as jsonb), 'PUBLISHED', 0, now(), now())""")
                        .param("id", id).param("brand", brand).param("code", newCode()).param("guide", guide)
                        .param("store", store).param("kind", c.kind().name()).param("title", c.title())
                        .param("body", c.body()).param("pictures", json.writeValueAsString(c.pictures()))
                        .param("skus", json.writeValueAsString(c.skuIds())).update();
                return find(brand, id).orElseThrow();
            } catch (DuplicateKeyException e) {
                // one code in a billion collides: draw another (a few times at most)
                if (attempt >= 3) {
                    throw e;
                }
            }
        }
    }

    Share replace(UUID brand, UUID id, int version, Share.Content c) {
        int changed = jdbc.sql("""
                        update guide_share set kind = :kind, title = :title, body = :body,
                               pictures = cast(:pictures as jsonb), sku_ids = cast(:skus as jsonb),
                               version = version + 1, updated_at = now()
                        where tenant_id = :brand and id = :id and version = :version and status = 'PUBLISHED'""")
                .param("brand", brand).param("id", id).param("version", version).param("kind", c.kind().name())
                .param("title", c.title()).param("body", c.body())
                .param("pictures", json.writeValueAsString(c.pictures()))
                .param("skus", json.writeValueAsString(c.skuIds())).update();
        if (changed == 0) {
            throw Rejection.staleVersion();
        }
        return find(brand, id).orElseThrow();
    }

    /** Archives a published share; false when it was archived meanwhile. */
    boolean archive(UUID brand, UUID id) {
        return jdbc.sql("""
                        update guide_share set status = 'ARCHIVED', version = version + 1, updated_at = now()
                        where tenant_id = :brand and id = :id and status = 'PUBLISHED'""")
                .param("brand", brand).param("id", id).update() == 1;
    }

    Optional<Share> find(UUID brand, UUID id) {
        return jdbc.sql("select * from guide_share where tenant_id = :brand and id = :id").param("brand", brand)
                .param("id", id).query(this::share).optional();
    }

    Optional<Share> byCode(UUID brand, String code) {
        return jdbc.sql("select * from guide_share where tenant_id = :brand and code = :code").param("brand", brand)
                .param("code", code).query(this::share).optional();
    }

    /** Shares of some stores (or of one guide among them), newest first. */
    List<Share> list(UUID brand, Collection<UUID> stores, UUID guide, Share.Status status, UUID before, int limit) {
        return jdbc.sql("""
                        select * from guide_share
                        where tenant_id = :brand and store_id in (:stores)
                          and (cast(:guide as uuid) is null or guide_id = :guide)
                          and (cast(:status as text) is null or status = :status)
                          and (cast(:before as uuid) is null or id < :before)
                        order by id desc limit :limit""")
                .param("brand", brand).param("stores", stores.isEmpty() ? List.of(new UUID(0, 0)) : stores)
                .param("guide", guide).param("status", status == null ? null : status.name())
                .param("before", before).param("limit", limit).query(this::share).list();
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private Share share(ResultSet rs, int row) throws SQLException {
        return new Share(rs.getObject("id", UUID.class), rs.getString("code"), rs.getObject("guide_id", UUID.class),
                rs.getObject("store_id", UUID.class), Share.Kind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("body"),
                json.readValue(rs.getString("pictures"), new TypeReference<List<String>>() { }),
                json.readValue(rs.getString("sku_ids"), new TypeReference<List<UUID>>() { }),
                Share.Status.valueOf(rs.getString("status")), rs.getInt("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
