-- Projections leave the append transaction: they tail the log after the commit, each reader of the log (the
-- topic projection, one per generation, and the Kafka relay) keeping how far it has read in one checkpoint table.
create table subscription_checkpoint (
    name     varchar(100) not null primary key,
    position bigint       not null
);

insert into subscription_checkpoint (name, position)
    select 'kafka-outbox', position from kafka_publication where name = 'outbox';
drop table kafka_publication;

-- Which generation of the topic read models answers reads, and the one being built beside it (blue/green):
-- a rebuild folds the log into a new generation while appends go on, and takes over once it has caught up.
create table read_model_generation (
    name     varchar(100) not null primary key,
    active   integer      not null,
    building integer
);

insert into read_model_generation (name, active) values ('topics', 1);
insert into subscription_checkpoint (name, position) values ('topics-1', 0);

-- The read models gain their generation. They are derived from the log, so they are dropped rather than
-- converted: generation 1 folds the whole log again from position 0 once the service starts.
drop table timeline_entry;
drop table topic_state;

create table topic_state (
    generation    integer       not null,
    topic_id      varchar(100)  not null,
    title         varchar(300)  not null,
    status        varchar(20)   not null,
    version       integer       not null,
    position      bigint        not null,
    report_count  integer       not null,
    last_event_at varchar(40),
    definition    ${json_type}  not null,
    state         ${json_type}  not null,
    primary key (generation, topic_id)
);

create table timeline_entry (
    generation     integer       not null,
    entry_id       varchar(200)  not null,
    topic_id       varchar(100)  not null,
    event_type     varchar(40)   not null,
    occurred_at    varchar(40)   not null,
    occurred_from  date          not null,
    occurred_until date          not null,
    reports        ${json_type}  not null,
    primary key (generation, entry_id)
);

create index timeline_entry_topic_idx on timeline_entry (generation, topic_id, occurred_until);
