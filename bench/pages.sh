#!/usr/bin/env bash
# Times the dashboard's pages and API calls on a store: starts `parley serve` on a free loopback
# port, requests each URL 5 times after a warm-up, prints the median milliseconds.
# Usage: bench/pages.sh STORE.db [ACTOR_A ACTOR_B]   (default dyad: USA GBR)
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:?usage: bench/pages.sh STORE.db [ACTOR_A ACTOR_B]}"
a="${2:-USA}"; b="${3:-GBR}"
dotnet build src/Parley.Cli -c Release -nologo -v quiet
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dotnet src/Parley.Cli/bin/Release/net10.0/Parley.Cli.dll serve --db "$db" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/api/documents?limit=1" >/dev/null && break; sleep 0.2; done
doc=$(curl -s "http://127.0.0.1:$port/api/documents?limit=1&offset=5000" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')

echo "| page | median ms |"
echo "|---|---:|"
for path in "/" "/documents" "/documents?offset=50000" "/documents/$doc" "/search?q=sanctions" \
    "/events" "/events?actor=$a" "/events?dyad=$a,$b&modality=asserted" "/dyads/$a/$b?bucket=month" \
    "/actors/$a" "/quotes" "/stances" \
    "/api/documents?limit=50&offset=90000" "/api/search?q=minister" "/api/events?actor=$a&limit=100" \
    "/api/dyads/$a/$b/series?bucket=week" "/api/actors" "/api/quotes?q=said"; do
  curl -s -o /dev/null "http://127.0.0.1:$port$path"
  times=$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$path"; done | sort -n)
  median=$(echo "$times" | sed -n 3p)
  printf '| `%s` | %.0f |\n' "$path" "$(python3 -c "print($median * 1000)")"
done
