-- The W3C trace context (traceparent, tracestate) of the append that wrote the event, when it was made
-- within a trace: the Kafka relay passes it on as the CloudEvents distributed-tracing extension. It is
-- transport, not part of the fact, so it stays out of the payload (and out of every JSON the API shows)
-- and applies to every event type, not only those with metadata. Null for events appended outside a trace
-- and for all events logged before. Adding nullable columns without a default rewrites nothing.
-- traceparent is 55 characters in its version 00 (the one written); tracestate has no length limit here, so
-- no trace header can ever make an append fail.
alter table event_log add column trace_parent varchar(128);
alter table event_log add column trace_state varchar;
