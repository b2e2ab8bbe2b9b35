package org.ccmcoach.allocation.internal.exact;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.ccmcoach.allocation.internal.Instance;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * One ojAlgo integer program over an instance's eligible pairs, for {@link org.ccmcoach.allocation.ExactAllocator}: a binary
 * x per pair of a practice in the priority classes up to a given one or pinned; each practice at most one
 * coach (exactly one where {@code whole} says its class is served whole); each coach within hours
 * and caseload; pins fixed.
 *
 * <p>ojAlgo 56 may call a model infeasible when it holds constraints that can never bind or have no
 * variable, so only constraints that can bind are added.
 */
public final class IntegerModel {

    public final ExpressionsBasedModel model = new ExpressionsBasedModel();
    /** The pair index of each variable, in variable order. */
    public final int[] pairs;
    /** The practice of each variable, in variable order. */
    private final int[] practiceOf;
    private final List<Variable> x = new ArrayList<>();
    private final Instance in;

    /**
     * @param in  the instance
     * @param upToTier  the lowest priority class whose practices get variables
     * @param whole  for each class, whether every one of its servable practices must be served
     * @param millis  ojAlgo's time limit for this model
     * @throws CancellationException if the thread is interrupted while the model is built
     */
    public IntegerModel(Instance in, int upToTier, boolean[] whole, long millis) {
        this.in = in;
        model.options.time_abort = Math.max(1, millis);
        model.options.time_suffice = Math.max(1, millis);
        List<Integer> kept = new ArrayList<>();
        List<Integer> keptPractices = new ArrayList<>();
        for (int p = 0; p < in.np; p++) {
            if (Thread.currentThread().isInterrupted()) {
                // The exact allocator's deadline passed while this model was built on its worker thread.
                throw new CancellationException("the time limit ended while the model was built");
            }
            // A pinned practice takes its coach's time whatever its class, so it is always in the model.
            if (in.tier[p] > upToTier && in.pinned[p] < 0 || in.first[p] == in.first[p + 1]) {
                continue;
            }
            boolean exactlyOne = whole[in.tier[p]];
            Expression one = in.first[p + 1] - in.first[p] > 1 || exactlyOne
                    ? model.addExpression("practice" + p).upper(1) : null;
            if (one != null && exactlyOne) {
                one.lower(1);
            }
            for (int e = in.first[p]; e < in.first[p + 1]; e++) {
                Variable v = model.addVariable("x" + e).binary();
                if (in.pinned[p] == in.pairCoach[e]) {
                    v.lower(1);
                }
                if (one != null) {
                    one.set(v, 1);
                }
                x.add(v);
                kept.add(e);
                keptPractices.add(p);
            }
        }
        pairs = kept.stream().mapToInt(Integer::intValue).toArray();
        practiceOf = keptPractices.stream().mapToInt(Integer::intValue).toArray();
        double[] hours = new double[in.nc];
        int[] count = new int[in.nc];
        for (int e : pairs) {
            hours[in.pairCoach[e]] += in.pairLoad[e];
            count[in.pairCoach[e]]++;
        }
        Expression[] hoursOf = new Expression[in.nc];
        Expression[] caseloadOf = new Expression[in.nc];
        for (int c = 0; c < in.nc; c++) {
            if (hours[c] > in.capacity[c]) {
                hoursOf[c] = model.addExpression("hours" + c).upper(in.capacity[c]);
            }
            if (count[c] > in.cap[c]) {
                caseloadOf[c] = model.addExpression("caseload" + c).upper(in.cap[c]);
            }
        }
        for (int i = 0; i < pairs.length; i++) {
            int c = in.pairCoach[pairs[i]];
            if (hoursOf[c] != null) {
                hoursOf[c].set(x.get(i), in.pairLoad[pairs[i]]);
            }
            if (caseloadOf[c] != null) {
                caseloadOf[c].set(x.get(i), 1);
            }
        }
    }

    /** Requires at least {@code count} practices of class {@code tier} served. */
    public void hold(int tier, int count) {
        if (count == 0) {
            return;
        }
        Expression hold = model.addExpression("tier" + tier).lower(count);
        for (int i = 0; i < pairs.length; i++) {
            if (in.tier[practiceOf[i]] == tier) {
                hold.set(x.get(i), 1);
            }
        }
    }

    /**
     * Sets the objective: the count of class {@code tier}'s practices served, each variable nudged by
     * less than 1 in total so that ties break and the relaxation is not degenerate (ojAlgo 56 may
     * wrongly call a degenerate relaxation infeasible); the integer optimum's count is the floor of
     * the objective.
     */
    public void countTier(int tier) {
        double nudge = 0.5 / (pairs.length + 1);
        for (int i = 0; i < pairs.length; i++) {
            if (in.tier[practiceOf[i]] == tier) {
                x.get(i).weight(1 + nudge * (i + 1) / pairs.length);
            }
        }
    }

    /** Sets the objective to travel, in round-trip minutes a month. */
    public void travel() {
        for (int i = 0; i < pairs.length; i++) {
            x.get(i).weight(in.pairCost[pairs[i]] / Instance.COST_SCALE);
        }
    }

    /** Caps travel at {@code minutes}, so that the search must beat a known plan or prove that none does. */
    public void travelAtMost(double minutes) {
        Expression cutoff = model.addExpression("cutoff").upper(minutes);
        for (int i = 0; i < pairs.length; i++) {
            cutoff.set(x.get(i), in.pairCost[pairs[i]] / Instance.COST_SCALE);
        }
    }

    /** Each practice's coach index in a solution, -1 for a practice without one. */
    public int[] plan(Optimisation.Result result) {
        int[] assign = new int[in.np];
        java.util.Arrays.fill(assign, -1);
        for (int i = 0; i < pairs.length; i++) {
            if (result.doubleValue(i) > 0.5) {
                assign[practiceOf[i]] = in.pairCoach[pairs[i]];
            }
        }
        return assign;
    }
}
