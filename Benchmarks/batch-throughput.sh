#!/bin/bash
# Batch throughput: 1,000 small `lp` scenarios (small LPs and 0-1 knapsack MIPs) solved by
# `corridor batch` with --jobs 1 and --jobs 2, in its pool of long-lived worker processes.
# Prints scenarios per second for each, the speed-up (target: ≥ 1.8× on 2 cores), and the
# overhead per scenario in milliseconds as the batch measures it: start (sending a scenario until
# its worker begins it, the workers' own process start-ups spread over their scenarios),
# load+write (the worker's run minus the solver's time: reading the scenario and model, building,
# serializing the result), reply (the worker's end of the scenario until the batch has its
# answer), record (the batch writing the result file); and how many worker processes it started.
#
#   Benchmarks/batch-throughput.sh [COUNT]        (default 1000)
#
# Builds a release binary into .build-batch-release unless CORRIDOR names one; with STATIC=1, a
# release binary with the Swift runtime linked statically (--static-swift-stdlib) into
# .build-batch-static, which starts in about half the time. With CORRIDOR_BEFORE naming a second
# binary (say, one built from the previous commit), both are measured on the same scenarios, back
# to back, ROUNDS times (default 1), and the script ends with the throughput of CORRIDOR relative
# to CORRIDOR_BEFORE. A benchmark, not a test: the numbers depend on the machine and on what else
# runs on it, so it also prints the CPU time per scenario (batch and workers, user + system) and
# the throughput that allows on 2 idle cores.
set -euo pipefail
COUNT=${1:-1000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${CORRIDOR:-}" ]; then
    if [ "${STATIC:-0}" = 1 ]; then
        swift build -c release --static-swift-stdlib --scratch-path "$ROOT/.build-batch-static" \
            --package-path "$ROOT" --product corridor >&2
        CORRIDOR="$ROOT/.build-batch-static/release/corridor"
    else
        swift build -c release --scratch-path "$ROOT/.build-batch-release" --package-path "$ROOT" \
            --product corridor >&2
        CORRIDOR="$ROOT/.build-batch-release/release/corridor"
    fi
fi
# Scenarios and results live under the repository's build folder by default, not /tmp: on these
# VMs creating a file in /tmp costs ~0.6 ms of kernel time against ~17 µs there, which would make
# the file system, not corridor, the thing measured. BENCH_TMPDIR overrides the place.
mkdir -p "${BENCH_TMPDIR:-$ROOT/.build}"
WORK=$(mktemp -d "${BENCH_TMPDIR:-$ROOT/.build}/corridor-throughput.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# The scenarios: one in two a 3×4 LP, the others a 12-item 0-1 knapsack, coefficients varying.
mkdir -p "$WORK/scenarios/models"
for ((i = 0; i < COUNT; i++)); do
    if ((i % 2 == 0)); then
        cat > "$WORK/scenarios/models/m$i.lp" <<LP
Maximize
 obj: $((3 + i % 7)) x1 + $((2 + i % 5)) x2 + 4 x3 + $((1 + i % 3)) x4
Subject To
 c1: x1 + x2 + x3 + x4 <= $((10 + i % 13))
 c2: 2 x1 + x2 + 3 x3 <= $((15 + i % 11))
 c3: x2 + 2 x3 + x4 <= 12
Bounds
 x1 <= 6
End
LP
    else
        {
            echo "Maximize"
            printf " value:"
            for ((j = 1; j <= 12; j++)); do printf " + %d x%d" $(((i * 7 + j * 13) % 40 + 5)) "$j"; done
            printf "\nSubject To\n weight:"
            for ((j = 1; j <= 12; j++)); do printf " + %d x%d" $(((i * 11 + j * 17) % 30 + 3)) "$j"; done
            printf " <= %d\nBinary\n" $((60 + i % 40))
            for ((j = 1; j <= 12; j++)); do printf " x%d" "$j"; done
            printf "\nEnd\n"
        } > "$WORK/scenarios/models/m$i.lp"
    fi
    printf 'kind: lp\nname: s%04d\nmodel: models/m%d.lp\n' "$i" "$i" > "$WORK/scenarios/s$(printf %04d "$i").yaml"
done

cores=$(nproc)
declare -A rate

# measure LABEL BINARY: both --jobs, figures printed, scenarios/s kept in rate[LABEL:JOBS].
measure() {
    local label=$1 binary=$2 jobs start end seconds solved user system cpu
    echo "$label: $("$binary" --version) ($binary)"
    for jobs in 1 2; do
        rm -rf "$WORK/results-$jobs"
        start=$(date +%s.%N)
        # /usr/bin/time counts the batch and its workers (waited-for children): the CPU they need.
        /usr/bin/time -f "%U %S" -o "$WORK/cpu-$jobs.txt" \
            "$binary" batch "$WORK/scenarios" --out "$WORK/results-$jobs" --jobs "$jobs" \
            > "$WORK/report-$jobs.txt" 2> "$WORK/progress-$jobs.txt" || {
            echo "batch --jobs $jobs failed:" >&2
            cat "$WORK/report-$jobs.txt" >&2
            exit 1
        }
        end=$(date +%s.%N)
        seconds=$(echo "$end - $start" | bc -l)
        rate[$label:$jobs]=$(echo "$COUNT / $seconds" | bc -l)
        solved=$(grep -c ',optimal,' "$WORK/results-$jobs/summary.csv" || true)
        printf -- "  --jobs %d: %d scenarios (%d optimal) in %.2f s = %.1f scenarios/s, %.2f ms per scenario\n" \
            "$jobs" "$COUNT" "$solved" "$seconds" "${rate[$label:$jobs]}" "$(echo "1000 * $seconds / $COUNT" | bc -l)"
        grep -E '^(overhead per scenario|workers:)' "$WORK/report-$jobs.txt" | sed 's/^/      /'
        read -r user system < "$WORK/cpu-$jobs.txt"
        cpu=$(echo "1000 * ($user + $system) / $COUNT" | bc -l)
        printf "      CPU per scenario (batch + workers, user + system): %.2f ms — on 2 idle cores at most %.0f scenarios/s\n" \
            "$cpu" "$(echo "2000 / $cpu" | bc -l)"
    done
    printf "  speed-up --jobs 2 / --jobs 1: %.2fx (target >= 1.8x on 2 cores)\n" \
        "$(echo "${rate[$label:2]} / ${rate[$label:1]}" | bc -l)"
}

echo "corridor batch throughput: $COUNT small lp scenarios, $cores cores"
if [ -z "${CORRIDOR_BEFORE:-}" ]; then
    measure corridor "$CORRIDOR"
    exit 0
fi
for ((round = 1; round <= ${ROUNDS:-1}; round++)); do
    measure "before#$round" "$CORRIDOR_BEFORE"
    measure "after#$round" "$CORRIDOR"
    for jobs in 1 2; do
        printf "round %d, --jobs %d: after / before = %.1f / %.1f scenarios/s = %.2fx\n" "$round" "$jobs" \
            "${rate[after#$round:$jobs]}" "${rate[before#$round:$jobs]}" \
            "$(echo "${rate[after#$round:$jobs]} / ${rate[before#$round:$jobs]}" | bc -l)"
    done
done
