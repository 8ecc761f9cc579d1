-- How far the log has been published to Kafka. The log is the outbox: the relay reads it by position
-- from here and moves this mark only once Kafka has acknowledged everything up to it, so a crash or
-- an outage re-sends (at least once) rather than loses.
create table kafka_publication (
    name     varchar(100) not null primary key,
    position bigint       not null
);

insert into kafka_publication (name, position) values ('outbox', 0);
