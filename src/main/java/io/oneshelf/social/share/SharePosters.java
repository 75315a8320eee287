package io.oneshelf.social.share;

import io.oneshelf.catalog.SkuCatalog;
import io.oneshelf.catalog.SkuPictures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Share posters of campaigns selling one SKU: its name and picture from the catalog (the SKU's own picture, else
 * its product's main one; a picture Java cannot read, such as WebP, leaves the plain band), the campaign's line and
 * price, and the QR code of the share link. A PNG.
 */
@Component
public class SharePosters {

    private static final Logger log = LoggerFactory.getLogger(SharePosters.class);

    private final SkuCatalog skus;
    private final SkuPictures pictures;

    SharePosters(SkuCatalog skus, SkuPictures pictures) {
        this.skus = skus;
        this.pictures = pictures;
    }

    /** What a campaign's poster says: its line under the product, its price now and before. */
    public record Offer(UUID skuId, String campaignName, String line, long priceFen, long wasFen) {
    }

    public byte[] png(UUID brandId, Offer offer, String link) {
        var sku = skus.find(brandId, List.of(offer.skuId())).get(offer.skuId());
        return Poster.png(new Poster.Content(picture(brandId, offer.skuId()),
                sku == null ? offer.campaignName() : sku.name(), offer.line(), offer.priceFen(), offer.wasFen(),
                link));
    }

    private BufferedImage picture(UUID brandId, UUID skuId) {
        return pictures.of(brandId, skuId).map(bytes -> {
            try {
                return ImageIO.read(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                log.warn("The picture of SKU {} could not be read for a poster", skuId, e);
                return null;
            }
        }).orElse(null);
    }
}
