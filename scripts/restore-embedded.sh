#!/usr/bin/env bash
# Restores a backup of backup-embedded.sh as the embedded default's database, with Shamy STOPPED:
#
#   mv data data.before-restore                             # keep the old one aside, if there is one
#   scripts/restore-embedded.sh shamy-2026-05-01.zip        # SHAMY_DATA_DIR=… if not ./data
#
# then start Shamy: it finds no index and builds one from the restored reports before it answers. The data
# folder must hold no database (shamy.mv.db) and no index, or nothing is changed; anything else in it (such as
# ./data/keycloak) stays. The database is built under another name and renamed once complete, so a failed
# restore leaves no half database behind.
set -euo pipefail
if [ $# -ne 1 ]; then
  echo "usage: $(basename "$0") FILE   (Shamy stopped; SHAMY_DATA_DIR names the data folder, ./data by default)" >&2
  exit 2
fi
. "$(dirname "$0")/h2-tools.sh"
file=$1
if [ ! -r "$file" ]; then
  echo "$(basename "$0"): cannot read $file" >&2
  exit 1
fi
if [ -e "$data_dir/shamy.mv.db" ]; then
  echo "$(basename "$0"): $data_dir already holds a database (shamy.mv.db); move it aside first — nothing was changed" >&2
  exit 1
fi
if [ -e "$index_dir" ]; then
  echo "$(basename "$0"): $index_dir holds an index of another database; move it aside first (Shamy rebuilds" \
    "it from the restored one) — nothing was changed" >&2
  exit 1
fi
mkdir -p "$data_dir"
restoring="$data_dir/shamy-restoring"
rm -f "$restoring.mv.db" "$restoring.trace.db"
trap 'rm -f "$restoring.mv.db" "$restoring.trace.db"' EXIT
if ! h2_tool org.h2.tools.RunScript -url "jdbc:h2:file:$restoring" -user "$db_user" -password "$db_password" \
    -script "$file" -options compression zip; then
  echo "$(basename "$0"): $file could not be restored (is it a backup of backup-embedded.sh?) — nothing was changed" >&2
  exit 1
fi
mv "$restoring.mv.db" "$data_dir/shamy.mv.db"
trap - EXIT
rm -f "$restoring.trace.db"
echo "Restored $file into $data_dir/shamy.mv.db; start Shamy (the index is rebuilt at start)"
