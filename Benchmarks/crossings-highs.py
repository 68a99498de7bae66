#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Solves a crossings model written as MPS by crossings-bench with HiGHS (one thread), the way
the figures compare it: reading the file included, relative gap and time limit as given.

    python3 Benchmarks/crossings-highs.py MODEL.mps [--gap 1e-6] [--time-limit 60]
"""
import argparse
import time

import highspy

parser = argparse.ArgumentParser()
parser.add_argument("mps")
parser.add_argument("--gap", type=float, default=1e-6)
parser.add_argument("--time-limit", type=float, default=60)
parser.add_argument("--constant", type=float, default=0.0,
                    help="the objective's constant, which crossings-bench leaves out of the MPS file")
args = parser.parse_args()

started = time.perf_counter()
h = highspy.Highs()
h.setOptionValue("output_flag", False)
h.setOptionValue("threads", 1)
h.setOptionValue("mip_rel_gap", args.gap)
h.setOptionValue("time_limit", args.time_limit)
h.readModel(args.mps)
h.run()
seconds = time.perf_counter() - started
info = h.getInfo()
status = h.modelStatusToString(h.getModelStatus())
bound = getattr(info, "mip_dual_bound", float("nan"))
objective = info.objective_function_value + args.constant
bound = bound + args.constant if h.getLp().integrality_ else objective
gap = abs(objective - bound) / max(abs(objective), 1e-9)
print(f"HiGHS: {status} objective {objective:.6f} bound {bound:.6f} gap {gap:.2e} — {seconds:.3f} s")
