#!/usr/bin/env bash
# Runs every Shamy test on a machine of JDK 17 (Debian or Ubuntu): first installs what the tests need and the
# machine lacks — Debian's chromium and chromium-driver for the browser tests, nodejs and npm for the modeler's
# bundle (src/main/frontend), postgresql-client for the backup and restore test — then runs the whole build.
# Arguments go to Maven (e.g. ./test.sh -Dtest=SearchRelevanceTests -Dsurefire.failIfNoSpecifiedTests=false).
set -euo pipefail
cd "$(dirname "$0")"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else
    echo "test.sh: '$*' needs root; run it as root or install sudo, or install the packages yourself." >&2
    return 1
  fi
}

missing=()
command -v java >/dev/null 2>&1 && java -version 2>&1 | grep -qE 'version "17' || missing+=(openjdk-17-jdk-headless)
# The browser tests drive these two paths (HeadlessChromium); no browser is ever downloaded by the build.
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
# The build bundles the modeler with the machine's npm (pom.xml, maven-antrun-plugin); none is ever downloaded.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
# PostgresBackupRestoreIntegrationTests runs scripts/backup-postgres.sh and restore-postgres.sh: pg_dump, pg_restore
# and psql, as new as the tests' embedded PostgreSQL 14 or newer (Debian 12's client is 15)
{ pg_dump --version && pg_restore --version && psql --version; } >/dev/null 2>&1 || missing+=(postgresql-client)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} from Debian's packages"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}"
fi

exec ./mvnw verify "$@"
