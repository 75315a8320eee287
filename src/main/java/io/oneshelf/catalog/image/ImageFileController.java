package io.oneshelf.catalog.image;

import io.oneshelf.catalog.image.ImageKeys.Parsed;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.blob.BlobStore;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Duration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves product pictures to anyone, without sign-in: the online mall shows them to shoppers, and a URL names
 * content by its hash, so it reveals nothing to someone who has not been given it (see
 * docs/decisions/0009-product-pictures-are-public-and-content-addressed.md). The content under a URL never
 * changes, hence the year-long immutable caching and the hash as ETag.
 */
@RestController
@Hidden
class ImageFileController {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final BlobStore store;

    ImageFileController(BlobStore store) {
        this.store = store;
    }

    @GetMapping(ImageKeys.URL_PREFIX + "{tenant}/{file}")
    ResponseEntity<Resource> file(@PathVariable String tenant, @PathVariable String file) {
        Parsed key = ImageKeys.parse(tenant + "/" + file).orElseThrow(() -> Rejection.notFound("image"));
        Resource content = store.get(key.key()).orElseThrow(() -> Rejection.notFound("image"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(key.format().mediaType()))
                .eTag(key.sha256())
                .cacheControl(FOREVER)
                // never rendered as a document, whatever a crafted file may look like
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .body(content);
    }
}
