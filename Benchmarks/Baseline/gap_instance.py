#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A seeded generalized assignment problem as a MathProg model with its data.

    gap_instance.py PATH [--agents 10] [--jobs 100] [--seed 1]

Type C of Chu and Beasley: costs 10..50, weights 5..25, capacity of agent i
0.8 * sum_j w[i,j] / agents. Minimise cost; each job to exactly one agent; each agent's load
within its capacity.
"""
import random
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    options = {"--agents": 10, "--jobs": 100, "--seed": 1}
    rest = sys.argv[2:]
    for key, value in zip(rest[0::2], rest[1::2]):
        options[key] = int(value)
    agents, jobs = options["--agents"], options["--jobs"]
    rng = random.Random(options["--seed"])
    cost = [[rng.randint(10, 50) for _ in range(jobs)] for _ in range(agents)]
    weight = [[rng.randint(5, 25) for _ in range(jobs)] for _ in range(agents)]
    capacity = [int(0.8 * sum(weight[i]) / agents) for i in range(agents)]
    with open(path, "w") as out:
        out.write(f"/* generalized assignment {agents} x {jobs}, type C, seed {options['--seed']} */\n")
        out.write("param m; param n;\nset I := 1..m; set J := 1..n;\n")
        out.write("param c{I, J}; param w{I, J}; param b{I};\n")
        out.write("var x{I, J} binary;\n")
        out.write("minimize cost: sum{i in I, j in J} c[i,j] * x[i,j];\n")
        out.write("s.t. assign{j in J}: sum{i in I} x[i,j] = 1;\n")
        out.write("s.t. load{i in I}: sum{j in J} w[i,j] * x[i,j] <= b[i];\n")
        out.write(f"data;\nparam m := {agents};\nparam n := {jobs};\n")
        for name, table in (("c", cost), ("w", weight)):
            out.write(f"param {name} : " + " ".join(str(j + 1) for j in range(jobs)) + " :=\n")
            for i in range(agents):
                out.write(f"  {i + 1} " + " ".join(str(v) for v in table[i]) + "\n")
            out.write(";\n")
        out.write("param b := " + " ".join(f"{i + 1} {capacity[i]}" for i in range(agents)) + ";\n")
        out.write("end;\n")


if __name__ == "__main__":
    main()
