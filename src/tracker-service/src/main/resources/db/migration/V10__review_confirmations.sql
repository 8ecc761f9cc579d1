-- Issue 26: a reviewer's confirmation of a report is kept with the entry that holds it, so a projection restored from
-- its rows (the projector's after a restart, any read as of a past date) knows which extracted reports are confirmed.
-- Null for the entries of every row written before: no decision was possible then, so nothing needs folding again.
alter table timeline_entry add column confirmations json;
