#!/usr/bin/env bash
# Runs Shamy with single sign-on on a machine without Docker: Keycloak from its Maven Central
# distribution on http://localhost:8081 with this folder's realm (DEMO ONLY users, password `demo`),
# then Shamy on http://localhost:8080 with the `keycloak` profile. Ctrl-C stops both.
#
#   keycloak-realm/run-with-keycloak.sh                  # Keycloak, then Shamy (embedded H2 database)
#   keycloak-realm/run-with-keycloak.sh --keycloak-only  # Keycloak alone, e.g. for an IDE-run Shamy
#   SHAMY_PROFILES=postgres,keycloak keycloak-realm/run-with-keycloak.sh   # other profiles too
#
# Needs JDK 17 and unzip; Keycloak's files and database live in ./data/keycloak (delete it to re-import
# the realm). Keycloak's own admin console: http://localhost:8081/admin, user `admin`,
# password `admin-demo-only` (demo only).
set -euo pipefail

cd "$(dirname "$0")/.."
project=$PWD
version=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)
base="$project/data/keycloak"
home="$base/keycloak-$version"
port=8081
issuer="http://localhost:$port/realms/shamy"
profiles=${SHAMY_PROFILES:-keycloak}

if [[ ! -x "$home/bin/kc.sh" ]]; then
    echo "Fetching Keycloak $version (org.keycloak:keycloak-quarkus-dist) from Maven Central…"
    mkdir -p "$base"
    ./mvnw -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" \
        -DoutputDirectory="$base"
    unzip -q -o "$base/keycloak-quarkus-dist-$version.zip" -d "$base"
    rm "$base/keycloak-quarkus-dist-$version.zip"
fi
mkdir -p "$home/data/import"
cp keycloak-realm/shamy-realm.json "$home/data/import/shamy-realm.json"

# Keycloak and Shamy each run in a process group of their own (setsid), so that stopping this script
# (Ctrl-C, kill) stops them and everything they started, whether or not a terminal sent the signal.
keycloak_pid=
shamy_pid=
stop_all() {
    for pid in $shamy_pid $keycloak_pid; do
        kill -TERM -- "-$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap stop_all EXIT
trap 'exit 130' INT TERM

if curl -fsS -o /dev/null "$issuer/.well-known/openid-configuration" 2>/dev/null; then
    echo "Keycloak already answers on port $port: using it (and leaving it running)."
else
    echo "Starting Keycloak on port $port (log: data/keycloak/keycloak.log)…"
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin-demo-only \
        setsid "$home/bin/kc.sh" start-dev --http-port=$port --import-realm >"$base/keycloak.log" 2>&1 &
    keycloak_pid=$!
    started=$SECONDS
    until curl -fsS -o /dev/null "$issuer/.well-known/openid-configuration" 2>/dev/null; do
        if ! kill -0 "$keycloak_pid" 2>/dev/null; then
            echo "Keycloak stopped while starting; the end of its log:" >&2
            tail -n 30 "$base/keycloak.log" >&2
            exit 1
        fi
        if (( SECONDS - started > 240 )); then
            echo "Keycloak did not serve realm shamy within 240 s (see data/keycloak/keycloak.log)" >&2
            exit 1
        fi
        sleep 1
    done
    echo "Keycloak serves realm shamy after $(( SECONDS - started )) s."
fi

if [[ "${1:-}" == "--keycloak-only" ]]; then
    echo "Keycloak runs at http://localhost:$port (Ctrl-C stops it)."
    if [[ -n "$keycloak_pid" ]]; then
        wait "$keycloak_pid"
    fi
    exit 0
fi

echo "Starting Shamy with profiles $profiles on http://localhost:8080 …"
KEYCLOAK_ISSUER=$issuer setsid ./mvnw spring-boot:run -Dspring-boot.run.profiles="$profiles" &
shamy_pid=$!
wait "$shamy_pid"
