/* Corridor — truck crossings at the Kazakhstan–China road checkpoints (kind: crossings).
   SPDX-License-Identifier: GPL-3.0-or-later

   The MathProg twin of the Swift model: one integer variable per eligible (request, checkpoint,
   slot), with no aggregation, so that it reads like the rules. Its data (open minutes per slot,
   local day of each slot, eligible slots) is written by `corridor` from a scenario file: the
   time zones, opening hours and closed days are worked out there, in each checkpoint's zone.

     glpsol --math Models/crossings.mod -d scenario.dat
*/

set R;                          /* requests */
set C;                          /* checkpoints */
param slots integer > 0;        /* slots in the horizon */
set S := 0..slots - 1;
param H > 0;                    /* horizon.hours */
param start{S};                 /* slot start, hours after the horizon's start */

param trucks{R} integer >= 0;   /* after demand_scale, rounded half up */
param weight{R} >= 0;           /* given, or by class: perishable 3, hazardous 1, general 1, empty 0.5 */
param ready{R};                 /* hours after the horizon's start; may be negative */
param penalty{R} >= 0;          /* unserved_penalty_hours */
param minutes{R, C} > 0;        /* lane minutes of one truck of the request's class at c */

param open{C, S} integer >= 0;  /* minutes of the slot during which c is open (its own zone) */
param day{C, S} integer;        /* the local calendar day (in c's zone) the slot starts on */
param lanes_min{C} integer >= 0;
param lanes_max{c in C} integer >= lanes_min[c];   /* equal for fixed lanes */
param lane_hour_cost{C} >= 0;
set CAPPED within C;            /* checkpoints with a daily_cap */
param daily_cap{CAPPED} integer >= 0;
set LANE_CAPPED within C;       /* checkpoints with lane_hours_per_day */
param lane_hours_per_day{LANE_CAPPED} >= 0;

/* Slot eligibility: c allowed, start >= ready + travel, start <= deadline, c open in the slot. */
set E within R cross C cross S;
set DAYS{c in C} := setof{s in S} day[c, s];

var trucks_crossing{E} integer >= 0;      /* trucks of r crossing at c in slot s */
var unserved{R} integer >= 0;
var lanes{c in C, s in S: open[c, s] > 0} integer >= lanes_min[c], <= lanes_max[c];

minimize weighted_truck_hours:
    sum{(r, c, s) in E} weight[r] * trucks_crossing[r, c, s] * (start[s] - ready[r])
  + sum{r in R} weight[r] * unserved[r] * (H - ready[r] + penalty[r])
  + sum{c in C, s in S: open[c, s] > 0} lane_hour_cost[c] * lanes[c, s] * open[c, s] / 60;

/* Every truck crosses exactly once or is unserved. */
s.t. every_truck{r in R}:
    sum{c in C, s in S: (r, c, s) in E} trucks_crossing[r, c, s] + unserved[r] = trucks[r];

/* Lane capacity: lane minutes of the trucks crossing within the open lanes' minutes. */
s.t. lane_capacity{c in C, s in S: open[c, s] > 0}:
    sum{r in R: (r, c, s) in E} minutes[r, c] * trucks_crossing[r, c, s] <= lanes[c, s] * open[c, s];

/* Daily cap per local calendar day of the slot start; a day cut by the horizon has the full cap. */
s.t. daily_cap_rule{c in CAPPED, d in DAYS[c]}:
    sum{(r, c2, s) in E: c2 = c and day[c, s] = d} trucks_crossing[r, c2, s] <= daily_cap[c];

/* Lane hours per local day. */
s.t. lane_hours{c in LANE_CAPPED, d in DAYS[c]}:
    sum{s in S: day[c, s] = d and open[c, s] > 0} lanes[c, s] * open[c, s] / 60
        <= lane_hours_per_day[c];

solve;

printf "weighted truck-hours: %.6f\n", weighted_truck_hours;
printf "unserved trucks: %d\n", sum{r in R} unserved[r];

end;
