#!/usr/bin/env bash
# HTML extraction quality and speed, Parley beside Mozilla Readability, on the article-extraction
# benchmark. Usage: bench/extraction.sh [BENCHMARK_DIR] [--runs N]
# Default benchmark: ../shared/data/extraction-benchmark beside the repository. Both extractors run
# on one thread; each time is the median of N timed passes (default 3) after a warm-up pass.
# Set PIN_CPU=<core> to pin both to one core with taskset.
set -euo pipefail
cd "$(dirname "$0")/.."

benchmark="../shared/data/extraction-benchmark"
runs=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    *) benchmark="$1"; shift ;;
  esac
done

if [[ ! -f "$benchmark/ground-truth.json" ]]; then
  echo "no extraction benchmark at $benchmark: pass the folder holding ground-truth.json and html/" >&2
  exit 2
fi

benchmark="$(cd "$benchmark" && pwd)"
results="bench/results/extraction"
mkdir -p "$results"
pin=()
if [[ -n "${PIN_CPU:-}" ]]; then
  pin=(taskset -c "$PIN_CPU")
fi

# Pinned versions from package-lock.json; node_modules stays out of git.
(cd bench/readability && npm ci --no-audit --no-fund --loglevel=error)
echo "Readability.js: warm-up and $runs timed passes…"
"${pin[@]}" node bench/readability/extract.mjs "$benchmark" "$results/readability" "$runs"

dotnet build bench/Parley.Bench -c Release -nologo -v quiet
echo "Parley: warm-up and $runs timed passes…"
"${pin[@]}" dotnet bench/Parley.Bench/bin/Release/net10.0/Parley.Bench.dll --extraction "$benchmark" \
  --runs "$runs" --out "$results/parley-output.json" --readability "$results/readability"
