package io.oneshelf.catalog.exchange;

import io.oneshelf.catalog.SalesChannel;
import io.oneshelf.catalog.product.ProductSearch;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import io.oneshelf.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalog import and export")
class CatalogExchangeController {

    private final ImportService imports;
    private final ImportJobs jobs;
    private final CatalogExport export;

    CatalogExchangeController(ImportService imports, ImportJobs jobs, CatalogExport export) {
        this.imports = imports;
        this.jobs = jobs;
        this.export = export;
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('catalog:write')")
    @ApiResponse(responseCode = "202", description = "Accepted: the job runs in the background; poll the Location",
            useReturnTypeSchema = true,
            headers = @Header(name = "Location", description = "The job to poll"))
    @Operation(operationId = "importCatalog",
            summary = "Upload a product sheet (CSV or XLSX, one row per SKU) as a background import job;"
                         + " every row is checked first, and the catalog changes only if all rows are valid")
    ResponseEntity<ImportJob> upload(@RequestPart(name = "file", required = false) MultipartFile file) {
        ImportJob job = imports.upload(Actor.current(), file == null ? new ImportService.Upload(null, null)
                : new ImportService.Upload(file.getOriginalFilename(), bytes(file)));
        return ResponseEntity.accepted().location(URI.create("/api/v1/catalog/imports/" + job.id())).body(job);
    }

    @GetMapping("/imports")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "listCatalogImports", summary = "The brand's import jobs, oldest first")
    Page<ImportJob> list(@RequestParam(required = false) String cursor,
                         @RequestParam(required = false) Integer limit) {
        int size = Page.limit(limit);
        return Page.of(jobs.list(Actor.current().tenantId(), Page.after(cursor), size + 1), size, ImportJob::id);
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "getCatalogImport",
            summary = "An import job: status, progress, outcome, and its first row errors")
    ImportJob get(@PathVariable UUID id) {
        return imports.get(Actor.current(), id);
    }

    @GetMapping("/imports/{id}/errors")
    @PreAuthorize("hasAuthority('catalog:write')")
    @Operation(operationId = "listCatalogImportErrors", summary = "All row errors of an import job, in row order")
    Page<RowError> errors(@PathVariable UUID id, @RequestParam(required = false) String cursor,
                          @RequestParam(required = false) Integer limit) {
        Actor actor = Actor.current();
        imports.get(actor, id);
        int size = Page.limit(limit);
        Page<ImportJobs.ErrorRow> page = Page.of(jobs.errorRows(actor.tenantId(), id, Page.after(cursor), size + 1),
                size, ImportJobs.ErrorRow::id);
        return new Page<>(page.items().stream().map(ImportJobs.ErrorRow::error).toList(), page.nextCursor());
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "exportCatalog",
            summary = "The products and SKUs as a sheet (format=csv or xlsx) in the import layout, with the"
                         + " filters of the product list; headers in Chinese when Accept-Language is zh")
    @ApiResponse(responseCode = "200", description = "The sheet, streamed as it is written", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(required = false) UUID categoryId,
                                  @RequestParam(required = false) String status,
                                  @RequestParam(required = false) SalesChannel channel,
                                  @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language) {
        SheetFormat sheetFormat = format(format);
        Actor actor = Actor.current();
        ProductSearch.Filter filter = ProductSearch.Filter.of(q, categoryId, status, channel);
        boolean chinese = chinese(language);
        boolean withPrices = actor.can(Permission.PRICE_READ);
        // streamed a page of products at a time: a brand's whole catalog is never held in memory
        StreamingResponseBody file = out -> {
            try (SheetWriter sheet = SheetWriter.to(out, sheetFormat, chinese)) {
                export.rows(actor.tenantId(), filter, withPrices, sheet::add);
            }
        };
        return attachment(sheetFormat, "products-" + LocalDateTime.now(ZoneId.of("Asia/Shanghai"))
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"))).body(file);
    }

    @GetMapping("/import-template")
    @PreAuthorize("hasAuthority('catalog:read')")
    @Operation(operationId = "getCatalogImportTemplate",
            summary = "An empty product sheet (format=csv or xlsx) with the header row the import expects")
    @ApiResponse(responseCode = "200", description = "The empty sheet", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<byte[]> template(@RequestParam(defaultValue = "csv") String format,
                                    @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                    String language) {
        SheetFormat sheetFormat = format(format);
        return download(sheetFormat, "product-import-template", SheetWriter.write(sheetFormat, chinese(language),
                List.of()));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SheetFormat format(String format) {
        return SheetFormat.named(format).orElseThrow(() -> Rejection.invalid("format", "import.format"));
    }

    private static boolean chinese(String language) {
        return language == null || language.toLowerCase(Locale.ROOT).startsWith("zh");
    }

    private static ResponseEntity<byte[]> download(SheetFormat format, String name, byte[] file) {
        return attachment(format, name).body(file);
    }

    private static ResponseEntity.BodyBuilder attachment(SheetFormat format, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + format.extension(), StandardCharsets.UTF_8).build().toString());
    }
}
