#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Solves one MPS file with HiGHS (one thread, a time limit) and prints status, objective, bound
# and seconds as key=value lines for berth-benchmark. Needs `pip install highspy`.
import sys, time
import highspy

path, limit = sys.argv[1], float(sys.argv[2])
h = highspy.Highs()
h.setOptionValue("output_flag", False)
h.setOptionValue("threads", 1)
h.setOptionValue("time_limit", limit)
h.setOptionValue("mip_rel_gap", 0.0)
h.readModel(path)
start = time.time()
h.run()
seconds = time.time() - start
status = h.getModelStatus()
info = h.getInfo()
name = {highspy.HighsModelStatus.kOptimal: "optimal", highspy.HighsModelStatus.kTimeLimit: "time-limit",
        highspy.HighsModelStatus.kInfeasible: "infeasible"}.get(status, str(status))
print(f"status={name}")
if info.primal_solution_status == 2:
    print(f"objective={info.objective_function_value}")
print(f"bound={info.mip_dual_bound}")
print(f"seconds={seconds}")
