#!/usr/bin/env bash
# The main job of `make demo`: plan every bundled scenario with the release build of corridor and
# write what a planner reads to an output folder: per scenario its result JSON, the plan's CSV
# tables and its chart (Gantt chart, yard heat map, checkpoint queues); for yard scenarios the
# capacity what-if; and one batch summary over all of them.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
corridor=${1:?usage: demo.sh CORRIDOR OUT}
out=${2:?usage: demo.sh CORRIDOR OUT}
mkdir -p "$out"

echo "== MathProg: Models/berth-assignment.mod (a week of berth assignment at Aktau)"
"$corridor" mathprog Models/berth-assignment.mod -d Models/berth-assignment.dat --json "$out/berth-assignment.json"

shopt -s nullglob
scenarios=(Models/scenarios/*.yaml)
for file in "${scenarios[@]}"; do
  name=$(basename "$file" .yaml)
  echo
  echo "== $file"
  "$corridor" solve "$file" --json "$out/$name.json" --csv "$out/$name" --svg "$out/$name.svg"
  if grep -q '^kind: *yard' "$file"; then
    echo
    echo "-- capacity what-if"
    "$corridor" yard capacity "$file" --json "$out/$name.capacity.json"
  fi
done

echo
echo "== All scenarios as one batch"
"$corridor" batch Models/scenarios --out "$out/batch"
echo
echo "Results, tables and charts are in $out/"
