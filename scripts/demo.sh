#!/usr/bin/env bash
# The main job of `make demo`: solve the bundled example models and scenarios with the release
# build of corridor and write their results to an output folder.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
corridor=${1:?usage: demo.sh CORRIDOR OUT}
out=${2:?usage: demo.sh CORRIDOR OUT}
mkdir -p "$out"

echo "== MathProg: Models/berth-assignment.mod (a week of berth assignment at Aktau)"
"$corridor" mathprog Models/berth-assignment.mod -d Models/berth-assignment.dat --json "$out/berth-assignment.json"

if compgen -G "Models/scenarios/*.yaml" >/dev/null; then
  echo
  echo "== Scenarios in Models/scenarios/"
  "$corridor" batch Models/scenarios --out "$out/scenarios"
fi
echo
echo "Results are in $out/"
