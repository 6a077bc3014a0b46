#!/usr/bin/env bash
# Runs every test of the solution. Tests that read the shared evaluation data (../shared next to
# the repository, or PARLEY_SHARED) say so and skip when it is absent. The browser tests drive
# Debian's chromium; when it is missing and this runs as root, it is installed first (no browser
# is ever downloaded by the tests themselves). Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium for the browser tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

dotnet test Parley.slnx -c Release "$@"
