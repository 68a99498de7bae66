#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The figures of the closing note, from a fresh clone: builds the figures program (release), the
# C baseline and checks PuLP, then measures Corridor, C and PuLP in one interleaved run.
#
#   Benchmarks/run-figures.sh                 # 1M nonzeros: 3 rounds, 4 repetitions per process
#   Benchmarks/run-figures.sh --rounds 5 --no-pulp --cycles 0     # options go to corridor-figures
#
# Build products go to $CORRIDOR_BENCH_SCRATCH (default: .build-bench at the repository root,
# git-ignored), never into the lead's .build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
scratch="${CORRIDOR_BENCH_SCRATCH:-$root/.build-bench}"

if [ ! -f /usr/include/glpk.h ]; then
    echo "run-figures: installing libglpk-dev" >&2
    apt-get update -qq && apt-get install -y -qq libglpk-dev >&2
fi
if ! python3 -c 'import pulp' 2>/dev/null; then
    echo "run-figures: installing PuLP" >&2
    python3 -m pip install --quiet pulp >&2
fi

echo "run-figures: building (release, scratch path $scratch)" >&2
swift build -c release --package-path "$here" --scratch-path "$scratch" \
    --product corridor-figures >&2
mkdir -p "$scratch/baseline"
cc -O2 -o "$scratch/baseline/load_matrix" "$here/Baseline/load_matrix.c" -lglpk -lm

echo "run-figures: measuring (a few minutes; the machine is shared, so keep it quiet)" >&2
"$scratch/release/corridor-figures" \
    --c-baseline "$scratch/baseline/load_matrix" \
    --pulp-script "$here/Baseline/pulp_build.py" \
    "$@"
