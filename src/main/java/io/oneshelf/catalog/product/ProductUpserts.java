package io.oneshelf.catalog.product;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.platform.security.Actor;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The product writes a bulk import makes, for the catalog's sheet exchange. Each call goes through the same
 * service, rules and audit entries as the product screens and API (SKU generation, barcode policy and uniqueness,
 * shelf rules); the caller's transaction decides when everything commits.
 */
@Service
public class ProductUpserts {

    /** A product to create as a draft, with an entry per variant (code, spec values, barcodes). */
    public record NewProduct(String code, String name, UUID categoryId, UUID brandId, String unit,
                             Set<SalesChannel> channels, List<SpecAttribute> attributes,
                             List<SkuMatrix.SkuInput> skus) {
    }

    /** The facts an import may change; {@code keepBrand} / a null {@code channels} leave those as they are. */
    public record ProductFacts(String name, UUID categoryId, UUID brandId, boolean keepBrand, String unit,
                               Set<SalesChannel> channels) {
    }

    private final ProductService products;
    private final BarcodeService barcodes;

    ProductUpserts(ProductService products, BarcodeService barcodes) {
        this.products = products;
        this.barcodes = barcodes;
    }

    /** The ids of a created product and of its SKUs by SKU code. */
    public record Created(UUID productId, Map<String, UUID> skuIds) {
    }

    public Created create(Actor actor, NewProduct p) {
        Product created = products.create(actor, new ProductCommands.Create(p.code(), p.name(), p.categoryId(),
                p.brandId(), p.unit(), null, p.attributes(), p.skus(), p.channels()));
        return new Created(created.id(), created.skus().stream().collect(Collectors.toMap(Sku::code, Sku::id)));
    }

    /** Edits the product's facts when they differ from the stored ones; answers whether anything changed. */
    public boolean edit(Actor actor, UUID productId, ProductFacts facts) {
        Product before = products.get(actor, productId);
        UUID brand = facts.keepBrand() ? before.brandId() : facts.brandId();
        Set<SalesChannel> channels = facts.channels() == null ? before.channels() : facts.channels();
        boolean same = before.name().equals(facts.name()) && before.categoryId().equals(facts.categoryId())
                       && Objects.equals(before.brandId(), brand) && before.unit().equals(facts.unit())
                       && before.channels().equals(channels);
        if (same) {
            return false;
        }
        products.edit(actor, productId, new ProductCommands.Edit(facts.name(), facts.categoryId(), brand, facts.unit(),
                before.description(), channels, before.version()));
        return true;
    }

    public void putOnShelf(Actor actor, UUID productId) {
        products.putOnShelf(actor, productId);
    }

    public void takeOffShelf(Actor actor, UUID productId) {
        products.takeOffShelf(actor, productId);
    }

    public void addBarcode(Actor actor, UUID skuId, String code) {
        barcodes.add(actor, skuId, code);
    }

    public void removeBarcode(Actor actor, UUID skuId, String code) {
        barcodes.remove(actor, skuId, code);
    }

    /** Whether {@code code} is a GTIN with a correct check digit, as {@link BarcodePolicy} decides. */
    public static boolean validBarcode(String code) {
        return BarcodePolicy.isValid(code);
    }
}
