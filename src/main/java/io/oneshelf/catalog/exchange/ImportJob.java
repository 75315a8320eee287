package io.oneshelf.catalog.exchange;

import io.oneshelf.platform.Message;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An import as its uploader follows it. {@code processedRows} counts up to {@code totalRows} twice: once while
 * the rows are checked (VALIDATING), once while they are applied (APPLYING). {@code errors} holds the first row
 * errors; {@code errorCount} says how many there are, and {@code /errors} pages through them.
 */
record ImportJob(UUID id, String fileName, SheetFormat format, Status status, int totalRows, int processedRows,
                 int errorCount, List<RowError> errors, ImportPlan.Outcome outcome, Message failure,
                 String createdBy, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    enum Status {
        QUEUED, VALIDATING, APPLYING, SUCCEEDED, FAILED;

        boolean finished() {
            return this == SUCCEEDED || this == FAILED;
        }
    }

    ImportJob withErrors(List<RowError> first) {
        return new ImportJob(id, fileName, format, status, totalRows, processedRows, errorCount, first, outcome,
                failure, createdBy, createdAt, startedAt, finishedAt);
    }
}
