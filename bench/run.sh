#!/usr/bin/env bash
# Ingest throughput and memory benchmark. Usage: bench/run.sh [CORPUS_DIR] [--scales 1,10] [--workers N]
# Default corpus: the BBC news corpus of the shared data beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/Parley.Bench -c Release -nologo -v quiet
dotnet bench/Parley.Bench/bin/Release/net10.0/Parley.Bench.dll "$@"
