#!/usr/bin/env bash
# Builds Parley and runs it on the example articles: ingest into a fresh SQLite file, list the
# documents, then search them. Usage: scripts/demo.sh [DB_FILE] (default: examples.db)
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-examples.db}"

dotnet build src/Parley.Cli -c Release -nologo -v quiet
parley() { dotnet src/Parley.Cli/bin/Release/net10.0/Parley.Cli.dll "$@"; }

rm -f "$db" "$db-wal" "$db-shm"
echo "== parley ingest examples --meta examples/metadata.json --db $db"
parley ingest examples --meta examples/metadata.json --db "$db"
echo
echo "== parley docs --db $db"
parley docs --db "$db"
echo
echo "== parley search \"sanctions OR ceasefire\" --db $db"
parley search "sanctions OR ceasefire" --db "$db"
