# Berth allocation: which berth, and when, for each vessel call.
# The plain time-indexed model, the MathProg twin of Corridor's berth kind (`kind: berth`):
# `corridor mathprog-data SCENARIO.yaml --out week.dat` writes its data, then
#   glpsol --math Models/berth.mod -d week.dat
# reaches the same optimal objective as `corridor solve SCENARIO.yaml` (which solves a much
# smaller model of the same rules). Times are whole steps of `step` hours on the grid that
# begins at the horizon's start; etas are rounded up to a step, handling times up to whole steps.
# SPDX-License-Identifier: GPL-3.0-or-later

set V;                          # vessel calls
set B;                          # berths
param T > 0, integer;           # steps in the horizon
param step > 0;                 # hours per step
param H > 0;                    # horizon, hours

param eta{V};                   # eta in hours, rounded up to a step (may be negative)
param earliest{V} integer;      # first step service may start: eta, not before step 0
param latest_end{V} integer;    # last step service may end: latest departure, not after T
param w{V} >= 0;                # weight per hour of service time
param tw{V} >= 0;               # tardiness weight per hour past due
param due{V};                   # due, hours
param penalty{V} >= 0;          # unserved penalty
param is_fixed{V} binary;       # 1 for a committed call
param p{V, B} integer >= 0;     # handling steps; 0 where the vessel cannot use the berth
                                # (length, depth, allowed berths, no handling time)
param fixed_start{V, B} integer >= -1;   # a committed call's start step at its berth, else -1
param open{B, 0..T-1} binary;   # 1 when the berth is available during the step

# The calls a vessel may make: a compatible berth, a start no earlier than its eta and the
# horizon's start, the whole service in available steps of one window, ending by its latest
# departure; a fixed vessel only at its committed berth and start.
set CALLS := {i in V, k in B, t in 0..T-1:
    p[i,k] > 0 and t >= earliest[i] and t + p[i,k] <= latest_end[i]
    and (forall{s in t..t+p[i,k]-1} open[k,s] = 1)
    and (is_fixed[i] = 0 or fixed_start[i,k] = t)};

var serve{CALLS} binary;        # 1 when vessel i is served at berth k from step t
var unserved{i in V: is_fixed[i] = 0} binary;

# Objective: weight × (finish − eta) + tardiness_weight × max(0, finish − due) per served vessel;
# an unserved vessel costs as if it finished at the horizon's end, plus its penalty.
minimize total_cost:
    sum{(i,k,t) in CALLS}
        (w[i] * ((t + p[i,k]) * step - eta[i]) + tw[i] * max(0, (t + p[i,k]) * step - due[i])) * serve[i,k,t]
  + sum{i in V: is_fixed[i] = 0} (w[i] * (H - eta[i]) + tw[i] * max(0, H - due[i]) + penalty[i]) * unserved[i];

# A vessel is served at exactly one berth and start, or left unserved.
s.t. served_once{i in V}:
    sum{(i,k,t) in CALLS} serve[i,k,t] + sum{j in V: j = i and is_fixed[i] = 0} unserved[j] = 1;

# Two vessels never occupy one berth at the same time.
s.t. one_vessel_at_a_time{k in B, s in 0..T-1}:
    sum{i in V, t in max(0, s - p[i,k] + 1)..s: p[i,k] > 0 and (i,k,t) in CALLS} serve[i,k,t] <= 1;

solve;

printf "total_cost = %g\n", total_cost;
printf{(i,k,t) in CALLS: serve[i,k,t] > 0.5} "%s at %s from %g h to %g h\n", i, k, t * step, (t + p[i,k]) * step;
printf{i in V: is_fixed[i] = 0 and unserved[i] > 0.5} "%s unserved\n", i;

end;
