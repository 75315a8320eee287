package io.oneshelf.catalog.product;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.Shelf;
import io.oneshelf.catalog.image.ProductImage;
import io.oneshelf.catalog.image.ProductImages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The {@link Shelf}: the product search and product detail of the console, narrowed to what a channel offers. */
@Service
class ShelfProducts implements Shelf {

    private final JdbcClient jdbc;
    private final ProductSearch search;
    private final Products products;
    private final ProductImages images;

    ShelfProducts(JdbcClient jdbc, ProductSearch search, Products products, ProductImages images) {
        this.jdbc = jdbc;
        this.search = search;
        this.products = products;
        this.images = images;
    }

    @Override
    public List<ShelfCategory> categories(UUID brandId) {
        return jdbc.sql("""
                        with recursive t(id, parent_id, name, sort_order, depth) as (
                            select id, parent_id, name, sort_order, 0 from category
                            where tenant_id = :t and parent_id is null
                            union all
                            select c.id, c.parent_id, c.name, c.sort_order, t.depth + 1
                            from category c join t on c.parent_id = t.id where c.tenant_id = :t)
                        select * from t order by depth, sort_order, name, id""")
                .param("t", brandId)
                .query((rs, n) -> new ShelfCategory(rs.getObject("id", UUID.class),
                        rs.getObject("parent_id", UUID.class), rs.getString("name"), rs.getInt("sort_order")))
                .list();
    }

    @Override
    public List<ShelfProduct> products(UUID brandId, SalesChannel channel, String q, UUID categoryId, UUID after,
                                       int limit) {
        var found = search.find(brandId, new ProductSearch.Filter(q, categoryId, Product.ProductStatus.ON_SHELF,
                channel), after == null ? new UUID(0, 0) : after, limit);
        List<UUID> ids = found.stream().map(ProductSearch.ProductSummary::id).toList();
        Map<UUID, String> pictures = images.mainUrls(brandId, ids);
        Map<UUID, List<UUID>> skus = activeSkus(brandId, ids);
        return found.stream().map(p -> new ShelfProduct(p.id(), p.code(), p.name(), p.categoryId(), p.unit(),
                pictures.get(p.id()), skus.getOrDefault(p.id(), List.of()))).toList();
    }

    @Override
    public Optional<ShelfProductDetail> product(UUID brandId, SalesChannel channel, UUID productId) {
        return products.find(brandId, productId)
                .filter(p -> p.status() == Product.ProductStatus.ON_SHELF && p.channels().contains(channel))
                .map(p -> {
                    Map<String, List<String>> specs = new LinkedHashMap<>();
                    p.specAttributes().forEach(a -> specs.put(a.name(), a.values()));
                    return new ShelfProductDetail(p.id(), p.code(), p.name(), p.categoryId(), p.unit(),
                            p.description(), specs,
                            images.of(brandId, productId).stream().map(ProductImage::url).toList(),
                            p.skus().stream().filter(Sku::active)
                                    .map(s -> new ShelfSku(s.id(), s.code(), s.name(), s.specs())).toList());
                });
    }

    private Map<UUID, List<UUID>> activeSkus(UUID brandId, List<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select spu_id, id from sku where tenant_id = :t and spu_id = any(:ids) and status = 'ACTIVE'
                        order by spu_id, code""")
                .param("t", brandId).param("ids", productIds.toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list()
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
