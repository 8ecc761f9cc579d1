-- Articles are extracted by a worker that follows the log from its own checkpoint. Every article in the log so far
-- was extracted when it was received, in the same append, so the worker starts at the head.
insert into subscription_checkpoint (name, position)
    select 'article-extraction', position from log_head where id = 1;
