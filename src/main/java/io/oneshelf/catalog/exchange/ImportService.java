package io.oneshelf.catalog.exchange;

import io.oneshelf.platform.Rejection;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.security.Permission;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Accepts an uploaded sheet as an import job: refuses at once what cannot be a product sheet (see
 * {@link SheetReader}), queues the rest, and wakes the worker once the job is committed.
 */
@Service
class ImportService {

    static final int ERRORS_SHOWN = 100;

    private final ImportJobs jobs;
    private final ImportRunner runner;

    ImportService(ImportJobs jobs, ImportRunner runner) {
        this.jobs = jobs;
        this.runner = runner;
    }

    /** A sheet as uploaded: its file name (may be null) and its bytes (null when no file was sent). */
    record Upload(String fileName, byte[] content) {
    }

    @Transactional
    ImportJob upload(Actor actor, Upload upload) {
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw Rejection.invalid("file", content == null ? "validation.required" : "import.file.empty");
        }
        String name = upload.fileName() == null ? "" : upload.fileName();
        Sheet sheet = SheetReader.read(name, content);
        boolean setsPrices = sheet.rows().stream().anyMatch(r -> !r.get(SheetColumn.LIST_PRICE).isBlank());
        if (setsPrices && !actor.can(Permission.PRICE_WRITE)) {
            throw Rejection.forbidden("import.prices-forbidden", SheetColumn.LIST_PRICE.describe());
        }
        UUID id = jobs.queue(actor, name.length() > 200 ? name.substring(0, 200) : name, sheet.format(), content,
                sheet.rows().size());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    runner.wake();
                }
            });
        } else {
            runner.wake();
        }
        return get(actor, id);
    }

    ImportJob get(Actor actor, UUID id) {
        ImportJob job = jobs.find(actor.tenantId(), id).orElseThrow(() -> Rejection.notFound("import"));
        List<RowError> first = job.errorCount() == 0 ? List.of()
                : jobs.errors(actor.tenantId(), id, new UUID(0, 0), ERRORS_SHOWN);
        return job.withErrors(first);
    }
}
