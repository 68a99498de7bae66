// SPDX-License-Identifier: GPL-3.0-or-later
//
// Guarded GLPK calls. GLPK reports an invalid argument or an internal error by printing a
// message, calling the error hook and then abort(). Corridor checks every value in Swift before it
// reaches GLPK, so these guards are the second line of defence: each function below calls one
// GLPK routine inside setjmp, with an error hook that longjmps back here instead of aborting.
//
// After a longjmp GLPK's state is undefined, so the guard calls glp_free_env(), which frees every
// GLPK object of the calling thread, and bumps the thread's environment generation. Wrappers on
// the Swift side remember the generation they were created in and do not free an object twice.
//
// No Swift frame may sit between a setjmp and the GLPK call that might longjmp to it: that is why
// these wrappers are written in C, one per GLPK call that is worth guarding.

#ifndef CGLPK_GUARD_H
#define CGLPK_GUARD_H

#include <glpk.h>

/// The number of times GLPK's environment of this thread was freed after an error.
unsigned long cglpk_environment_generation(void);

// Each function mirrors the GLPK call of the same name; `aborted` is set to 1 when GLPK raised an
// error (and the thread's environment was freed), else to 0.
void cglpk_load_matrix(glp_prob *P, int ne, const int ia[], const int ja[], const double ar[],
                       int *aborted);
int cglpk_simplex(glp_prob *P, const glp_smcp *parm, int *aborted);
int cglpk_interior(glp_prob *P, const glp_iptcp *parm, int *aborted);
int cglpk_intopt(glp_prob *P, const glp_iocp *parm, int *aborted);

int cglpk_read_mps(glp_prob *P, int fmt, const char *fname, int *aborted);
int cglpk_write_mps(glp_prob *P, int fmt, const char *fname, int *aborted);
int cglpk_read_lp(glp_prob *P, const char *fname, int *aborted);
int cglpk_write_lp(glp_prob *P, const char *fname, int *aborted);
int cglpk_read_prob(glp_prob *P, const char *fname, int *aborted);
int cglpk_write_prob(glp_prob *P, const char *fname, int *aborted);

int cglpk_mpl_read_model(glp_tran *tran, const char *fname, int skip, int *aborted);
int cglpk_mpl_read_data(glp_tran *tran, const char *fname, int *aborted);
int cglpk_mpl_generate(glp_tran *tran, const char *fname, int *aborted);
void cglpk_mpl_build_prob(glp_tran *tran, glp_prob *prob, int *aborted);
int cglpk_mpl_postsolve(glp_tran *tran, glp_prob *prob, int sol, int *aborted);

int cglpk_mincost_okalg(glp_graph *G, int v_rhs, int a_low, int a_cap, int a_cost, double *sol,
                        int a_x, int v_pi, int *aborted);
int cglpk_read_mincost(glp_graph *G, int v_rhs, int a_low, int a_cap, int a_cost,
                       const char *fname, int *aborted);

#endif
