-- A lighter event row (issue 10, the outbox's cost on the hot path; docs/benchmarks.md).
--
-- The payload is kept as the JSON text the server wrote (json, checked but not converted): nothing queries inside
-- it, every reader takes it back as text, and jsonb's conversion on write and back to text on read was paid for
-- every event of every reservation round.
alter table event_log alter column payload type json using payload::json;

-- A writer takes its sequence numbers 100 at a time instead of one by one; they stay increasing within a
-- transaction, which is all the (tx, seq) order needs.
alter table event_log alter column seq set cache 100;
