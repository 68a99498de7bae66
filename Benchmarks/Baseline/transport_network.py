#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The transportation network of the flow figures, and HiGHS on it.

    transport_network.py write PATH [--supplies 2000] [--markets 100] [--seed 1]
        writes a seeded random transportation network in DIMACS min-cost format: every supply
        node joined to every market, integer supplies 50..150, demands splitting the same total,
        costs 1..100, capacity = the total supply (uncapacitated in effect; GLPK's out-of-kilter
        algorithm needs a finite one).
    transport_network.py highs PATH
        reads that DIMACS file, solves it as an LP with HiGHS (highspy, default settings) and
        prints JSON: status, objective, seconds (Highs.run() alone), version.
"""
import json
import random
import sys
import time


def write(path, supplies, markets, seed):
    rng = random.Random(seed)
    supply = [rng.randint(50, 150) for _ in range(supplies)]
    total = sum(supply)
    weights = [rng.random() + 0.5 for _ in range(markets)]
    demand = [int(total * w / sum(weights)) for w in weights]
    for j in range(total - sum(demand)):
        demand[j % markets] += 1
    with open(path, "w") as out:
        out.write(f"c transportation network {supplies} x {markets}, seed {seed}\n")
        out.write(f"p min {supplies + markets} {supplies * markets}\n")
        for i, s in enumerate(supply):
            out.write(f"n {i + 1} {s}\n")
        for j, d in enumerate(demand):
            out.write(f"n {supplies + j + 1} {-d}\n")
        lines = []
        for i in range(supplies):
            for j in range(markets):
                lines.append(f"a {i + 1} {supplies + j + 1} 0 {total} {rng.randint(1, 100)}\n")
        out.writelines(lines)


def highs(path):
    import highspy
    import numpy as np

    nodes, rhs, tails, heads, lows, caps, costs = 0, {}, [], [], [], [], []
    with open(path) as f:
        for line in f:
            w = line.split()
            if not w or w[0] == "c":
                continue
            if w[0] == "p":
                nodes = int(w[2])
            elif w[0] == "n":
                rhs[int(w[1]) - 1] = float(w[2])
            elif w[0] == "a":
                tails.append(int(w[1]) - 1)
                heads.append(int(w[2]) - 1)
                lows.append(float(w[3]))
                caps.append(float(w[4]))
                costs.append(float(w[5]))
    arcs = len(costs)
    b = np.array([rhs.get(i, 0.0) for i in range(nodes)])
    # One column per arc: +1 in its tail's row, -1 in its head's (flow out - flow in = supply).
    lp = highspy.HighsLp()
    lp.num_col_ = arcs
    lp.num_row_ = nodes
    lp.col_cost_ = np.array(costs)
    lp.col_lower_ = np.array(lows)
    lp.col_upper_ = np.array(caps)
    lp.row_lower_ = b
    lp.row_upper_ = b
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.arange(0, 2 * arcs + 1, 2, dtype=np.int32)
    index = np.empty(2 * arcs, dtype=np.int32)
    index[0::2] = tails
    index[1::2] = heads
    value = np.empty(2 * arcs)
    value[0::2] = 1.0
    value[1::2] = -1.0
    lp.a_matrix_.index_ = index
    lp.a_matrix_.value_ = value
    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.passModel(lp)
    started = time.perf_counter()
    h.run()
    seconds = time.perf_counter() - started
    status = h.modelStatusToString(h.getModelStatus())
    objective = h.getInfo().objective_function_value
    print(json.dumps({"status": status, "objective": objective, "seconds": seconds,
                      "version": h.version()}))


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "write":
        options = {"--supplies": 2000, "--markets": 100, "--seed": 1}
        rest = args[2:]
        for k, v in zip(rest[0::2], rest[1::2]):
            options[k] = int(v)
        write(args[1], options["--supplies"], options["--markets"], options["--seed"])
    elif len(args) == 2 and args[0] == "highs":
        highs(args[1])
    else:
        sys.exit(__doc__)
