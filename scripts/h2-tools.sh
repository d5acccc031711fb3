# Sourced by backup-embedded.sh and restore-embedded.sh: where the embedded default keeps its database
# (SHAMY_DATA_DIR, ./data by default: the H2 file shamy.mv.db, as application.yml names it), and how to run
# the H2 version Shamy is built with. H2_JAR names its jar; by default it is taken from the local Maven
# repository (MAVEN_REPO, ~/.m2/repository), the version Spring Boot's dependency list in pom.xml's parent
# gives, which is the one a build of Shamy has already downloaded.

if [ -n "${SHAMY_DB_URL:-}" ]; then
  echo "$(basename "$0"): SHAMY_DB_URL is set ($SHAMY_DB_URL): this script handles the default H2 file database" \
    "under SHAMY_DATA_DIR only" >&2
  exit 2
fi
data_dir=${SHAMY_DATA_DIR:-./data}
db_user=${SHAMY_DB_USER:-sa}
db_password=${SHAMY_DB_PASSWORD:-}
index_dir=${SHAMY_INDEX_DIR:-$data_dir/index}

h2_jar() {
  if [ -n "${H2_JAR:-}" ]; then
    echo "$H2_JAR"
    return
  fi
  local root repo boot bom version
  root="$(cd "$(dirname "$0")/.." && pwd)"
  repo=${MAVEN_REPO:-$HOME/.m2/repository}
  boot=$(sed -n '/<parent>/,/<\/parent>/s:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml")
  bom="$repo/org/springframework/boot/spring-boot-dependencies/$boot/spring-boot-dependencies-$boot.pom"
  version=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' "$bom" 2>/dev/null || true)
  if [ -z "$version" ] || [ ! -r "$repo/com/h2database/h2/$version/h2-$version.jar" ]; then
    echo "$(basename "$0"): H2's jar (the version Spring Boot $boot uses) is not in $repo; build Shamy once" \
      "(./mvnw package) or set H2_JAR" >&2
    exit 2
  fi
  echo "$repo/com/h2database/h2/$version/h2-$version.jar"
}

h2_tool() {
  local jar
  jar=$(h2_jar)
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$jar" "$@"
}
