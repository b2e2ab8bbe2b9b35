package org.ccmcoach.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The exact optimum of an allocation problem by integer programming (ojAlgo), for comparison;
 * {@link #plan} is an optimal plan, which the test also checks for broken rules.
 *
 * <p>Binary x[c][p] for each pair the rules allow. Each practice has at most one coach; each coach
 * keeps within hours and caseload; pins are fixed. Stage 1 maximises coverage by priority with
 * weights that make each priority class outweigh every class below it together; stage 2 holds
 * each class's count at its optimum and minimises travel cost.
 */
final class ExactAllocation {

    final int[] tierCounts;
    final long travel;
    final Map<PracticeId, CoachId> plan;

    private ExactAllocation(int[] tierCounts, long travel, Map<PracticeId, CoachId> plan) {
        this.tierCounts = tierCounts;
        this.travel = travel;
        this.plan = plan;
    }

    /**
     * Solves a problem.
     *
     * @param problem  the problem
     * @param incumbentCoverage  the coverage of a known plan by priority class
     * @param incumbentTravel  that plan's travel cost, a cut-off once its coverage is optimal
     * @return the optimum; when the known plan's coverage is not optimal, only the optimal
     *         coverage, with no plan and travel -1
     */
    static ExactAllocation solve(AllocationProblem problem, int[] incumbentCoverage, long incumbentTravel) {
        Instance in = problem.instance();
        // Coverage by priority in one model: each class's weight exceeds the total weight of every
        // class below it, so the optimum is lexicographic.
        int[] tierSize = new int[in.tiers];
        for (int p = 0; p < in.np; p++) {
            tierSize[in.tier[p]]++;
        }
        double[] weight = new double[in.tiers];
        double below = 0;
        for (int t = in.tiers - 1; t >= 0; t--) {
            weight[t] = below + 1;
            below += tierSize[t] * weight[t];
        }
        Stage first = new Stage(in);
        // A tie-breaking perturbation below 1 in total keeps the integer optimum and spares ojAlgo
        // 56 a degenerate relaxation it may wrongly call infeasible.
        double nudge = 0.5 / (first.pairs.size() + 1);
        for (int i = 0; i < first.pairs.size(); i++) {
            Stage.Pair v = first.pairs.get(i);
            v.x.weight(weight[in.tier[v.p]] + nudge * (i + 1) / first.pairs.size());
        }
        Optimisation.Result coverage = first.model.maximise();
        require(coverage);
        int[] counts = new int[in.tiers];
        for (Stage.Pair v : first.pairs) {
            if (v.x.getValue().doubleValue() > 0.5) {
                counts[in.tier[v.p]]++;
            }
        }
        if (!java.util.Arrays.equals(counts, incumbentCoverage)) {
            return new ExactAllocation(counts, -1, Map.of());
        }
        Stage second = new Stage(in);
        second.hold(counts, in.tiers);
        for (int i = 0; i < second.pairs.size(); i++) {
            Stage.Pair v = second.pairs.get(i);
            v.x.weight(in.travelCost(v.c, v.p) / Instance.COST_SCALE);
        }
        // ojAlgo 56 may stop its branch and bound on travel above a known plan while reporting
        // OPTIMAL, so the allocator's travel is given as a cut-off: the search must beat it or
        // prove that nothing does.
        Expression cutoff = second.model.addExpression("cutoff").upper(incumbentTravel / Instance.COST_SCALE + 1e-6);
        for (Stage.Pair v : second.pairs) {
            cutoff.set(v.x, in.travelCost(v.c, v.p) / Instance.COST_SCALE);
        }
        Optimisation.Result travel = second.model.minimise();
        if (travel.getState() == Optimisation.State.INFEASIBLE) {
            throw new Unproven("INFEASIBLE below a feasible plan's travel");
        }
        require(travel);
        long cost = 0;
        Map<PracticeId, CoachId> plan = new HashMap<>();
        for (Stage.Pair v : second.pairs) {
            if (v.x.getValue().doubleValue() > 0.5) {
                cost += in.travelCost(v.c, v.p);
                plan.put(in.practices.get(v.p).id(), in.coaches.get(v.c).id());
            }
        }
        return new ExactAllocation(counts, cost, plan);
    }

    /** A plan's served practices per priority class, highest class first: what the first stage maximises. */
    static int[] coverage(Instance in, Allocation plan) {
        int[] counts = new int[in.tiers];
        for (Assignment a : plan.assignments()) {
            counts[in.tier[in.practiceIndex.get(a.practice())]]++;
        }
        return counts;
    }

    /** A plan's travel, in the instance's scaled round-trip minutes a month: what the second stage minimises. */
    static long travel(Instance in, Allocation plan) {
        long travel = 0;
        for (Assignment a : plan.assignments()) {
            travel += in.travelCost(in.coachIndex.get(a.coach()), in.practiceIndex.get(a.practice()));
        }
        return travel;
    }

    private static void require(Optimisation.Result result) {
        if (!result.getState().isOptimal()) {
            throw new Unproven(result.getState().toString());
        }
    }

    /** The reference could not prove an optimum within {@link #TIME_LIMIT_MS}. */
    static final class Unproven extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unproven(String state) {
            super("the reference solver did not prove optimality: " + state);
        }
    }

    /** Per model: ojAlgo's branch and bound takes from milliseconds to a minute on these sizes. */
    static final long TIME_LIMIT_MS = 30_000;

    /** One model with the variables and hard constraints. */
    private static final class Stage {
        record Pair(int c, int p, Variable x) {
        }

        final ExpressionsBasedModel model = new ExpressionsBasedModel();
        final List<Pair> pairs = new ArrayList<>();
        private final Instance in;

        /** Holds each class before {@code upTo} at least at its count. */
        void hold(int[] counts, int upTo) {
            for (int t = 0; t < upTo; t++) {
                if (counts[t] == 0) {
                    continue;
                }
                Expression hold = model.addExpression("tier" + t).lower(counts[t]);
                for (Pair v : pairs) {
                    if (in.tier[v.p] == t) {
                        hold.set(v.x, 1);
                    }
                }
            }
        }

        Stage(Instance in) {
            this.in = in;
            model.options.time_abort = TIME_LIMIT_MS;
            for (int p = 0; p < in.np; p++) {
                for (int c = 0; c < in.nc; c++) {
                    if (in.eligible(c, p)) {
                        Variable x = model.addVariable("x_" + c + "_" + p).integer(true).lower(0).upper(1);
                        if (in.pinned[p] == c) {
                            x.lower(1);
                        }
                        pairs.add(new Pair(c, p, x));
                    }
                }
            }
            // Only constraints with variables: ojAlgo may report an empty constraint as infeasible.
            for (int p = 0; p < in.np; p++) {
                final int practice = p;
                List<Pair> on = pairs.stream().filter(v -> v.p == practice).toList();
                if (on.size() > 1) {
                    Expression one = model.addExpression("practice" + p).upper(1);
                    on.forEach(v -> one.set(v.x, 1));
                }
            }
            for (int c = 0; c < in.nc; c++) {
                final int coach = c;
                List<Pair> on = pairs.stream().filter(v -> v.c == coach).toList();
                // ojAlgo 56 may report a model infeasible when it holds constraints that can never
                // bind, so only binding ones are added.
                double total = on.stream().mapToDouble(v -> in.load(coach, v.p)).sum();
                if (total > in.capacity[c]) {
                    Expression hours = model.addExpression("hours" + c).upper(in.capacity[c]);
                    on.forEach(v -> hours.set(v.x, in.load(coach, v.p)));
                }
                if (on.size() > in.cap[c]) {
                    Expression caseload = model.addExpression("caseload" + c).upper(in.cap[c]);
                    on.forEach(v -> caseload.set(v.x, 1));
                }
            }
        }
    }
}
