package org.ccmcoach.allocation;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.allocation.internal.exact.IntegerModel;
import org.ccmcoach.allocation.internal.heuristic.Heuristic;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ojalgo.optimisation.Optimisation;

/**
 * The allocator that proves its plan optimal, by integer programming (ojAlgo), for small programs
 * and for checking {@link HeuristicAllocator}; it pursues the first two of {@link Allocator}'s aims,
 * coverage by priority and then travel, and among plans equal on both does not choose by continuity
 * or utilization.
 *
 * <p>It starts from the heuristic's plan and tries to prove it optimal or beat it:
 * <ol>
 *   <li><b>Coverage, class by class</b>: for each priority class the heuristic does not serve whole,
 *       an integer program over the practices of that class and the classes above it (those held at
 *       their proven counts) maximises the class's count. Its linear relaxation alone often proves
 *       the heuristic's count the most possible; otherwise branch and bound decides.</li>
 *   <li><b>Travel</b>: with every class held at its count, an integer program minimises travel,
 *       capped at the best known plan's. Its linear relaxation is a proven lower bound on the travel
 *       of every plan with that coverage, reported when branch and bound does not finish.</li>
 * </ol>
 * The plan returned is never worse than the heuristic start's and is checked by {@link AllocationChecker}
 * before it is returned; the {@link ExactSolution} says what was proven. The proofs are ojAlgo's:
 * an optimum or an infeasibility its branch and bound reports is taken as proven.
 *
 * <p>When to use it: on the project's 101 stored random programs of 2 to 8 coaches and 8 to 40
 * practices it proves coverage on 100 and travel on 98 within 10 seconds each; on its 12 programs of
 * 10 to 15 coaches and 100 to 155 practices, and on the examples' regional program within two
 * minutes, it proves neither, and the solution then reports the proven bound on travel, which is
 * still a measure of how good the heuristic's plan is ({@code HeuristicAgainstExactTest}). The time
 * limit bounds the whole call, give or take a solver step and the building of one model: the
 * heuristic start stops at a third of it (ccm's choice) with the plan it has, coverage may take
 * half of it (or half of what the start left), and the relaxations and branch and bound get
 * ojAlgo's own limits from what is left; a program whose limit ends before the travel relaxation
 * is solved says so in its solution, with no bound on travel.
 *
 * <p>ojAlgo is an optional dependency of ccm-allocation: add {@code org.ojalgo:ojalgo} to use this
 * class (and, on the module path, {@code --add-modules ojalgo}). Without it the constructor says so.
 *
 * <pre>{@code
 * ExactSolution exact = new ExactAllocator(Duration.ofSeconds(30)).solve(problem);
 * exact.proven();          // true when coverage and travel are proven optimal
 * exact.travelGap();       // how far travel may be above the least possible
 * }</pre>
 */
public final class ExactAllocator implements Allocator {

    /** The time limit of {@link #ExactAllocator()}: a choice, long enough for ojAlgo on small programs. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    /** The heuristic start may take up to this fraction of the limit, as 1/n: ccm's choice, see {@link #solve}. */
    private static final int HEURISTIC_SHARE = 3;

    private final Duration timeLimit;

    /** An exact allocator with the {@link #DEFAULT_TIME_LIMIT}. */
    public ExactAllocator() {
        this(DEFAULT_TIME_LIMIT);
    }

