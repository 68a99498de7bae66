NAME knapsack
OBJSENSE
    MAX
ROWS
 N value
 L capacity
COLUMNS
 M1 'MARKER' 'INTORG'
 a value 8 capacity 5
 b value 11 capacity 7
 c value 6 capacity 4
 d value 4 capacity 3
 M2 'MARKER' 'INTEND'
RHS
 RHS capacity 14
BOUNDS
 UP BND a 1
 UP BND b 1
 UP BND c 1
 UP BND d 1
ENDATA
