# Sourced by backup-postgres.sh and restore-postgres.sh: turns the postgres profile's settings (POSTGRES_URL,
# POSTGRES_USER, POSTGRES_PASSWORD, as in application-postgres.yml) into libpq's PGHOST, PGPORT, PGDATABASE,
# PGUSER and PGPASSWORD, and finds the client tools (PG_BIN: the folder of pg_dump and pg_restore of a given
# PostgreSQL version, e.g. /usr/lib/postgresql/16/bin; by default the ones on the PATH).

url=${POSTGRES_URL:-jdbc:postgresql://localhost:5432/shamy}
# jdbc:postgresql://host[:port]/database[?parameters]; of the parameters only sslmode means the same to libpq
if [[ ! $url =~ ^jdbc:postgresql://([^/:?,]+)(:([0-9]+))?/([^?]+)(\?(.*))?$ ]]; then
  echo "$(basename "$0"): POSTGRES_URL '$url' is not jdbc:postgresql://host[:port]/database (one host)" >&2
  exit 2
fi
export PGHOST=${BASH_REMATCH[1]} PGPORT=${BASH_REMATCH[3]:-5432} PGDATABASE=${BASH_REMATCH[4]}
parameters=${BASH_REMATCH[6]}
if [[ $parameters =~ (^|&)sslmode=([a-z-]+) ]]; then
  export PGSSLMODE=${BASH_REMATCH[2]}
fi
export PGUSER=${POSTGRES_USER:-shamy}
# the profile's default password is empty; libpq then falls back on ~/.pgpass
if [ -n "${POSTGRES_PASSWORD:-}" ]; then
  export PGPASSWORD=$POSTGRES_PASSWORD
fi
pg_tool() {
  local tool=$1
  shift
  "${PG_BIN:+$PG_BIN/}$tool" "$@"
}
