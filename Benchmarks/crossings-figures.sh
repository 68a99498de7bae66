#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The crossings figures: on the two week-scale scenarios (6 checkpoints, hourly slots, 21,113
# trucks in 2,000 requests), the network path (out-of-kilter, primal and dual simplex), the MIP
# path, and HiGHS on the same model written as MPS, each including the model build, with peak
# memory from /usr/bin/time -v.
#
#   Benchmarks/crossings-figures.sh [SCENARIO_FOLDER] [MIP_TIME_LIMIT_SECONDS]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
folder="${1:-$root/../shared/benchmarks/crossings}"
limit="${2:-60}"
scratch="${CORRIDOR_BENCH_SCRATCH:-$root/.build-bench}"
mkdir -p "$scratch"

python3 -c 'import highspy' 2>/dev/null || python3 -m pip install --quiet highspy
swift build -c release --product crossings-bench >&2
bench="$(swift build -c release --show-bin-path)/crossings-bench"

peak() { grep "Maximum resident" "$1" | awk '{printf "%.0f MB", $NF / 1024}'; }

for scenario in week-2000-uniform week-2000-classes; do
    file="$folder/$scenario.yaml"
    echo "== $scenario"
    if [ "$scenario" = week-2000-uniform ]; then
        /usr/bin/time -v "$bench" "$file" --path network 2> "$scratch/time.txt"
        echo "   peak memory (all three network runs in one process): $(peak "$scratch/time.txt")"
        /usr/bin/time -v "$bench" "$file" --path mip --gap 1e-6 --time-limit "$limit" 2> "$scratch/time.txt"
        echo "   peak memory: $(peak "$scratch/time.txt")"
        path=network
    else
        /usr/bin/time -v "$bench" "$file" --path mip --gap 1e-6 --time-limit "$limit" 2> "$scratch/time.txt"
        echo "   peak memory: $(peak "$scratch/time.txt")"
        path=mip
    fi
    started=$(date +%s.%N)
    constant=$("$bench" "$file" --path "$path" --mps "$scratch/$scenario.mps" | awk '/^constant/ {print $2}')
    built=$(date +%s.%N)
    echo "   model build + MPS write for HiGHS: $(echo "$built - $started" | bc) s (reading the YAML included)"
    /usr/bin/time -v python3 "$here/crossings-highs.py" "$scratch/$scenario.mps" --gap 1e-6 \
        --time-limit "$limit" --constant "$constant" 2> "$scratch/time.txt" | grep -v "^Running\|^Includes"
    echo "   HiGHS peak memory: $(peak "$scratch/time.txt")"
done