    /**
     * An exact allocator with a time limit for each call.
     *
     * @param timeLimit  positive, not null
     * @throws IllegalArgumentException if the limit is not positive
     * @throws IllegalStateException if ojAlgo is not on the class or module path
     */
    public ExactAllocator(Duration timeLimit) {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit: must be more than 0 (was " + timeLimit + ")");
        }
        requireOjAlgo();
        this.timeLimit = timeLimit;
    }

    /**
     * The time limit of each call.
     *
     * @return the limit
     */
    public Duration timeLimit() {
        return timeLimit;
    }

    /**
     * The proven optimal plan. A plan the time limit left unproven is not handed out as if it were
     * exact: {@link #solve} gives it with what was proven and the bound on its travel.
     *
     * @throws IllegalStateException if coverage or travel is not proven within the time limit, with
     *     what was found
     */
    @Override
    public Allocation allocate(AllocationProblem problem) {
        ExactSolution solution = solve(problem);
        if (!solution.proven()) {
            throw new IllegalStateException(solution + "; solve(problem) gives the best plan found and its bound,"
                    + " or a longer time limit may prove it");
        }
        return solution.allocation();
    }

    /**
     * Finds an optimal plan, or the best within the time limit, and says what was proven.
     *
     * @param problem  the problem, not null
     * @return the plan with its proof
     */
    public ExactSolution solve(AllocationProblem problem) {
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        Instance in = problem.instance();
        Calls calls = new Calls();
        // The start counts against the limit: the heuristic stops where it stands at a third of it
        // (ccm's choice, leaving the rest to the programs), which on small programs it never reaches.
        int[] incumbent = Heuristic.plan(in, start + timeLimit.toNanos() / HEURISTIC_SHARE);
        int[] sizes = new int[in.tiers];
        for (int p = 0; p < in.np; p++) {
            if (in.first[p] < in.first[p + 1]) {
                sizes[in.tier[p]]++;
            }
        }
        // Coverage, class by class, each held at its proven count while the next is maximised.
        int[] best = coverage(in, incumbent);
        boolean[] whole = new boolean[in.tiers];
        boolean incumbentOptimal = true;
        boolean coverageProven = true;
        // Coverage may take half the time, or half of what the start left, so that travel is always judged.
        long afterStart = System.nanoTime();
        long coverageDeadline = Math.max(start + timeLimit.toNanos() / 2, afterStart + (deadline - afterStart) / 2);
        for (int t = 0; t < in.tiers && coverageProven; t++) {
            if (best[t] < sizes[t]) {
                int tier = t;
                int held = incumbentOptimal ? best[t] : 0;
                int[] counts = best.clone();
                boolean[] wholeAbove = whole.clone();
                int most = mostOf(calls, atLeast -> {
                    IntegerModel model = new IntegerModel(in, tier, wholeAbove, remaining(coverageDeadline));
                    for (int k = 0; k < tier; k++) {
                        if (!wholeAbove[k]) {
                            model.hold(k, counts[k]);
                        }
                    }
                    model.hold(tier, atLeast);
                    model.countTier(tier);
                    return model;
                }, held, coverageDeadline);
                if (most < 0 && !incumbentOptimal) {
                    // A plan with more coverage exists but was not found whole in time: nothing is claimed.
                    return solution(in, incumbent, false, false, OptionalDouble.empty(), start);
                }
                if (most < 0) {
                    // Not proven in time: travel is still judged among plans with the heuristic's coverage.
                    coverageProven = false;
                    best = coverage(in, incumbent);
                    for (int k = 0; k < in.tiers; k++) {
                        whole[k] = best[k] == sizes[k];
                    }
                    break;
                }
                if (most > best[t]) {
                    // The heuristic's coverage is not optimal: the classes below are found from scratch.
                    incumbentOptimal = false;
                    best[t] = most;
                    Arrays.fill(best, t + 1, in.tiers, 0);
                }
            }
            whole[t] = best[t] == sizes[t];
        }
        int[] target = best;
        // Travel, every class held at its count, capped at the heuristic's when its coverage is optimal.
        double known = incumbentOptimal ? travel(in, incumbent) / Instance.COST_SCALE : Double.POSITIVE_INFINITY;
        Supplier<IntegerModel> travelModel = () -> {
            IntegerModel model = new IntegerModel(in, in.tiers - 1, whole, remaining(deadline));
            for (int t = 0; t < in.tiers; t++) {
                if (!whole[t]) {
                    model.hold(t, target[t]);
                }
            }
            model.travel();
            if (Double.isFinite(known)) {
                model.travelAtMost(known + 1e-6);
            }
            return model;
        };
        double bound = calls.within(deadline, () -> {
            IntegerModel relaxation = travelModel.get();
            relaxation.model.relax();
            return relaxation.model.minimise();
        }).filter(relaxed -> relaxed.getState().isOptimal()).map(relaxed -> Math.max(0, relaxed.getValue())).orElse(0.0);
        if (incumbentOptimal && bound >= known - 1e-6) {
            return solution(in, incumbent, coverageProven, true, OptionalDouble.of(hours(known)), start);
        }
        int[] found = null;
        boolean optimal = false;
        Optional<Solved> solved = calls.within(deadline, () -> {
            IntegerModel exact = travelModel.get();
            Optimisation.Result result = exact.model.minimise();
            return result.getState().isFeasible() ? new Solved(exact.plan(result), result.getState().isOptimal()) : null;
        });
        if (solved.isPresent()) {
            int[] plan = solved.get().plan();
            if (Arrays.equals(coverage(in, plan), best) && keepsRules(problem, in, plan)) {
                found = plan;
                optimal = solved.get().optimal();
            }
        }
        if (found == null && !incumbentOptimal) {
            // A plan with more coverage exists but none was found in time: nothing is claimed.
            return solution(in, incumbent, false, false, OptionalDouble.empty(), start);
        }
        int[] plan = found != null && (!incumbentOptimal || travel(in, found) <= travel(in, incumbent)) ? found : incumbent;
        double travel = travel(in, plan) / Instance.COST_SCALE;
        double proven = optimal ? travel : Math.min(bound, travel);
        return solution(in, plan, coverageProven, optimal, OptionalDouble.of(hours(proven)), start);
    }

    /**
     * The most practices of a model's class that can be served, at least {@code held}, or -1 if not
     * proven in time. The relaxation comes first: its optimum, rounded down, bounds the count, so
     * when that is {@code held} the count is proven without branching. Otherwise branch and bound
     * looks for a plan that serves one more: every node whose relaxation cannot reach that is cut,
     * and when none is left, {@code held} is proven the most. ojAlgo relaxes a model in place, so
     * each program is built anew.
     */
    private static int mostOf(Calls calls, IntFunction<IntegerModel> build, int held, long deadline) {
        Optional<Optimisation.Result> relaxed = calls.within(deadline, () -> {
            IntegerModel relaxation = build.apply(held);
            relaxation.model.relax();
            return relaxation.model.maximise();
        });
        if (relaxed.isPresent() && relaxed.get().getState().isOptimal() && Math.floor(relaxed.get().getValue() + 1e-6) <= held) {
            return held;
        }
        Optional<Optimisation.Result> solved = calls.within(deadline, () -> build.apply(held + 1).model.maximise());
        if (solved.isEmpty()) {
            return -1;
        }
        Optimisation.Result result = solved.get();
        if (result.getState() == Optimisation.State.INFEASIBLE) {
            return held;
        }
        return result.getState().isOptimal() ? (int) Math.floor(result.getValue() + 1e-6) : -1;
    }

    /** A travel program's plan and whether ojAlgo proved it optimal. */
    private record Solved(int[] plan, boolean optimal) {
    }

    /**
     * Builds and solves programs on a worker thread, one at a time, each waited for until a deadline.
     * ojAlgo's own limits, passed to every model, are not checked while it presolves a model or sets
     * up its simplex tableau (in BigDecimal), which on 60 coaches and 600 practices overran a 5 s
     * limit by seconds (issue 33). A call still running at its deadline is interrupted (ojAlgo checks
     * that at every iteration, {@link IntegerModel} while it builds) and left to end on its own; the
     * next call first waits, within its own deadline, for it to end, so that abandoned calls never
     * pile up, and at most one runs on after {@link #solve} returns.
     */
    private static final class Calls {

        private Thread abandoned;

        <T> Optional<T> within(long deadline, Callable<T> work) {
            try {
                if (abandoned != null) {
                    long wait = deadline - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.timedJoin(abandoned, wait);
                    }
                    if (abandoned.isAlive()) {
                        return Optional.empty();
                    }
                    abandoned = null;
                }
                long wait = deadline - System.nanoTime();
                if (wait <= 0) {
                    return Optional.empty();
                }
                FutureTask<T> task = new FutureTask<>(work);
                Thread worker = new Thread(task, "ccm-exact-allocator");
                worker.setDaemon(true);
                worker.start();
                try {
                    return Optional.ofNullable(task.get(wait, TimeUnit.NANOSECONDS));
                } catch (TimeoutException e) {
                    task.cancel(true);
                    abandoned = worker;
                    return Optional.empty();
                } catch (InterruptedException e) {
                    task.cancel(true);
                    abandoned = worker;
                    throw e;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancellationException) {
                    return Optional.empty();
                }
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static long remaining(long deadline) {
        return Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
    }

    private static double hours(double minutes) {
        return minutes / 60;
    }

    private static int[] coverage(Instance in, int[] assign) {
        int[] counts = new int[in.tiers];
        for (int p = 0; p < in.np; p++) {
            if (assign[p] >= 0) {
                counts[in.tier[p]]++;
            }
        }
        return counts;
    }

    private static long travel(Instance in, int[] assign) {
        long travel = 0;
        for (int p = 0; p < in.np; p++) {
            if (assign[p] >= 0) {
                travel += in.pairCost[in.pair(assign[p], p)];
            }
        }
        return travel;
    }

    private static boolean keepsRules(AllocationProblem problem, Instance in, int[] assign) {
        Map<PracticeId, CoachId> plan = new HashMap<>();
        for (int p = 0; p < in.np; p++) {
            if (assign[p] >= 0) {
                plan.put(in.practices.get(p).id(), in.coaches.get(assign[p]).id());
            }
        }
        return AllocationChecker.check(problem, plan).isEmpty();
    }

    private ExactSolution solution(Instance in, int[] plan, boolean coverage, boolean travel,
            OptionalDouble bound, long start) {
        Allocation allocation = new Explainer(in, plan).explain();
        return new ExactSolution(allocation, coverage, travel, bound, Duration.ofNanos(System.nanoTime() - start), timeLimit);
    }

    private static void requireOjAlgo() {
        try {
            Class.forName("org.ojalgo.optimisation.ExpressionsBasedModel", false, ExactAllocator.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("ExactAllocator needs ojAlgo (org.ojalgo:ojalgo 56), an optional dependency of"
                    + " ccm-allocation: add it to your build (on the module path, also --add-modules ojalgo)", e);
        }
    }
}
