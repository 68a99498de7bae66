#!/bin/sh
# Runs a sharded batch as local processes, with the same commands as the cluster manifests
# (deploy/kubernetes/batch-job.yaml, deploy/slurm/batch.sbatch): COUNT shards side by side, each
# `corridor batch --shard K/COUNT` into its own folder, then `corridor summarize` of all of them.
#
#   deploy/run-shards-locally.sh SCENARIOS RESULTS [COUNT]
#
# RESULTS/shard-0 … shard-(COUNT-1) get the shards' results, RESULTS/all the merged summary, which
# equals the summary of one unsharded `corridor batch SCENARIOS`. Each shard uses one core
# (--jobs 1) unless JOBS says otherwise. CORRIDOR names the executable (default: corridor on PATH).
set -u
if [ $# -lt 2 ]; then
    echo "usage: $0 SCENARIOS RESULTS [COUNT]" >&2
    exit 2
fi
SCENARIOS=$1
RESULTS=$2
COUNT=${3:-2}
JOBS=${JOBS:-1}
CORRIDOR=${CORRIDOR:-corridor}

mkdir -p "$RESULTS/logs" || exit 2
pids=""
# Stop the shards when this script is interrupted, rather than leave them running.
trap 'kill $pids 2>/dev/null; exit 130' INT TERM
index=0
while [ "$index" -lt "$COUNT" ]; do
    "$CORRIDOR" batch "$SCENARIOS" --out "$RESULTS/shard-$index" --shard "$((index + 1))/$COUNT" --jobs "$JOBS" --resume > "$RESULTS/logs/shard-$index.log" 2>&1 &
    pids="$pids $!"
    index=$((index + 1))
done

status=0
for pid in $pids; do
    wait "$pid"
    code=$?
    # 1: some scenarios failed (recorded); anything else: the shard itself failed.
    if [ "$code" -gt 1 ]; then status=$code; fi
done
if [ "$status" -gt 1 ]; then
    echo "a shard failed (exit status $status) — see $RESULTS/logs" >&2
    exit "$status"
fi
"$CORRIDOR" summarize "$RESULTS"/shard-* --out "$RESULTS/all"
