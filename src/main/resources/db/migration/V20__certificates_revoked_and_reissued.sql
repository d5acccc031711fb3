-- An administrator revokes a certificate (with a reason, when and by whom) and may re-issue it: the re-issue is a
-- new certificate row for the same case, with a new number and verification code, and the old row names it
-- (replaced_by), so the old code goes on verifying, as revoked.
--
-- A case may therefore hold several certificates, and case_id loses the uniqueness V6 gave it. That constraint's
-- name differs between H2 and PostgreSQL, so the column is moved instead: dropping it drops its constraints on both.
alter table certificate add column certification_case_id bigint;
update certificate set certification_case_id = case_id;
alter table certificate drop column case_id;
alter table certificate rename column certification_case_id to case_id;
alter table certificate alter column case_id set not null;
alter table certificate add constraint certificate_case foreign key (case_id) references certification_case (id);
create index certificate_case_id on certificate (case_id);

alter table certificate add column revoked_at timestamp with time zone;
-- the administrator's username
alter table certificate add column revoked_by varchar(100);
alter table certificate add column revocation_reason varchar(2000);
-- the certificate issued in this one's place, if it was re-issued
alter table certificate add column replaced_by bigint;
alter table certificate add constraint certificate_replaced_by foreign key (replaced_by) references certificate (id);
