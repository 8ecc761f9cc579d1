-- The event log: every event in one global order (position) plus its version within its topic.
-- Rows are only ever inserted; nothing updates or deletes them.
create table event_log (
    position      bigint        not null primary key,
    event_id      varchar(200)  not null,
    topic_id      varchar(100)  not null,
    topic_version integer       not null,
    event_type    varchar(40)   not null,
    occurred_at   varchar(40),
    recorded_at   timestamp with time zone not null,
    payload       ${json_type}  not null,
    constraint event_log_event_id_key unique (event_id),
    constraint event_log_topic_version_key unique (topic_id, topic_version)
);

create index event_log_topic_position_idx on event_log (topic_id, position);

-- The head of the log. An append locks this row until it commits, so positions are handed out
-- in commit order and a reader that tails by position can never skip a late commit.
create table log_head (
    id       smallint not null primary key,
    position bigint   not null
);

insert into log_head (id, position) values (1, 0);
