package io.oneshelf.catalog.image;

import io.oneshelf.catalog.SkuPictures;
import io.oneshelf.platform.blob.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link SkuPictures} from the picture rows and their files: the SKU's own first, then the product's main one. */
@Component
class SkuPictureFiles implements SkuPictures {

    private final JdbcClient jdbc;
    private final BlobStore store;

    SkuPictureFiles(JdbcClient jdbc, BlobStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public Optional<byte[]> of(UUID tenantId, UUID skuId) {
        return jdbc.sql("""
                        select i.blob_key from product_image i join sku s on s.spu_id = i.spu_id
                        where i.tenant_id = :tenant and s.id = :sku and (i.sku_id = :sku or i.main)
                        order by (i.sku_id = :sku) desc nulls last, i.position limit 1""")
                .param("tenant", tenantId).param("sku", skuId).query(String.class).optional()
                .flatMap(store::get).map(r -> {
                    try (InputStream in = r.getInputStream()) {
                        return in.readAllBytes();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
