#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Per-group summary of a berth-benchmark CSV: proven optimal, mean gap, median and max seconds.
#   python3 Benchmarks/berth/summarize.py out/lalla-ruiz.csv
import csv, statistics, sys
from collections import defaultdict

rows = list(csv.DictReader(open(sys.argv[1])))
groups = defaultdict(list)
for row in rows:
    groups[row["instance"].rsplit("-", 1)[0]].append(row)
groups["all"] = rows
print(f"{'group':10} {'n':>3} {'optimal':>8} {'mean gap %':>11} {'median s':>9} {'max s':>7} {'mismatches':>10}")
for name, items in groups.items():
    gaps = [float(r["gap"]) * 100 for r in items if r["gap"] not in ("", "-")]
    secs = [float(r["seconds"]) for r in items]
    print(f"{name:10} {len(items):3d} {sum(r['status'] == 'optimal' for r in items):8d} "
          f"{statistics.mean(gaps) if gaps else float('nan'):11.3f} {statistics.median(secs):9.1f} {max(secs):7.1f} "
          f"{sum(r['check'].startswith('MISMATCH') for r in items):10d}")
