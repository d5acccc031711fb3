#!/usr/bin/env bash
# Backs up Shamy's PostgreSQL database (the postgres profile) into one file, while Shamy runs:
#
#   POSTGRES_URL=jdbc:postgresql://localhost:5432/shamy POSTGRES_USER=shamy POSTGRES_PASSWORD=… \
#     scripts/backup-postgres.sh shamy-2026-05-01.dump
#
# pg_dump reads one consistent snapshot of the whole database without stopping anyone: Shamy's schema `shamy`
# (its tables, Flyway's history, the reports' outbox, the event publications, the mail outbox) and Camunda's
# ACT_* tables in the default schema. The Lucene index is not backed up: Shamy rebuilds it from the database.
# pg_dump must be as new as the server or newer (PG_BIN names another version's client tools).
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $(basename "$0") FILE   (with POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD as Shamy has them)" >&2
  exit 2
fi
. "$(dirname "$0")/postgres-connection.sh"
file=$1
if [ -e "$file" ]; then
  echo "$(basename "$0"): $file already exists; name a new file" >&2
  exit 1
fi
# written beside the target and renamed once complete, so a failed dump never looks like a backup
partial="$file.partial"
trap 'rm -f "$partial"' EXIT
pg_tool pg_dump --format=custom --file="$partial"
mv "$partial" "$file"
trap - EXIT
echo "Backed up database $PGDATABASE on $PGHOST:$PGPORT to $file ($(wc -c <"$file") bytes)"
