#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Branch-and-cut option sets compared on a small MIP suite, to choose Corridor's defaults.

    mip_defaults.py CORRIDOR GAP_MOD [--time-limit 10]

CORRIDOR is a release build of the corridor program; GAP_MOD a generalized assignment model
(gap_instance.py writes one). The other instances are GLPK's examples in
/usr/share/doc/glpk-utils/examples. Each run is `corridor mathprog MODEL --json - --time-limit T`
plus the option set's flags. Prints, as Markdown, one row per option set (solved = proven optimal
within the limit; median seconds counts an unsolved run as the limit; CPU = user + system of
the runs) and one row per instance.
"""
import json
import os
import resource
import statistics
import subprocess
import sys

EXAMPLES = "/usr/share/doc/glpk-utils/examples"

# name -> (model, data files): the examples glpsol (defaults, GLPK 5.0) solves to proven
# optimality within 5 s; hashi and misp need more, spp is an LP.
INSTANCES = {
    name: (name + ".mod", ["sudoku.dat"] if name == "sudoku" else [])
    for name in [
        "bpp", "color", "crypto", "fctp", "gap", "graceful", "jssp", "magic", "min01ks", "money",
        "mvcp", "numbrix", "pentomino", "queens", "shiftcov", "sudoku", "toto", "tsp", "zebra",
    ]
}

OPTION_SETS = {
    "corridor 0.1 (all cuts, pump, pseudocost)":
        ["--cuts", "all", "--feasibility-pump", "--branching", "pseudocost"],
    "glpk defaults (no cuts, no pump, Driebeck-Tomlin)":
        ["--cuts", "none", "--no-feasibility-pump", "--branching", "driebeck-tomlin"],
    "all cuts, Driebeck-Tomlin":
        ["--cuts", "all", "--no-feasibility-pump", "--branching", "driebeck-tomlin"],
    "all cuts, pseudocost":
        ["--cuts", "all", "--no-feasibility-pump", "--branching", "pseudocost"],
    "pump, pseudocost":
        ["--cuts", "none", "--feasibility-pump", "--branching", "pseudocost"],
    "all cuts, pump, proximity, pseudocost":
        ["--cuts", "all", "--feasibility-pump", "--proximity-search", "--branching", "pseudocost"],
}


def cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(corridor, model, data, flags, limit):
    command = [corridor, "mathprog", model, "--json", "-", "--time-limit", str(limit)] + flags
    for path in data:
        command += ["-d", path]
    before = cpu()
    done = subprocess.run(command, capture_output=True, text=True, timeout=limit * 3 + 30)
    used = cpu() - before
    try:
        report = json.loads(done.stdout)
        return report["status"], float(report["seconds"]), used
    except (ValueError, KeyError):
        return "error", float(limit), used


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    corridor, gap = sys.argv[1], sys.argv[2]
    limit = float(sys.argv[sys.argv.index("--time-limit") + 1]) if "--time-limit" in sys.argv else 10.0
    instances = {name: (os.path.join(EXAMPLES, m), [os.path.join(EXAMPLES, d) for d in ds])
                 for name, (m, ds) in INSTANCES.items()}
    instances["gap 10x100 (type C, seed 1)"] = (gap, [])
    results = {}  # (option set, instance) -> (status, seconds, cpu)
    # Instance by instance, every option set in turn, so the sets share the machine's noise.
    for name, (model, data) in instances.items():
        for option_set, flags in OPTION_SETS.items():
            results[option_set, name] = run(corridor, model, data, flags, limit)
            status, seconds, used = results[option_set, name]
            print(f"{name:30} {option_set:50} {status:12} {seconds:7.2f} s  cpu {used:6.2f}",
                  file=sys.stderr, flush=True)

    def score(option_set):
        runs = [results[option_set, name] for name in instances]
        solved = sum(1 for status, _, _ in runs if status == "optimal")
        median = statistics.median(s if status == "optimal" else limit for status, s, _ in runs)
        return solved, median, sum(used for _, _, used in runs)

    ranked = sorted(OPTION_SETS, key=lambda o: (-score(o)[0], score(o)[1]))
    print(f"Time limit {limit:g} s per run; {len(instances)} instances.\n")
    print("| option set | solved | median s | total CPU s |")
    print("| --- | ---: | ---: | ---: |")
    for option_set in ranked:
        solved, median, used = score(option_set)
        print(f"| {option_set} | {solved}/{len(instances)} | {median:.2f} | {used:.1f} |")
    print()
    print("| instance | " + " | ".join(f"({i + 1})" for i in range(len(ranked))) + " |")
    print("| --- |" + " ---: |" * len(ranked))
    for name in instances:
        cells = []
        for option_set in ranked:
            status, seconds, _ = results[option_set, name]
            cells.append(f"{seconds:.2f}" if status == "optimal" else f"{status} {seconds:.0f}")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()
    for i, option_set in enumerate(ranked):
        print(f"({i + 1}) {option_set}: `{' '.join(OPTION_SETS[option_set])}`  ")


if __name__ == "__main__":
    main()
