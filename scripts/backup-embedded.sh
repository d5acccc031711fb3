#!/usr/bin/env bash
# Backs up the embedded default's database (H2 under ./data) into one file, with Shamy STOPPED:
#
#   scripts/backup-embedded.sh shamy-2026-05-01.zip        # SHAMY_DATA_DIR=… if not ./data
#
# Shamy holds its H2 file open and locked while it runs, so nothing else can read it then: stop Shamy first
# (a running one makes this fail, and no backup file is left). The file is H2's SQL script of the whole
# database (Shamy's schema SHAMY with Flyway's history and the outbox, and Camunda's ACT_* tables), zipped.
# The Lucene index (./data/index) is not backed up: Shamy rebuilds it from the database.
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $(basename "$0") FILE   (Shamy stopped; SHAMY_DATA_DIR names the data folder, ./data by default)" >&2
  exit 2
fi
. "$(dirname "$0")/h2-tools.sh"
file=$1
if [ -e "$file" ]; then
  echo "$(basename "$0"): $file already exists; name a new file" >&2
  exit 1
fi
if [ ! -f "$data_dir/shamy.mv.db" ]; then
  echo "$(basename "$0"): no database in $data_dir (shamy.mv.db); set SHAMY_DATA_DIR" >&2
  exit 1
fi
partial="$file.partial"
trap 'rm -f "$partial"' EXIT
# IFEXISTS: never create an empty database where the real one was expected
if ! h2_tool org.h2.tools.Script -url "jdbc:h2:file:$data_dir/shamy;IFEXISTS=TRUE" -user "$db_user" \
    -password "$db_password" -script "$partial" -options compression zip; then
  echo "$(basename "$0"): H2 could not read $data_dir/shamy.mv.db; is Shamy still running? Stop it first." >&2
  exit 1
fi
mv "$partial" "$file"
trap - EXIT
echo "Backed up $data_dir/shamy.mv.db to $file ($(wc -c <"$file") bytes)"
