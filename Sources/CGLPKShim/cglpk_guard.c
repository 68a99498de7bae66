// SPDX-License-Identifier: GPL-3.0-or-later
#include "cglpk_guard.h"

#include <setjmp.h>
#include <stddef.h>

static _Thread_local jmp_buf *current_jump = NULL;
static _Thread_local unsigned long generation = 0;

unsigned long cglpk_environment_generation(void) { return generation; }

static void jump_back(void *info) {
    (void)info;
    longjmp(*current_jump, 1);
}

// GUARDED(failure, call): runs `call` with the error hook armed; on a GLPK error, frees the
// thread's environment, sets *aborted and returns `failure`.
#define GUARDED(failure, call)                                                                     \
    do {                                                                                           \
        jmp_buf jump;                                                                              \
        jmp_buf *outer = current_jump;                                                             \
        *aborted = 0;                                                                              \
        if (setjmp(jump)) {                                                                        \
            current_jump = outer;                                                                  \
            glp_free_env();                                                                        \
            generation += 1;                                                                       \
            *aborted = 1;                                                                          \
            return failure;                                                                        \
        }                                                                                          \
        current_jump = &jump;                                                                      \
        glp_error_hook(jump_back, NULL);                                                           \
        call;                                                                                      \
        current_jump = outer;                                                                      \
        glp_error_hook(outer ? jump_back : NULL, NULL);                                            \
    } while (0)

#define GUARDED_INT(call)                                                                          \
    do {                                                                                           \
        int result = 0;                                                                            \
        GUARDED(-1, result = (call));                                                              \
        return result;                                                                             \
    } while (0)

void cglpk_load_matrix(glp_prob *P, int ne, const int ia[], const int ja[], const double ar[],
                       int *aborted) {
    GUARDED(, glp_load_matrix(P, ne, ia, ja, ar));
}

int cglpk_simplex(glp_prob *P, const glp_smcp *parm, int *aborted) {
    GUARDED_INT(glp_simplex(P, parm));
}

int cglpk_interior(glp_prob *P, const glp_iptcp *parm, int *aborted) {
    GUARDED_INT(glp_interior(P, parm));
}

int cglpk_intopt(glp_prob *P, const glp_iocp *parm, int *aborted) {
    GUARDED_INT(glp_intopt(P, parm));
}

int cglpk_read_mps(glp_prob *P, int fmt, const char *fname, int *aborted) {
    GUARDED_INT(glp_read_mps(P, fmt, NULL, fname));
}

int cglpk_write_mps(glp_prob *P, int fmt, const char *fname, int *aborted) {
    GUARDED_INT(glp_write_mps(P, fmt, NULL, fname));
}

int cglpk_read_lp(glp_prob *P, const char *fname, int *aborted) {
    GUARDED_INT(glp_read_lp(P, NULL, fname));
}

int cglpk_write_lp(glp_prob *P, const char *fname, int *aborted) {
    GUARDED_INT(glp_write_lp(P, NULL, fname));
}

int cglpk_read_prob(glp_prob *P, const char *fname, int *aborted) {
    GUARDED_INT(glp_read_prob(P, 0, fname));
}

int cglpk_write_prob(glp_prob *P, const char *fname, int *aborted) {
    GUARDED_INT(glp_write_prob(P, 0, fname));
}

int cglpk_mpl_read_model(glp_tran *tran, const char *fname, int skip, int *aborted) {
    GUARDED_INT(glp_mpl_read_model(tran, fname, skip));
}

int cglpk_mpl_read_data(glp_tran *tran, const char *fname, int *aborted) {
    GUARDED_INT(glp_mpl_read_data(tran, fname));
}

int cglpk_mpl_generate(glp_tran *tran, const char *fname, int *aborted) {
    GUARDED_INT(glp_mpl_generate(tran, fname));
}

void cglpk_mpl_build_prob(glp_tran *tran, glp_prob *prob, int *aborted) {
    GUARDED(, glp_mpl_build_prob(tran, prob));
}

int cglpk_mpl_postsolve(glp_tran *tran, glp_prob *prob, int sol, int *aborted) {
    GUARDED_INT(glp_mpl_postsolve(tran, prob, sol));
}

int cglpk_mincost_okalg(glp_graph *G, int v_rhs, int a_low, int a_cap, int a_cost, double *sol,
                        int a_x, int v_pi, int *aborted) {
    GUARDED_INT(glp_mincost_okalg(G, v_rhs, a_low, a_cap, a_cost, sol, a_x, v_pi));
}

int cglpk_read_mincost(glp_graph *G, int v_rhs, int a_low, int a_cap, int a_cost,
                       const char *fname, int *aborted) {
    GUARDED_INT(glp_read_mincost(G, v_rhs, a_low, a_cap, a_cost, fname));
}
