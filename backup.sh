#!/usr/bin/env bash
# Backs up / restores the portal's database (documents included: they are stored in it).
# Usage: ./backup.sh save FILE[.gz]      consistent dump (mariadb-dump --single-transaction), while the portal runs
#        ./backup.sh restore FILE[.gz]   into an EMPTY database (refused otherwise)
#        ./backup.sh check FILE[.gz]     whether the file is a complete dump
# The database is CTG_DB_URL / CTG_DB_USER / CTG_DB_PASSWORD (default: the run command's embedded one, which
# must be running); the client programs are CTG_MARIADB_BIN, else the embedded server's, else /usr/bin.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f ctg-portal-dev/target/ctg-portal-dev.jar ]; then ./mvnw -B -q -DskipTests install; fi
exec java -cp "ctg-portal-dev/target/ctg-portal-dev.jar:ctg-portal-dev/target/lib/*" \
  -Dctg.home="$PWD" fr.ctgportal.dev.DatabaseBackup "$@"
