package io.oneshelf.org.structure;

import io.oneshelf.org.structure.StructureRequests.CreateFranchisee;
import io.oneshelf.org.structure.StructureRequests.CreateRegion;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Regions and franchisees: the frame that stores and scopes hang from. */
@RestController
@Tag(name = "Organisation")
class StructureController {

    private final StructureRepository repository;
    private final StructureService service;

    StructureController(StructureRepository repository, StructureService service) {
        this.repository = repository;
        this.service = service;
    }

    @GetMapping("/api/v1/regions")
    @PreAuthorize("hasAuthority('org:read') or hasAuthority('staff:write') or hasAuthority('store:write')")
    @Operation(operationId = "listRegions", summary = "List regions within your scope")
    Page<Region> regions(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(repository.regions(Actor.current(), Page.after(cursor), size + 1), size, Region::id);
    }

    @PostMapping("/api/v1/regions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('org:write')")
    @Operation(operationId = "createRegion", summary = "Create a region")
    Region createRegion(@Valid @RequestBody CreateRegion request) {
        return service.createRegion(Actor.current(), new StructureService.NewRegion(request.code(), request.name()));
    }

    @GetMapping("/api/v1/franchisees")
    @PreAuthorize("hasAuthority('org:read') or hasAuthority('staff:write') or hasAuthority('store:write')")
    @Operation(operationId = "listFranchisees", summary = "List franchisees within your scope")
    Page<Franchisee> franchisees(@RequestParam(required = false) String cursor,
                                 @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(repository.franchisees(Actor.current(), Page.after(cursor), size + 1), size, Franchisee::id);
    }

    @PostMapping("/api/v1/franchisees")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('org:write')")
    @Operation(operationId = "createFranchisee", summary = "Register a franchisee")
    Franchisee createFranchisee(@Valid @RequestBody CreateFranchisee request) {
        return service.createFranchisee(Actor.current(), new StructureService.NewFranchisee(request.code(),
                request.name(), request.contactName(), request.contactPhone()));
    }
}
