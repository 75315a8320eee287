package io.oneshelf.org.brand;

import io.oneshelf.org.brand.BrandRequests.SetBrandDefaultLanguage;
import io.oneshelf.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own brand and its settings. */
@RestController
@RequestMapping("/api/v1/brand")
@Tag(name = "Brand settings")
class BrandController {

    private final BrandService service;

    BrandController(BrandService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(operationId = "getBrand", summary = "Your brand and its settings",
            description = "The brand the caller belongs to; any signed-in staff member or API client may read it.")
    Brand get() {
        return service.get(Actor.current());
    }

    @PutMapping("/default-language")
    @PreAuthorize("hasAuthority('org:write')")
    @Operation(operationId = "setBrandDefaultLanguage",
            summary = "Set the language of server messages for requests without Accept-Language (HQ admin)",
            description = """
                    zh-CN or en. Problem titles, details and field messages of the brand's callers who send no \
                    Accept-Language are written in it; a request's Accept-Language still wins. It applies at once \
                    on the server instance that answers this call and within one minute on the others, which \
                    remember each brand's language for that long.""")
    Brand setDefaultLanguage(@Valid @RequestBody SetBrandDefaultLanguage request) {
        return service.setDefaultLanguage(Actor.current(), request.defaultLanguage());
    }
}
