package io.oneshelf.catalog.exchange;

import io.oneshelf.catalog.exchange.ImportJob.Status;
import io.oneshelf.platform.Ids;
import io.oneshelf.platform.security.Actor;
import io.oneshelf.platform.Message;
import io.oneshelf.platform.web.MessageJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import jobs of every tenant. Reads for users filter by tenant; the worker claims queued jobs of any tenant
 * with {@code FOR UPDATE SKIP LOCKED}, so two server instances never run the same job.
 */
@Repository
class ImportJobs {

    /** A claimed job with what the worker needs to run it. */
    record Work(UUID id, UUID tenantId, Actor actor, String fileName, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    UUID queue(Actor actor, String fileName, SheetFormat format, byte[] content, int rows) {
        UUID id = Ids.next();
        jdbc.sql("""
                insert into catalog_import(id, tenant_id, actor, file_name, format, content, status, total_rows,
                                           created_at)
                values (:id, :tenant, cast(:actor as jsonb), :file, :format, :content, 'QUEUED', :rows, now())""")
                .param("id", id).param("tenant", actor.tenantId()).param("actor", json.writeValueAsString(actor))
                .param("file", fileName).param("format", format.name()).param("content", content)
                .param("rows", rows).update();
        return id;
    }

    Optional<ImportJob> find(UUID tenant, UUID id) {
        return jdbc.sql("select * from catalog_import where tenant_id = :tenant and id = :id")
                .param("tenant", tenant).param("id", id).query(this::map).optional();
    }

    List<ImportJob> list(UUID tenant, UUID after, int limit) {
        return jdbc.sql("""
                select * from catalog_import where tenant_id = :tenant and id > :after order by id limit :limit""")
                .param("tenant", tenant).param("after", after).param("limit", limit).query(this::map).list();
    }

    List<RowError> errors(UUID tenant, UUID id, UUID after, int limit) {
        return errorRows(tenant, id, after, limit).stream().map(ErrorRow::error).toList();
    }

    /** A stored row error; its id stands for its position, which is the cursor of the error list. */
    record ErrorRow(UUID id, RowError error) {
    }

    List<ErrorRow> errorRows(UUID tenant, UUID id, UUID after, int limit) {
        return jdbc.sql("""
                select * from catalog_import_error
                where tenant_id = :tenant and import_id = :id and position > :after
                order by position limit :limit""")
                .param("tenant", tenant).param("id", id).param("after", after.getLeastSignificantBits())
                .param("limit", limit)
                .query((rs, n) -> new ErrorRow(new UUID(0, rs.getInt("position")), new RowError(rs.getInt("row_number"),
                        rs.getString("column_name"), rs.getString("field"),
                        stored(rs.getString("message_json"), rs.getString("message")))))
                .list();
    }

    /** Takes the oldest queued job, if any, and marks it VALIDATING. */
    Optional<Work> claim() {
        return jdbc.sql("""
                update catalog_import set status = 'VALIDATING', started_at = now(), heartbeat_at = now()
                where id = (select id from catalog_import where status = 'QUEUED' order by id
                            for update skip locked limit 1)
                returning id, tenant_id, actor::text as actor, file_name, content""")
                .query((rs, n) -> new Work(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                        json.readValue(rs.getString("actor"), Actor.class), rs.getString("file_name"),
                        rs.getBytes("content")))
                .optional();
    }

    /** Progress, written outside the import's own transaction so that any instance sees it at once. */
    void progress(UUID tenant, UUID id, Status status, int processed) {
        jdbc.sql("""
                update catalog_import set status = :status, processed_rows = :processed, heartbeat_at = now()
                where tenant_id = :tenant and id = :id""")
                .param("status", status.name()).param("processed", processed).param("tenant", tenant)
                .param("id", id).update();
    }

    void succeeded(UUID tenant, UUID id, int rows, ImportPlan.Outcome outcome) {
        jdbc.sql("""
                update catalog_import set status = 'SUCCEEDED', processed_rows = :rows, content = null,
                    products_created = :pc, products_updated = :pu, skus_created = :sc, skus_updated = :su,
                    finished_at = now(), heartbeat_at = now()
                where tenant_id = :tenant and id = :id""")
                .param("rows", rows).param("pc", outcome.productsCreated()).param("pu", outcome.productsUpdated())
                .param("sc", outcome.skusCreated()).param("su", outcome.skusUpdated())
                .param("tenant", tenant).param("id", id).update();
    }

    /** Ends the job as FAILED with its row errors (sorted by row, capped at {@code stored}) and a reason. */
    void failed(UUID tenant, UUID id, List<RowError> errors, int stored, Message failure) {
        for (int i = 0; i < Math.min(stored, errors.size()); i++) {
            RowError e = errors.get(i);
            jdbc.sql("""
                    insert into catalog_import_error(tenant_id, import_id, position, row_number, column_name, field,
                                                     message_json)
                    values (:tenant, :import, :position, :row, :column, :field, cast(:message as jsonb))""")
                    .param("tenant", tenant).param("import", id).param("position", i + 1).param("row", e.row())
                    .param("column", e.column()).param("field", e.field()).param("message", MessageJson.write(e.message())).update();
        }
        jdbc.sql("""
                update catalog_import set status = 'FAILED', error_count = :count, failure_json = cast(:failure as jsonb),
                    content = null, finished_at = now(), heartbeat_at = now()
                where tenant_id = :tenant and id = :id""")
                .param("count", errors.size()).param("failure", MessageJson.write(failure)).param("tenant", tenant).param("id", id)
                .update();
    }

    /**
     * Fails the running jobs whose worker stopped sending heartbeats (its server stopped or crashed). Their
     * transaction died with the worker, so nothing of them was applied.
     */
    int failAbandoned(Duration silence) {
        return jdbc.sql("""
                update catalog_import set status = 'FAILED', content = null, finished_at = now(),
                    failure_json = '{"code": "import.interrupted", "args": []}'
                where status in ('VALIDATING', 'APPLYING') and heartbeat_at < now() - make_interval(secs => :secs)""")
                .param("secs", silence.toSeconds()).update();
    }

    /** A stored message; rows from before messages were stored as codes hold English text. */
    private static Message stored(String json, String text) {
        return json != null ? MessageJson.read(json) : Message.of("import.text", text);
    }

    private ImportJob map(ResultSet rs, int n) throws SQLException {
        Status status = Status.valueOf(rs.getString("status"));
        ImportPlan.Outcome outcome = status == Status.SUCCEEDED ? new ImportPlan.Outcome(rs.getInt("products_created"),
                rs.getInt("products_updated"), rs.getInt("skus_created"), rs.getInt("skus_updated")) : null;
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("file_name"),
                SheetFormat.valueOf(rs.getString("format")), status, rs.getInt("total_rows"),
                rs.getInt("processed_rows"), rs.getInt("error_count"), List.of(), outcome,
                rs.getString("failure_json") == null && rs.getString("failure") == null ? null
                        : stored(rs.getString("failure_json"), rs.getString("failure")),
                json.readTree(rs.getString("actor")).path("name").asString(),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
