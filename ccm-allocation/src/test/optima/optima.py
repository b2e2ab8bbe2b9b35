"""Least travel at a given coverage, by an independent solver: SciPy's milp (HiGHS).

Reads the programs OptimaInstances writes and, for each, minimises travel over the same integer
program the exact allocator states (one coach at most per practice, coaches within hours and
caseload, pins kept, eligible pairs only) with each priority class's count served fixed at the
heuristic's. Prints one CSV row per program: name, the optimum (or best found) and the solver's
lower bound in coach-hours a month, and whether optimality was proven within the time limit.

    python3 optima.py SECONDS FILE...      (SciPy 1.17.1 was used for optima.csv)
"""
import sys
import time

import numpy as np
import scipy
import scipy.sparse as sp
from scipy.optimize import Bounds, LinearConstraint, milp


def read(path):
    tokens = open(path).read().split('\n')
    nc, npr, tiers, ne = map(int, tokens[0].split())
    line = 1
    hours, caseload = [], []
    for _ in range(nc):
        h, k = tokens[line].split()
        hours.append(float(h))
        caseload.append(int(k))
        line += 1
    tier, pin, first = [], [], []
    for _ in range(npr):
        t, pn, f0, f1 = map(int, tokens[line].split())
        tier.append(t)
        pin.append(pn)
        first.append((f0, f1))
        line += 1
    coach, load, cost = [], [], []
    for _ in range(ne):
        c, l, co = tokens[line].split()
        coach.append(int(c))
        load.append(float(l))
        cost.append(int(co))
        line += 1
    coverage = [int(x) for x in tokens[line].split()[1:]]
    return nc, npr, tiers, ne, hours, caseload, tier, pin, first, coach, load, cost, coverage


def solve(path, seconds):
    nc, npr, tiers, ne, hours, caseload, tier, pin, first, coach, load, cost, coverage = read(path)
    practice = np.zeros(ne, int)
    for p, (a, b) in enumerate(first):
        practice[a:b] = p
    rows, cols, vals, lo, hi = [], [], [], [], []
    r = 0
    for p, (a, b) in enumerate(first):          # each practice at most one coach
        for e in range(a, b):
            rows.append(r); cols.append(e); vals.append(1)
        lo.append(0); hi.append(1); r += 1
    for c in range(nc):                         # each coach within hours and caseload
        for e in range(ne):
            if coach[e] == c:
                rows += [r, r + 1]; cols += [e, e]; vals += [load[e], 1]
        lo += [0, 0]; hi += [hours[c] + 1e-9, caseload[c]]; r += 2
    for t in range(tiers):                      # each class served as the heuristic serves it
        for e in range(ne):
            if tier[practice[e]] == t:
                rows.append(r); cols.append(e); vals.append(1)
        lo.append(coverage[t]); hi.append(coverage[t]); r += 1
    a = sp.csr_matrix((vals, (rows, cols)), shape=(r, ne))
    lower = np.zeros(ne)
    for p, (f0, f1) in enumerate(first):        # pins kept
        for e in range(f0, f1):
            if pin[p] == coach[e]:
                lower[e] = 1
    start = time.time()
    res = milp(np.array(cost, float) / 60000.0, constraints=LinearConstraint(a, lo, hi),
               integrality=np.ones(ne), bounds=Bounds(lower, np.ones(ne)),
               options={'time_limit': seconds})
    best = '' if res.x is None else '%.3f' % res.fun
    bound = getattr(res, 'mip_dual_bound', None)
    print('%s,%s,%s,%s,%.0f' % (path.split('/')[-1][:-4], best, '' if bound is None else '%.3f' % bound,
                                'optimal' if res.status == 0 else 'time-limit', time.time() - start), flush=True)


if __name__ == '__main__':
    print('# scipy %s; program,travel_hours,bound_hours,status,seconds' % scipy.__version__)
    for f in sys.argv[2:]:
        solve(f, float(sys.argv[1]))
