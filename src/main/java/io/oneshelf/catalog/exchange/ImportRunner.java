package io.oneshelf.catalog.exchange;

import io.oneshelf.catalog.CatalogImportApplied;
import io.oneshelf.catalog.exchange.CatalogLookups.Existing;
import io.oneshelf.catalog.exchange.ImportJob.Status;
import io.oneshelf.catalog.exchange.ImportJobs.Work;
import io.oneshelf.catalog.price.ListPrices;
import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.audit.AuditLog;
import io.oneshelf.platform.Message;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs queued imports in the background, one at a time per server instance: reads the sheet, checks every row,
 * and only when no row has an error applies the whole plan in ONE transaction. Progress goes to the job row in
 * short transactions of its own, which also serve as the heartbeat: a job whose heartbeat stops for
 * {@link #SILENCE} (its server died) is failed by the sweep of any instance, and since its transaction died
 * with it, nothing of it was applied.
 */
@Component
class ImportRunner {

    static final int STORED_ERRORS = 1_000;
    static final Duration SILENCE = Duration.ofMinutes(2);
    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportJobs jobs;
    private final CatalogLookups lookups;
    private final ListPrices prices;
    private final ImportApply apply;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "catalog-import");
        t.setDaemon(true);
        return t;
    });

    ImportRunner(ImportJobs jobs, CatalogLookups lookups, ListPrices prices, ImportApply apply, AuditLog audit,
                 PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.events = events;
        this.jobs = jobs;
        this.lookups = lookups;
        this.prices = prices;
        this.apply = apply;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Looks for queued work soon; called once an upload has committed. */
    void wake() {
        worker.execute(this::drain);
    }

    /** Catches jobs queued while no worker was awake, and fails those whose worker died. */
    @Scheduled(fixedDelayString = "${oneshelf.catalog.import-sweep:PT15S}", initialDelayString = "PT15S")
    void sweep() {
        int abandoned = jobs.failAbandoned(SILENCE);
        if (abandoned > 0) {
            log.warn("Failed {} catalog imports whose server stopped while they ran", abandoned);
        }
        wake();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void drain() {
        Optional<Work> work;
        while (!Thread.currentThread().isInterrupted()
               && (work = separate.execute(tx -> jobs.claim())).isPresent()) {
            run(work.get());
        }
    }

    private void run(Work work) {
        UUID tenant = work.tenantId();
        try {
            Sheet sheet = SheetReader.read(work.fileName(), work.content());
            Progress progress = new Progress(work, sheet.rows().size(), Status.VALIDATING);
            List<RowError> errors = new ArrayList<>();
            ImportPlan plan = check(work, sheet, errors, progress);
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparingInt(RowError::row));
                long rows = errors.stream().mapToInt(RowError::row).distinct().count();
                separate.executeWithoutResult(tx -> jobs.failed(tenant, work.id(), errors, STORED_ERRORS,
                        Message.of("import.rows-failed", rows, sheet.rows().size())));
                return;
            }
            Progress applying = new Progress(work, sheet.rows().size(), Status.APPLYING);
            applying.add(0);
            transaction.executeWithoutResult(tx -> {
                ImportPlan.Outcome outcome = apply.apply(work.actor(), plan, applying::add);
                audit.record(work.actor(), "catalog.imported", "catalog_import", work.id(), null, outcome);
                events.publishEvent(new CatalogImportApplied(tenant, work.id(), outcome.productsCreated(),
                        outcome.productsUpdated(), outcome.skusCreated(), outcome.skusUpdated()));
                jobs.succeeded(tenant, work.id(), sheet.rows().size(), outcome);
            });
        } catch (ImportApply.Refused e) {
            fail(work, List.of(e.error), Message.of("import.refused"));
        } catch (Rejection e) {
            fail(work, List.of(), e.detail());
        } catch (RuntimeException e) {
            log.error("Catalog import {} failed", work.id(), e);
            fail(work, List.of(), Message.of("import.unexpected"));
        }
    }

    private ImportPlan check(Work work, Sheet sheet, List<RowError> errors, Progress progress) {
        List<ProductLine> lines = new ArrayList<>();
        Set<String> incomplete = new HashSet<>();
        for (Sheet.Row row : sheet.rows()) {
            ProductLine line = ProductLine.read(sheet, row, errors);
            if (line == null) {
                incomplete.add(row.get(SheetColumn.PRODUCT_CODE));
            } else {
                lines.add(line);
            }
        }
        UUID tenant = work.tenantId();
        Existing existing = lookups.load(tenant, lines);
        List<UUID> skuIds = existing.skus().values().stream().map(CatalogLookups.ExistingSku::id).toList();
        ImportCheck.PriceFacts facts = new ImportCheck.PriceFacts(prices.standing(tenant, skuIds),
                prices.pricedNow(tenant, skuIds), (sku, fen) -> prices.problemWith(tenant, sku, fen).orElse(null));
        int skipped = sheet.rows().size() - lines.size();
        progress.add(skipped);
        return new ImportCheck(sheet, existing, facts, errors).check(lines, incomplete, progress::add);
    }

    private void fail(Work work, List<RowError> errors, Message failure) {
        separate.executeWithoutResult(tx -> jobs.failed(work.tenantId(), work.id(), errors, STORED_ERRORS,
                failure));
    }

    /** Counts processed rows and writes them (and the heartbeat) every few hundred rows and at the end. */
    private final class Progress {
        private static final int STEP = 250;
        private final Work work;
        private final int total;
        private final Status status;
        private int processed;
        private int written = -1;

        Progress(Work work, int total, Status status) {
            this.work = work;
            this.total = total;
            this.status = status;
        }

        void add(int rows) {
            processed += rows;
            if (written < 0 || processed - written >= STEP || processed >= total) {
                written = processed;
                separate.executeWithoutResult(tx -> jobs.progress(work.tenantId(), work.id(), status,
                        Math.min(processed, total)));
            }
        }
    }
}
