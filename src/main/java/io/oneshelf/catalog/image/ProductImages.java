package io.oneshelf.catalog.image;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pictures of a tenant's products; the product package reads them for product details and lists. */
@Repository
public class ProductImages {

    /** A picture with its blob key, for the image package itself. */
    record StoredImage(ProductImage image, String blobKey) {
    }

    private final JdbcClient jdbc;

    ProductImages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The product's pictures in their order. */
    public List<ProductImage> of(UUID tenant, UUID productId) {
        return jdbc.sql("""
                select * from product_image where tenant_id = :tenant and spu_id = :spu order by position, id""")
                .param("tenant", tenant).param("spu", productId)
                .query((rs, n) -> map(rs).image()).list();
    }

    /** The URL of the main picture of each of these products that has one. */
    public Map<UUID, String> mainUrls(UUID tenant, Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select spu_id, blob_key from product_image
                where tenant_id = :tenant and spu_id = any(:ids) and main""")
                .param("tenant", tenant).param("ids", productIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject("spu_id", UUID.class),
                        ImageKeys.url(rs.getString("blob_key"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<StoredImage> find(UUID tenant, UUID productId, UUID imageId) {
        return jdbc.sql("select * from product_image where tenant_id = :tenant and spu_id = :spu and id = :id")
                .param("tenant", tenant).param("spu", productId).param("id", imageId)
                .query((rs, n) -> map(rs)).optional();
    }

    /**
     * Locks the product's row for the rest of the transaction, so that concurrent picture changes of one
     * product take turns (positions and the main flag stay consistent); false when there is no such product.
     */
    boolean lockProduct(UUID tenant, UUID productId) {
        return jdbc.sql("select id from spu where tenant_id = :tenant and id = :id for update")
                .param("tenant", tenant).param("id", productId).query(UUID.class).optional().isPresent();
    }

    boolean productExists(UUID tenant, UUID productId) {
        return jdbc.sql("select exists(select 1 from spu where tenant_id = :tenant and id = :id)")
                .param("tenant", tenant).param("id", productId).query(Boolean.class).single();
    }

    boolean skuOfProduct(UUID tenant, UUID productId, UUID skuId) {
        return jdbc.sql("select exists(select 1 from sku where tenant_id = :tenant and spu_id = :spu and id = :id)")
                .param("tenant", tenant).param("spu", productId).param("id", skuId).query(Boolean.class).single();
    }

    void insert(UUID tenant, UUID productId, StoredImage stored) {
        ProductImage i = stored.image();
        jdbc.sql("""
                insert into product_image(id, tenant_id, spu_id, sku_id, blob_key, content_type, byte_size, width,
                                          height, position, main, created_at)
                values (:id, :tenant, :spu, :sku, :key, :type, :bytes, :width, :height, :position, :main, now())""")
                .param("id", i.id()).param("tenant", tenant).param("spu", productId).param("sku", i.skuId())
                .param("key", stored.blobKey()).param("type", i.contentType()).param("bytes", i.byteSize())
                .param("width", i.width()).param("height", i.height()).param("position", i.position())
                .param("main", i.main())
                .update();
    }

    void delete(UUID tenant, UUID imageId) {
        jdbc.sql("delete from product_image where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", imageId).update();
    }

    /** Numbers the product's pictures 0, 1, 2 … in the given order. */
    void arrange(UUID tenant, UUID productId, List<UUID> order) {
        for (int position = 0; position < order.size(); position++) {
            jdbc.sql("update product_image set position = :position where tenant_id = :tenant and spu_id = :spu"
                     + " and id = :id")
                    .param("position", position).param("tenant", tenant).param("spu", productId)
                    .param("id", order.get(position)).update();
        }
    }

    void makeMain(UUID tenant, UUID productId, UUID imageId) {
        jdbc.sql("update product_image set main = false where tenant_id = :tenant and spu_id = :spu and main")
                .param("tenant", tenant).param("spu", productId).update();
        jdbc.sql("update product_image set main = true where tenant_id = :tenant and spu_id = :spu and id = :id")
                .param("tenant", tenant).param("spu", productId).param("id", imageId).update();
    }

    boolean referenced(UUID tenant, String blobKey) {
        return jdbc.sql("select exists(select 1 from product_image where tenant_id = :tenant and blob_key = :key)")
                .param("tenant", tenant).param("key", blobKey).query(Boolean.class).single();
    }

    private static StoredImage map(ResultSet rs) throws SQLException {
        String key = rs.getString("blob_key");
        return new StoredImage(new ProductImage(rs.getObject("id", UUID.class), ImageKeys.url(key),
                rs.getObject("sku_id", UUID.class), rs.getInt("position"), rs.getBoolean("main"),
                rs.getObject("width", Integer.class), rs.getObject("height", Integer.class),
                rs.getString("content_type"), rs.getInt("byte_size")), key);
    }
}
