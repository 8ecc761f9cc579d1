-- Read models folded from the log; they can be dropped and rebuilt from it at any time.

-- One row per topic: its definition and its current negotiation state.
create table topic_state (
    topic_id      varchar(100)  not null primary key,
    title         varchar(300)  not null,
    status        varchar(20)   not null,
    version       integer       not null,
    position      bigint        not null,
    report_count  integer       not null,
    last_event_at varchar(40),
    definition    ${json_type}  not null,
    state         ${json_type}  not null
);

-- One row per real-world event: every report of it (same topic, type and date, overlapping actors).
create table timeline_entry (
    entry_id       varchar(200)  not null primary key,
    topic_id       varchar(100)  not null,
    event_type     varchar(40)   not null,
    occurred_at    varchar(40)   not null,
    occurred_from  date          not null,
    occurred_until date          not null,
    reports        ${json_type}  not null
);

create index timeline_entry_topic_idx on timeline_entry (topic_id, occurred_until);
