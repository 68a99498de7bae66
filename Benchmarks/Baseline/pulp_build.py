#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The PuLP baseline for Corridor's build+load figure.

Builds the same transportation LP as Benchmarks/Sources/CorridorBenchModels/Transportation.swift
(same generator, same rows) with PuLP, then hands it over the way PuLP hands a model to a solver:
PuLP's GLPK_CMD writes a CPLEX LP file (`writeLP`) for glpsol to read, and its default CBC solver
writes an MPS file (`writeMPS`). Both writes are timed, separately, and so is GLPK reading the LP
file the way GLPK_CMD has glpsol read it (`glpsol --lp FILE --check`: read, check, no solve), so
build + writeLP + read is PuLP's whole way of getting a model into GLPK.

The model is built the efficient way PuLP's documentation recommends for large models: one
`LpVariable` per arc, each row as an `LpAffineExpression` from (variable, coefficient) pairs, the
objective likewise (not `lpSum` over products, which is slower).

    python3 pulp_build.py SUPPLIES MARKETS REPS

Prints one line per repetition ("rep build_s write_lp_s write_mps_s glpsol_read_s"; the last is -1
without glpsol) and then "peak_kib N" (VmHWM of this Python process; glpsol is a child process).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

import pulp

MASK = (1 << 64) - 1


def data(supplies, markets, seed=2024):
    state = seed

    def nxt(modulus):
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK
        return float((state >> 33) % modulus)

    cost = [1 + nxt(100) for _ in range(supplies * markets)]
    demand = [10 + nxt(50) for _ in range(markets)]
    total = sum(demand)
    base = float(-(-(1.2 * total / supplies) // 1))  # ceil, as a float like Swift's .rounded(.up)
    supply = [base + nxt(10) for _ in range(supplies)]
    return cost, demand, supply


def build(supplies, markets, cost, demand, supply):
    prob = pulp.LpProblem("transport", pulp.LpMinimize)
    x = [pulp.LpVariable(f"x_{k + 1}", lowBound=0) for k in range(supplies * markets)]
    prob += pulp.LpAffineExpression(zip(x, cost))
    for i in range(supplies):
        row = pulp.LpAffineExpression((x[i * markets + j], 1) for j in range(markets))
        prob += pulp.LpConstraint(row, pulp.LpConstraintLE, f"s_{i + 1}", supply[i])
    for j in range(markets):
        row = pulp.LpAffineExpression((x[i * markets + j], 1) for i in range(supplies))
        prob += pulp.LpConstraint(row, pulp.LpConstraintGE, f"d_{j + 1}", demand[j])
    return prob


def peak_kib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return -1


def main():
    supplies, markets = int(sys.argv[1]), int(sys.argv[2])
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    cost, demand, supply = data(supplies, markets)
    with tempfile.TemporaryDirectory(prefix="corridor-pulp-") as folder:
        for _ in range(reps):
            t0 = time.perf_counter()
            prob = build(supplies, markets, cost, demand, supply)
            t1 = time.perf_counter()
            prob.writeLP(os.path.join(folder, "transport.lp"))
            t2 = time.perf_counter()
            prob.writeMPS(os.path.join(folder, "transport.mps"))
            t3 = time.perf_counter()
            read = -1.0
            if shutil.which("glpsol"):
                subprocess.run(
                    ["glpsol", "--lp", os.path.join(folder, "transport.lp"), "--check"],
                    check=True, stdout=subprocess.DEVNULL)
                read = time.perf_counter() - t3
            count = sum(len(c) for c in prob.constraints.values())
            if count != 2 * supplies * markets:
                sys.exit(f"built {count} nonzeros, expected {2 * supplies * markets}")
            del prob
            print(f"rep {t1 - t0:.6f} {t2 - t1:.6f} {t3 - t2:.6f} {read:.6f}", flush=True)
    print(f"peak_kib {peak_kib()}")


if __name__ == "__main__":
    main()
