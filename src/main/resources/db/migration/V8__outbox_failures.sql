-- An outbox entry the search indexer cannot apply (its document makes the database, the analyzer or Lucene
-- throw) counts its failed attempts here; after the last one it is set aside (failed_at) so the entries after
-- it are applied, and stays listed for administrators until one retries it (retried_at: a new entry for the
-- same report was written then).
alter table report_outbox add column attempts integer default 0 not null;
alter table report_outbox add column last_error varchar(2000);
alter table report_outbox add column failed_at timestamp with time zone;
alter table report_outbox add column retried_at timestamp with time zone;
create index report_outbox_failed on report_outbox (failed_at);
