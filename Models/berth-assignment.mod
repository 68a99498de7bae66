# Weekly berth assignment at Aktau, as a generalized assignment problem.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Each vessel call is handled at one berth; a berth's handling hours in the week are limited.
# Handling is slower at berths whose cranes suit the vessel less, so the assignment decides the
# total weighted handling time. (The full berth allocation model, with times and waits, is
# Models/berth.mod and docs/berth.md.)
#
#   corridor mathprog Models/berth-assignment.mod -d Models/berth-assignment.dat
#   glpsol --math Models/berth-assignment.mod -d Models/berth-assignment.dat

set BERTHS;
set VESSELS;

param available_hours{BERTHS} >= 0;     # handling hours a berth offers this week
param handling_hours{VESSELS, BERTHS} > 0;
param weight{VESSELS} >= 0, default 1;  # priority of a call

var assign{VESSELS, BERTHS} binary;

minimize weighted_handling_hours:
    sum{v in VESSELS, b in BERTHS} weight[v] * handling_hours[v, b] * assign[v, b];

s.t. served_once{v in VESSELS}:
    sum{b in BERTHS} assign[v, b] = 1;

s.t. berth_hours{b in BERTHS}:
    sum{v in VESSELS} handling_hours[v, b] * assign[v, b] <= available_hours[b];

solve;

printf "Berth plan (weighted handling hours %g):\n", weighted_handling_hours;
for {b in BERTHS} {
    printf "  %s (%g of %g h):", b,
        sum{v in VESSELS} handling_hours[v, b] * assign[v, b], available_hours[b];
    printf {v in VESSELS: assign[v, b] > 0.5} " %s", v;
    printf "\n";
}

end;
