* The LP of small.lp as a minimisation in free MPS: minimum -11 at x = 3, y = 1.
NAME small
ROWS
 N cost
 L total
 L mix
COLUMNS
 x cost -3 total 1
 x mix 1
 y cost -2 total 1
 y mix 3
RHS
 rhs total 4 mix 6
BOUNDS
 UP bnd x 3
ENDATA
