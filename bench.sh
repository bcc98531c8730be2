#!/usr/bin/env bash
# The portal's benchmark (issue 17): starts the portal on its own database, then Gatling against it.
# Usage: ./bench.sh gard|national [users]     e.g. ./bench.sh national 1,10,50  (default 1,10,50)
#   gard      the demo data (14 territories, 86 posts), loaded into .ctg-portal-bench/gard
#   national  NationalDataSet: 1,255 territories, 8,096 posts, five years of records, loaded into
#             .ctg-portal-bench/national on the first run (a few minutes), kept for the next ones
# Each level of users runs BENCH_SECONDS (default 60) after the previous one, in one Gatling run.
# Results: ctg-portal-bench/target/gatling/<run>/index.html (Gatling's report) and
#          ctg-portal-bench/target/gatling/summary-<data set>.md (p50/p95 per page and level, ratios to
#          the floor, SQL statements per page at one user, Payara's RSS). Everything stops at the end.
# Ports (environment): BENCH_PORTAL_PORT 8080, BENCH_DB_PORT 3317, BENCH_MAIL_PORT 3035,
#                      BENCH_KEYCLOAK_PORT 8190, BENCH_KEYCLOAK_MANAGEMENT_PORT 9190.
# BENCH_SKIP_BUILD=1 reuses the last build.
set -euo pipefail
cd "$(dirname "$0")"
dataset=${1:-}
users=${2:-1,10,50}
if [ "$dataset" != gard ] && [ "$dataset" != national ]; then
  echo "Usage : ./bench.sh gard|national [utilisateurs, ex. 1,10,50]" >&2; exit 2
fi
portal_port=${BENCH_PORTAL_PORT:-8080}
db_port=${BENCH_DB_PORT:-3317}
seconds=${BENCH_SECONDS:-60}
state=".ctg-portal-bench/$dataset"
mkdir -p "$state"

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "Construction du portail (./mvnw package)..."
  ./mvnw -B -q package -pl ctg-portal-dev -am -DskipTests -Dspotless.check.skip=true
fi

# The demo realm, changed in a copy found first on the class path (the realm file itself is not
# changed): without brute-force detection (it locks an account signed in several times within a
# second, which is what many sessions of one account do), and with the portal's port among the
# redirects when it is not one the realm accepts (8080, 18080, 28080, 52080).
realm_dir=".ctg-portal-bench/realm"
mkdir -p "$realm_dir/realm"
sed -e 's#"bruteForceProtected": true#"bruteForceProtected": false#' \
    -e "s#\"http://localhost:8080/\*\",#\"http://localhost:8080/*\", \"http://localhost:$portal_port/*\",#" \
  realm-config/src/main/resources/realm/ctg-realm.json > "$realm_dir/realm/ctg-realm.json"
classpath="$realm_dir:ctg-portal-dev/target/ctg-portal-dev.jar:ctg-portal-dev/target/lib/*"

log="$state/bench-portal.log"
: > "$log"
echo "Démarrage du portail ($dataset) : journal $log"
java -cp "$classpath" -Dctg.home="$PWD" \
  -Dbench.portal.port="$portal_port" -Dbench.db.port="$db_port" \
  -Dbench.mail.port="${BENCH_MAIL_PORT:-3035}" \
  -Dbench.keycloak.port="${BENCH_KEYCLOAK_PORT:-8190}" \
  -Dbench.keycloak.management.port="${BENCH_KEYCLOAK_MANAGEMENT_PORT:-9190}" \
  fr.ctgportal.dev.BenchPortal "$dataset" > "$log" 2>&1 &
launcher=$!
stop() {
  if kill -0 "$launcher" 2>/dev/null; then
    echo "Arrêt du portail, de Keycloak, de GreenMail et de MariaDB..."
    kill -TERM "$launcher" 2>/dev/null || true
    wait "$launcher" 2>/dev/null || true
  fi
}
trap stop EXIT
until grep -q "BENCH READY" "$log"; do
  if ! kill -0 "$launcher" 2>/dev/null; then
    echo "ERREUR : le portail n'a pas démarré. Fin du journal $log :" >&2; tail -30 "$log" >&2; exit 1
  fi
  sleep 5
done
payara_pid=$(cat "$state/payara/payara-micro.pid")
rss() { echo $(( $(ps -o rss= -p "$payara_pid") / 1024 )); }
rss_idle=$(rss)
echo "Portail prêt (Payara PID $payara_pid, RSS $rss_idle Mo). Gatling : $users utilisateurs, ${seconds} s par palier."

started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
./mvnw -B -Pbench -pl ctg-portal-bench gatling:test \
  -Dbench.baseUrl="http://localhost:$portal_port" -Dbench.dataSet="$dataset" -Dbench.users="$users" \
  -Dbench.seconds="$seconds" -Dbench.dbPort="$db_port" > "$state/gatling.log" || { echo "ERREUR : Gatling a échoué, voir $state/gatling.log" >&2; tail -30 "$state/gatling.log" >&2; exit 1; }
rss_after=$(rss)

summary="ctg-portal-bench/target/gatling/summary-$dataset.md"
{
  echo
  echo "Payara Micro (heap -Xms128m -Xmx1g): RSS $rss_idle MB when ready, $rss_after MB after the run."
  echo "Run started $started on $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB, $(java -version 2>&1 | head -1)."
} >> "$summary"
cat "$summary"
echo "Rapport de Gatling : $(ls -td ctg-portal-bench/target/gatling/portalsimulation-* | head -1)/index.html"
