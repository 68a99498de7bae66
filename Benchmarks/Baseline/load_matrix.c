// SPDX-License-Identifier: GPL-3.0-or-later
//
// The C baseline for Corridor's build+load figure: the same transportation LP as
// Benchmarks/Sources/CorridorBenchModels/Transportation.swift (same generator, same row and column
// order), built as glp_load_matrix's triplet arrays in C and loaded with the calls Corridor's
// GLPKProblem.load makes: glp_add_rows/cols, glp_set_row_bnds and glp_set_col_bnds for every
// row and column, glp_set_obj_coef for each nonzero cost, glp_set_obj_coef(0), one glp_load_matrix.
// No names (the benchmark model is unnamed) and no setjmp guard.
//
//   cc -O2 -o load_matrix load_matrix.c -lglpk -lm
//   ./load_matrix SUPPLIES MARKETS REPS
//
// Prints one line per repetition ("rep arrays_s load_s free_s") and then "peak_kib N" (VmHWM).

#include <glpk.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t state;

static double next(uint64_t modulus) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)((state >> 33) % modulus);
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static long peak_kib(void) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    if (!f) return -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0) kib = strtol(line + 6, NULL, 10);
    fclose(f);
    return kib;
}

static int term_off(void *info, const char *s) {
    (void)info;
    (void)s;
    return 1;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s SUPPLIES MARKETS [REPS]\n", argv[0]);
        return 2;
    }
    const int m = atoi(argv[1]), n = atoi(argv[2]), reps = argc > 3 ? atoi(argv[3]) : 1;
    if (m <= 0 || n <= 0 || reps <= 0) return 2;
    glp_term_hook(term_off, NULL);

    // The data, as TransportationData(supplies:markets:seed: 2024) makes it.
    const int arcs = m * n, rows = m + n, ne = 2 * arcs;
    double *cost = malloc(sizeof(double) * (size_t)arcs);
    double *demand = malloc(sizeof(double) * (size_t)n);
    double *supply = malloc(sizeof(double) * (size_t)m);
    state = 2024;
    for (int k = 0; k < arcs; k++) cost[k] = 1 + next(100);
    double total = 0;
    for (int j = 0; j < n; j++) total += demand[j] = 10 + next(50);
    double base = ceil(1.2 * total / (double)m);
    for (int i = 0; i < m; i++) supply[i] = base + next(10);

    for (int rep = 0; rep < reps; rep++) {
        double t0 = now();
        // Triplets, 1-based with slot 0 unused, rows in the order Corridor adds them.
        int *ia = malloc(sizeof(int) * (size_t)(ne + 1));
        int *ja = malloc(sizeof(int) * (size_t)(ne + 1));
        double *ar = malloc(sizeof(double) * (size_t)(ne + 1));
        int k = 1;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) ia[k] = i + 1, ja[k] = i * n + j + 1, ar[k] = 1, k++;
        for (int j = 0; j < n; j++)
            for (int i = 0; i < m; i++) ia[k] = m + j + 1, ja[k] = i * n + j + 1, ar[k] = 1, k++;
        double t1 = now();

        glp_prob *P = glp_create_prob();
        glp_set_prob_name(P, "transport");
        glp_set_obj_dir(P, GLP_MIN);
        glp_add_rows(P, rows);
        glp_add_cols(P, arcs);
        for (int i = 0; i < m; i++) glp_set_row_bnds(P, i + 1, GLP_UP, 0, supply[i]);
        for (int j = 0; j < n; j++) glp_set_row_bnds(P, m + j + 1, GLP_LO, demand[j], 0);
        for (int c = 0; c < arcs; c++) {
            glp_set_col_bnds(P, c + 1, GLP_LO, 0, 0);
            if (cost[c] != 0) glp_set_obj_coef(P, c + 1, cost[c]);
        }
        glp_set_obj_coef(P, 0, 0);
        glp_load_matrix(P, ne, ia, ja, ar);
        double t2 = now();
        if (glp_get_num_nz(P) != ne) {
            fprintf(stderr, "loaded %d nonzeros, expected %d\n", glp_get_num_nz(P), ne);
            return 1;
        }
        glp_delete_prob(P);
        double t3 = now();
        free(ia);
        free(ja);
        free(ar);
        printf("rep %.6f %.6f %.6f\n", t1 - t0, t2 - t1, t3 - t2);
        fflush(stdout);
    }
    printf("peak_kib %ld\n", peak_kib());
    free(cost);
    free(demand);
    free(supply);
    glp_free_env();
    return 0;
}
