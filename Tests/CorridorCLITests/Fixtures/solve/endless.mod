# A model whose translation does not end in any useful time: the sum runs over 10^12 pairs.
param total := sum{i in 1..1000000, j in 1..1000000} 1;
var x >= 0;
minimize cost: x + total;
end;
