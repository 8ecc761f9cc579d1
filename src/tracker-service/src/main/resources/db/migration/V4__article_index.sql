-- Articles received, one row per article.received event of the log, written in the same transaction.
-- An article's id is derived from its normalized text; this index finds it again by its URL too, so
-- a repost of either kind appends nothing. Derived from the log, never updated.
create table article_index (
    article_id varchar(200) not null primary key,
    url_key    varchar(64),
    topic_id   varchar(100) not null,
    position   bigint       not null
);

create index article_index_url_idx on article_index (url_key, position);
