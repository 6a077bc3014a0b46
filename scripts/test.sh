#!/usr/bin/env bash
# Runs every test of the solution. Tests that read the shared evaluation data (../shared next to
# the repository, or PARLEY_SHARED) say so and skip when it is absent. Extra arguments go to
# `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test Parley.slnx -c Release "$@"
