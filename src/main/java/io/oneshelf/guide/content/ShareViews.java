package io.oneshelf.guide.content;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The bodies and answers of the shares' endpoints. */
final class ShareViews {

    private ShareViews() {
    }

    /**
     * A post or product share as a guide writes it: a title, text, up to 9 pictures (https or the server's own
     * paths, e.g. a product's picture) and 1–9 products (SKUs; exactly one for a product share). {@code guideId}:
     * whose it is (a guide: themselves, may be left out; a manager names a guide of a store in scope).
     */
    @Schema(name = "GuideShareBody")
    record Body(@NotNull Share.Kind kind, @NotBlank @Size(max = 60) String title, @Size(max = 2000) String body,
                @Size(max = 9) List<@NotBlank @Size(max = 500) @Pattern(regexp = "(https://|/)\\S+") String> pictures,
                @NotEmpty @Size(max = 9) List<@NotNull UUID> skuIds, UUID guideId) {

        Share.Content content() {
            return new Share.Content(kind, title.strip(), body == null ? "" : body.strip(),
                    pictures == null ? List.of() : pictures, skuIds);
        }
    }

    /** An edit of a share: its new content and the version read. */
    @Schema(name = "GuideShareEdit")
    record Edit(@NotNull Share.Kind kind, @NotBlank @Size(max = 60) String title, @Size(max = 2000) String body,
                @Size(max = 9) List<@NotBlank @Size(max = 500) @Pattern(regexp = "(https://|/)\\S+") String> pictures,
                @NotEmpty @Size(max = 9) List<@NotNull UUID> skuIds, @NotNull @Min(0) Integer version) {

        Share.Content content() {
            return new Body(kind, title, body, pictures, skuIds, null).content();
        }
    }

    /** A product of a share: the SKU, its name and its product's. */
    @Schema(name = "GuideShareProduct")
    record Product(UUID skuId, UUID spuId, String code, String name, String productName) {
    }

    /** A share with what it brought ({@code stats}: in the period asked, or since it was published). */
    @Schema(name = "GuideShare")
    record View(UUID id, String code, String link, UUID guideId, String guideName, UUID storeId, Share.Kind kind,
                String title, String body, List<String> pictures, List<Product> products, Share.Status status,
                int version, OffsetDateTime createdAt, OffsetDateTime updatedAt, ShareStats.Figures stats) {
    }

    /** A guide's content and what it brought in a period. */
    @Schema(name = "GuideContentRow")
    record GuideRow(UUID guideId, String guideName, UUID storeId, long shares, ShareStats.Figures stats) {
    }

    /** A share's line of the report. */
    @Schema(name = "GuideContentShareRow")
    record ShareRow(UUID id, String code, String title, Share.Kind kind, Share.Status status, UUID guideId,
                    String guideName, UUID storeId, ShareStats.Figures stats) {
    }

    /** The attribution report of a period: per guide, per share (by sales), and the total. */
    @Schema(name = "GuideContentReport")
    record Report(LocalDate from, LocalDate to, UUID storeId, ShareStats.Figures total, List<GuideRow> guides,
                  List<ShareRow> shares) {
    }

    /** Opening a share in the shop: the browser's own visitor id (a random UUID it keeps). */
    @Schema(name = "ShopShareOpen")
    record Open(@NotNull @Pattern(regexp = "[0-9a-fA-F-]{36}") String visitor) {
    }

    /** Adding one of the share's products to the cart. */
    @Schema(name = "ShopShareCartItem")
    record CartItem(@NotNull UUID skuId, @NotNull @Min(1) @Max(9_999) Long quantity) {
    }

    /** A product of a post in the shop: its online price (null: not for sale now) and whether it is still sold. */
    @Schema(name = "ShopShareProduct")
    record ShopProduct(UUID skuId, UUID spuId, String name, String productName, Long price, boolean active) {
    }

    /** A guide's post or product share as the shop shows it. */
    @Schema(name = "ShopShare")
    record ShopShare(String code, Share.Kind kind, String title, String body, List<String> pictures,
                     String guideName, List<ShopProduct> products, OffsetDateTime publishedAt) {
    }
}
