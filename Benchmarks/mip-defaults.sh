#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Branch-and-cut option sets on a small MIP suite (GLPK's example MIPs that glpsol solves in
# seconds, plus a 10 × 100 generalized assignment), to choose Corridor's defaults: by solved count,
# then median time. Prints Markdown tables; per-run lines go to standard error.
#
#   Benchmarks/mip-defaults.sh                  # 10 s per run
#   Benchmarks/mip-defaults.sh --time-limit 20
#
# Needs glpk-utils (for the examples). Build products go to $CORRIDOR_BENCH_SCRATCH/main.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
scratch="${CORRIDOR_BENCH_SCRATCH:-$root/.build-bench}/main"

if [ ! -d /usr/share/doc/glpk-utils/examples ]; then
    echo "mip-defaults: installing libglpk-dev and glpk-utils" >&2
    apt-get update -qq && apt-get install -y -qq libglpk-dev glpk-utils >&2
fi
echo "mip-defaults: building corridor (release, scratch path $scratch)" >&2
swift build -c release --package-path "$root" --scratch-path "$scratch" --product corridor >&2

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/Baseline/gap_instance.py" "$work/gap-10x100.mod" --agents 10 --jobs 100 --seed 1
python3 "$here/Baseline/mip_defaults.py" "$scratch/release/corridor" "$work/gap-10x100.mod" "$@"
