-- Which Shamy node runs an import, and when it last said so (issue 10: two or more nodes on one database).
-- A node's start-up marks INTERRUPTED only its own earlier run's jobs; a job whose node has stopped saying it
-- is alive (no heartbeat for shamy.imports.stale-after) is marked INTERRUPTED by whichever node sees it first.
-- Jobs from before this column ran on the one node there was: node stays null, and a start-up treats them as its own.
alter table report_import_job add column node varchar(200);
alter table report_import_job add column heartbeat_at timestamp with time zone;
update report_import_job set heartbeat_at = coalesce(finished_at, started_at);
create index report_import_job_running on report_import_job (status, heartbeat_at);
