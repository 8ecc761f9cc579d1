-- The read models' JSON is only ever written whole by the projector and read back whole (a topic's state as stored,
-- its definition, an entry's reports), never queried into: as for the log's payload in V5, PostgreSQL's json keeps
-- the text as written, where jsonb parses every row the projector writes into its binary form (most of the
-- database's work in a rebuild) and turns it back into text on every read. On H2 the columns already are json.
-- Rewrites both tables once, under an exclusive lock; the rows stay, so nothing needs folding again.
alter table topic_state alter column definition set data type json;
alter table topic_state alter column state set data type json;
alter table timeline_entry alter column reports set data type json;
