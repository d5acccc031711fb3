#!/usr/bin/env bash
# Restores a backup of backup-postgres.sh into an EMPTY database, with Shamy stopped:
#
#   createdb -h localhost -U shamy shamy_restored
#   POSTGRES_URL=jdbc:postgresql://localhost:5432/shamy_restored POSTGRES_USER=shamy POSTGRES_PASSWORD=… \
#     scripts/restore-postgres.sh shamy-2026-05-01.dump
#
# then start Shamy on that database with an empty index folder (SHAMY_INDEX_DIR, ./data/index by default, on
# every node): it rebuilds the index from the restored reports before it answers. A database that holds any
# table, sequence or schema of its own is refused, and nothing is written to it. The restore is one
# transaction: if any part fails, the database is left as empty as it was. Objects belong to POSTGRES_USER
# (the role Shamy connects as), whoever owned them where the backup was taken.
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $(basename "$0") FILE   (with POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD naming an empty database)" >&2
  exit 2
fi
. "$(dirname "$0")/postgres-connection.sh"
file=$1
if [ ! -r "$file" ]; then
  echo "$(basename "$0"): cannot read $file" >&2
  exit 1
fi
# reads the archive's table of contents: a file that is no pg_dump custom archive stops here
if ! pg_tool pg_restore --list "$file" >/dev/null; then
  echo "$(basename "$0"): $file is not a backup made by backup-postgres.sh (pg_dump --format=custom)" >&2
  exit 1
fi
objects=$(pg_tool psql --no-psqlrc --quiet --tuples-only --no-align --set=ON_ERROR_STOP=1 --command="
  select (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\_%')
       + (select count(*) from pg_namespace
          where nspname not in ('public', 'pg_catalog', 'information_schema') and nspname not like 'pg\_%')")
if [ "$objects" != "0" ]; then
  echo "$(basename "$0"): database $PGDATABASE on $PGHOST:$PGPORT is not empty ($objects tables, sequences," \
    "indexes or schemas); restore into a new database (createdb) — nothing was changed" >&2
  exit 1
fi
pg_tool pg_restore --exit-on-error --single-transaction --no-owner --no-privileges --dbname="$PGDATABASE" "$file"
echo "Restored $file into database $PGDATABASE on $PGHOST:$PGPORT; start Shamy on it with an empty index folder"
