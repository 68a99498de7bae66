/* Container-yard allocation: which blocks store each container flow.
   The twin of Corridor's `yard` kind (docs/yard.md); `corridor` writes the data file
   from a scenario, and both reach the same optimal objective.
   SPDX-License-Identifier: GPL-3.0-or-later */

param P integer > 0;                      # number of periods (horizon / period_hours)
set PERIODS := 0..P-1;
set POINTS;
set BLOCKS;
set FLOWS;

param teu_per_move > 0;
param balance_weight >= 0;
param demand_scale >= 0;

param capacity_teu{BLOCKS} >= 0;
param max_fill{BLOCKS} > 0, <= 1;
param reefer_plugs{BLOCKS} >= 0;
param block_hazardous{BLOCKS} binary;
param moves_per_period{BLOCKS} > 0;
param distance_m{BLOCKS, POINTS} >= 0;
param initial_teu{BLOCKS} >= 0;
param initial_leaves{BLOCKS} integer >= 0, <= P;   # P: it stays throughout

param teu{FLOWS} >= 0;
param enters{FLOWS} integer >= 0, < P;
param leaves{f in FLOWS} integer > enters[f], <= P;
param from{FLOWS} symbolic in POINTS;
param to{FLOWS} symbolic in POINTS;
param reefer{FLOWS} binary;
param hazardous{FLOWS} binary;
param penalty{FLOWS} >= 0;
set MIP_FLOWS within FLOWS;               # flows with max_blocks or min_teu_per_block
param max_blocks{MIP_FLOWS} integer >= 1;
param min_teu_per_block{MIP_FLOWS} >= 0;

# Rule: dangerous goods only in hazardous blocks.
set ALLOWED := {f in FLOWS, b in BLOCKS: hazardous[f] = 0 or block_hazardous[b] = 1};

var place{ALLOWED} >= 0;                  # TEU of flow f stored in block b
var overflow{FLOWS} >= 0;                 # TEU of flow f not placed
var use{(f, b) in ALLOWED: f in MIP_FLOWS} binary;
var peak{PERIODS} >= 0;                   # worst equipment utilisation of period p

minimize cost:
    sum{(f, b) in ALLOWED} place[f, b] * (distance_m[b, from[f]] + distance_m[b, to[f]]) / 1000
  + sum{f in FLOWS} penalty[f] * overflow[f]
  + balance_weight * sum{p in PERIODS} peak[p];

s.t. conservation{f in FLOWS}:
    sum{b in BLOCKS: (f, b) in ALLOWED} place[f, b] + overflow[f] = teu[f] * demand_scale;

s.t. capacity{b in BLOCKS, p in PERIODS}:
    (if p < initial_leaves[b] then initial_teu[b] else 0)
  + sum{f in FLOWS: (f, b) in ALLOWED and enters[f] <= p and p < leaves[f]} place[f, b]
  <= capacity_teu[b] * max_fill[b];

s.t. plugs{b in BLOCKS, p in PERIODS}:
    sum{f in FLOWS: (f, b) in ALLOWED and reefer[f] = 1 and enters[f] <= p and p < leaves[f]}
      place[f, b] <= reefer_plugs[b];

# TEU moved in or out of block b during period p: flows in at `enters`, out at `leaves` inside
# the horizon; the initial stock out at `initial_leaves`.
s.t. moves{b in BLOCKS, p in PERIODS}:
    (sum{f in FLOWS: (f, b) in ALLOWED and (enters[f] = p or (leaves[f] = p and p < P))} place[f, b]
     + (if initial_leaves[b] = p and p < P then initial_teu[b] else 0)) / teu_per_move
  <= moves_per_period[b];

# peak[p]: the worst equipment utilisation of period p.
s.t. balance{b in BLOCKS, p in PERIODS}:
    peak[p] >= (sum{f in FLOWS: (f, b) in ALLOWED and (enters[f] = p or (leaves[f] = p and p < P))}
                  place[f, b]
                + (if initial_leaves[b] = p and p < P then initial_teu[b] else 0))
               / teu_per_move / moves_per_period[b];

s.t. link{(f, b) in ALLOWED: f in MIP_FLOWS}: place[f, b] <= teu[f] * demand_scale * use[f, b];

s.t. least{(f, b) in ALLOWED: f in MIP_FLOWS}: place[f, b] >= min_teu_per_block[f] * use[f, b];

s.t. spread{f in MIP_FLOWS}: sum{b in BLOCKS: (f, b) in ALLOWED} use[f, b] <= max_blocks[f];

solve;

printf "objective %.9g\n", cost;

end;
