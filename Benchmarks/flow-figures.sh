#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Min-cost flow figures: one seeded 2,000 × 100 transportation network (200,000 arcs) solved by
# GLPK's out-of-kilter algorithm, by GLPK's dual simplex without presolve (the same network as
# an LP, built by FlowNetwork.linearProgram) and by HiGHS (highspy, default settings), in one run.
#
#   Benchmarks/flow-figures.sh                        # 1 round, seed 1
#   Benchmarks/flow-figures.sh --rounds 3 --seed 7 --supplies 2000 --markets 100
#
# Build products go to $CORRIDOR_BENCH_SCRATCH/main (default .build-bench/main, git-ignored).
# "solve wall s": Corridor's FlowSolution.seconds (network → glp_graph, or → Model → glp_prob;
# solve; read back; reading the DIMACS file excluded), HiGHS's Highs.run() alone (passModel
# excluded). "process cpu s": user + system seconds of the whole process (file reading included),
# the figure to trust on a shared machine.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
scratch="${CORRIDOR_BENCH_SCRATCH:-$root/.build-bench}/main"
rounds=1 seed=1 supplies=2000 markets=100
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        --supplies) supplies="$2"; shift 2 ;;
        --markets) markets="$2"; shift 2 ;;
        *) echo "flow-figures: unknown option $1" >&2; exit 2 ;;
    esac
done

if [ ! -f /usr/include/glpk.h ]; then
    echo "flow-figures: installing libglpk-dev" >&2
    apt-get update -qq && apt-get install -y -qq libglpk-dev >&2
fi
if ! python3 -c 'import highspy' 2>/dev/null; then
    echo "flow-figures: installing highspy" >&2
    python3 -m pip install --quiet highspy numpy >&2
fi

echo "flow-figures: building corridor (release, scratch path $scratch)" >&2
swift build -c release --package-path "$root" --scratch-path "$scratch" --product corridor >&2
corridor="$scratch/release/corridor"

network="$(mktemp -d)/transport-${supplies}x${markets}-seed${seed}.min"
trap 'rm -rf "$(dirname "$network")"' EXIT
python3 "$here/Baseline/transport_network.py" write "$network" \
    --supplies "$supplies" --markets "$markets" --seed "$seed"

field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(d['$1'])"; }
# Runs a command; prints its standard output, then a line "cpu SECONDS" (user + system time of
# the process and its children), so a busy machine's waiting is not counted as work.
with_cpu() {
    python3 -c '
import resource, subprocess, sys
out = subprocess.run(sys.argv[1:], check=True, capture_output=True, text=True).stdout
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(out.strip())
print("cpu", round(usage.ru_utime + usage.ru_stime, 2))' "$@"
}

printf '%-6s %-22s %10s %14s %14s %10s\n' round solver status "solve wall s" "process cpu s" objective
for round in $(seq 1 "$rounds"); do
    for algorithm in out-of-kilter dual-simplex; do
        output="$(with_cpu "$corridor" flow solve "$network" --algorithm "$algorithm" --json -)"
        json="$(sed '$d' <<<"$output")"
        printf '%-6s %-22s %10s %14.2f %14s %10s\n' "$round" "GLPK $algorithm" \
            "$(field status <<<"$json")" "$(field seconds <<<"$json")" \
            "$(tail -1 <<<"$output" | cut -d' ' -f2)" "$(field objective <<<"$json")"
    done
    output="$(with_cpu python3 "$here/Baseline/transport_network.py" highs "$network")"
    json="$(sed '$d' <<<"$output" | tail -1)"
    printf '%-6s %-22s %10s %14.2f %14s %10s\n' "$round" "HiGHS $(field version <<<"$json")" \
        "$(field status <<<"$json")" "$(field seconds <<<"$json")" \
        "$(tail -1 <<<"$output" | cut -d' ' -f2)" "$(field objective <<<"$json")"
done
