-- The log's payloads are only ever stored whole and read back whole (streams, the Kafka relay, replays),
-- never queried into. PostgreSQL's json keeps the text as written, where jsonb parses it into a binary
-- form that every read turns back into text; for a relay reading whole pages that was most of the
-- database's work. On H2 the column already is json. Rewrites the table once, under an exclusive lock.
alter table event_log alter column payload set data type json;
