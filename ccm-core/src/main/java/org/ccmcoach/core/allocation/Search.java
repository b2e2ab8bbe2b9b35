package org.ccmcoach.core.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The allocator's search over one instance.
 *
 * <ol>
 *   <li>Construction: pins, then practices class by class (within a priority class the lightest
 *       first), each on its best coach with room, else through the shortest chain of moves that
 *       makes room (breadth-first, bounded), else in the place of lower-priority practices at the
 *       end of such a chain.</li>
 *   <li>Settling, repeated until nothing changes: insert what now fits; take each served practice
 *       out in turn and re-seat the unserved, kept when coverage by priority improves (the knapsack
 *       exchanges single insertions miss); local search on travel, continuity and utilization
 *       (move one practice, swap two, exchange a served practice for an unserved one of the same
 *       priority).</li>
 *   <li>Ruin and recreate with a fixed seed, keeping the best plan by coverage then travel; then
 *       settling again.</li>
 * </ol>
 *
 * <p>Ties and random choices run over id-sorted practices and coaches, so the result depends only
 * on the problem, not on its order.
 */
final class Search {

    private static final int MAX_CHAIN_NODES = 2_000;
    private static final int RECREATE_CHAIN_NODES = 30;
    private static final long SEED = 0x5EED_CC3L;
    private static final int RUIN_ITERATIONS_PER_PRACTICE = 20;
    private static final int MAX_RUIN_ITERATIONS = 4_000;
    private static final int NONE = 0;
    private static final int PLACED = 1;
    private static final int DROPPED = 2;
    private static final int MAX_ROUNDS = 1_000;
    private static final int MAX_MOVES = 1_000_000;
    private static final double UTIL_EPS = 1e-12;

    private final Instance in;
    final int[] assign;
    private final double[] used;
    private final int[] count;
    /** Each coach's practices, highest priority first. */
    private final List<List<Integer>> on;
    /** Nodes a chain search may expand: wide while building, narrow while recreating. */
    private int chainBudget = MAX_CHAIN_NODES;
    /** Chain searches so far; {@link #seen} marks (coach, practice) nodes with the current one. */
    private int searches;
    private final int[] seen;
    /** Coach indexes in id order, so that random choices do not depend on the input order. */
    private final int[] coachesById;
    /** For each coach, the coaches that may serve a practice it may serve, in id order. */
    private final int[][] neighbours;
    /** Each practice's eligible coaches, nearest first, then its current coach, then by id. */
    private final int[][] eligibleCoaches;
    /** The practices the last dropping chain took off their coach. */
    private List<Integer> dropped = List.of();
    /** While recreating: seat practices where they leave the least room, to pack coach time tightly. */
    private boolean bestFit;
    private int moves;

    Search(Instance in) {
        this.in = in;
        assign = new int[in.np];
        Arrays.fill(assign, -1);
        used = new double[in.nc];
        count = new int[in.nc];
        on = new ArrayList<>();
        for (int c = 0; c < in.nc; c++) {
            on.add(new ArrayList<>());
        }
        seen = new int[in.nc * in.np];
        coachesById = java.util.stream.IntStream.range(0, in.nc).boxed()
                .sorted(Comparator.comparing(c -> in.coaches.get(c).id().value())).mapToInt(Integer::intValue).toArray();
        eligibleCoaches = new int[in.np][];
        for (int p = 0; p < in.np; p++) {
            final int practice = p;
            List<Integer> list = new ArrayList<>();
            for (int c = 0; c < in.nc; c++) {
                if (in.eligible[c][p]) {
                    list.add(c);
                }
            }
            list.sort(Comparator.<Integer>comparingLong(c -> in.travelCost[c][practice])
                    .thenComparing(c -> c != in.current[practice])
                    .thenComparing(c -> in.coaches.get(c).id().value()));
            eligibleCoaches[p] = list.stream().mapToInt(Integer::intValue).toArray();
        }
        boolean[][] shared = new boolean[in.nc][in.nc];
        for (int p = 0; p < in.np; p++) {
            for (int a : eligibleCoaches[p]) {
                for (int b : eligibleCoaches[p]) {
                    shared[a][b] = a != b;
                }
            }
        }
        neighbours = new int[in.nc][];
        for (int c = 0; c < in.nc; c++) {
            final int coach = c;
            neighbours[c] = IntStream.of(coachesById).filter(d -> shared[coach][d]).toArray();
        }
    }

    Search run() {
        for (int p : in.order) {
            if (in.pinned[p] >= 0) {
                place(p, in.pinned[p]);
            }
        }
        for (int t = 0; t < in.tiers; t++) {
            List<Integer> tier = new ArrayList<>();
            for (int p : in.order) {
                if (in.tier[p] == t && assign[p] < 0 && eligibleCoaches[p].length > 0) {
                    tier.add(p);
                }
            }
            tier.sort(Comparator.<Integer>comparingDouble(this::lightestLoad).thenComparingInt(p -> in.rank[p]));
            for (int p : tier) {
                insert(p);
            }
        }
        settle();
        ruinAndRecreate();
        settle();
        return this;
    }

    /** Repeats the coverage steps and local search until none finds anything. */
    private void settle() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean covered = cover();
            boolean exchanged = reshuffle();
            boolean improved = improve();
            if (!covered && !exchanged && !improved) {
                break;
            }
        }
    }

    /**
     * Ruin and recreate (Schrimpf et al. 2000) on coverage: empties a random coach and up to two
     * of its neighbours (coaches that may serve a practice it may serve),
     * re-seats their practices and the unserved practices they may serve in priority order (random
     * order within a class; half the time on the coach they fill most tightly, half the time on the
     * nearest), and keeps the result unless coverage by priority falls (or, once coverage cannot
     * grow, unless travel grows). The best plan by coverage, then travel, is kept. A fixed seed
     * keeps it deterministic.
     */
    private void ruinAndRecreate() {
        if (in.nc == 0) {
            return;
        }
        SplittableRandom random = new SplittableRandom(SEED);
        int[] best = coverage();
        long bestTravel = travel();
        int[] bestAssign = assign.clone();
        int iterations = Math.min(MAX_RUIN_ITERATIONS, RUIN_ITERATIONS_PER_PRACTICE * in.np);
        for (int it = 0; it < iterations; it++) {
            boolean[] ruined = new boolean[in.nc];
            int size = 1 + random.nextInt(Math.min(3, in.nc));
            int first = coachesById[random.nextInt(in.nc)];
            ruined[first] = true;
            for (int k = 1; k < size && neighbours[first].length > 0; k++) {
                ruined[neighbours[first][random.nextInt(neighbours[first].length)]] = true;
            }
            boolean unserved = hasUnserved();
            bestFit = unserved && random.nextBoolean();
            chainBudget = RECREATE_CHAIN_NODES;
            int[] before = assign.clone();
            int[] coverage = coverage();
            long travel = travel();
            List<Integer> again = new ArrayList<>();
            for (int p : in.order) {
                boolean near = false;
                for (int c : eligibleCoaches[p]) {
                    near |= ruined[c];
                }
                if (assign[p] >= 0 && ruined[assign[p]] && in.pinned[p] < 0) {
                    remove(p);
                    again.add(p);
                } else if (assign[p] < 0 && near) {
                    again.add(p);
                }
            }
            for (int i = again.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = again.get(i);
                again.set(i, again.get(j));
                again.set(j, swap);
            }
            again.sort(Comparator.comparingInt(p -> in.tier[p]));
            for (int p : again) {
                if (assign[p] < 0) {
                    insert(p);
                }
            }
            bestFit = false;
            chainBudget = MAX_CHAIN_NODES;
            int[] now = coverage();
            int cmp = Arrays.compare(now, coverage);
            long nowTravel = travel();
            // Keep a plan that serves more; one that serves as many is kept while coverage may still
            // grow (a walk over equal plans), otherwise only if it travels no more.
            if (cmp < 0 || cmp == 0 && !unserved && nowTravel > travel) {
                restore(before);
                continue;
            }
            int vsBest = Arrays.compare(now, best);
            if (vsBest > 0 || vsBest == 0 && nowTravel < bestTravel) {
                best = now;
                bestTravel = nowTravel;
                bestAssign = assign.clone();
            }
        }
        restore(bestAssign);
    }

    private double lightestLoad(int p) {
        double least = Double.POSITIVE_INFINITY;
        for (int c : eligibleCoaches[p]) {
            least = Math.min(least, in.load[c][p]);
        }
        return least;
    }

    boolean fits(int p, int c) {
        return in.eligible[c][p] && count[c] < in.cap[c] && used[c] + in.load[c][p] <= in.capacity[c] + Instance.EPS;
    }

    private void place(int p, int c) {
        assign[p] = c;
        used[c] += in.load[c][p];
        count[c]++;
        List<Integer> list = on.get(c);
        int at = 0;
        while (at < list.size() && in.rank[list.get(at)] < in.rank[p]) {
            at++;
        }
        list.add(at, p);
    }

    private void remove(int p) {
        int c = assign[p];
        used[c] -= in.load[c][p];
        count[c]--;
        assign[p] = -1;
        on.get(c).remove(Integer.valueOf(p));
    }

    /**
     * Places an unserved practice on its best coach with room; else moves practices along the
     * shortest chain of coaches to make room; else also lets it take the place of a practice of
     * strictly lower priority at the end of such a chain, which is then re-seated if possible.
     * True if placed.
     */
    private boolean insert(int p) {
        int best = -1;
        for (int c : eligibleCoaches[p]) {
            if (fits(p, c) && (best < 0 || (bestFit ? tighter(p, c, best) : betterHome(p, c, best)))) {
                best = c;
            }
        }
        if (best >= 0) {
            place(p, best);
            return true;
        }
        if (chain(p, false)) {
            return true;
        }
        if (search(p, true) == DROPPED) {
            List<Integer> out = dropped;
            out.forEach(this::insert);
        }
        return assign[p] >= 0;
    }

    /** A step of a chain: practice {@code incoming} goes to coach {@code coach}; {@code out} leaves it (or -1). */
    private record Step(int coach, int incoming, int out, Step parent) {
        boolean passes(int c) {
            for (Step s = this; s != null; s = s.parent) {
                if (s.coach == c) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether coach a leaves less room than coach b once p is on it (best fit, for packing). */
    private boolean tighter(int p, int a, int b) {
        double ra = in.capacity[a] - used[a] - in.load[a][p];
        double rb = in.capacity[b] - used[b] - in.load[b][p];
        return ra < rb - Instance.EPS || Math.abs(ra - rb) <= Instance.EPS && betterHome(p, a, b);
    }

    /** Whether coach a is a better home for p than coach b: less travel, then continuity, then lower utilization. */
    private boolean betterHome(int p, int a, int b) {
        long ta = in.travelCost[a][p];
        long tb = in.travelCost[b][p];
        if (ta != tb) {
            return ta < tb;
        }
        boolean ka = in.current[p] == a;
        boolean kb = in.current[p] == b;
        if (ka != kb) {
            return ka;
        }
        double ua = (used[a] + in.load[a][p]) / in.capacity[a];
        double ub = (used[b] + in.load[b][p]) / in.capacity[b];
        return ua < ub - UTIL_EPS;
    }

    private boolean chain(int x, boolean drop) {
        return search(x, drop) == PLACED;
    }

    /**
     * Breadth-first search for the shortest chain x → c1, q1 → c2, …, ending at a coach with room
     * (or, when {@code drop}, at a coach where dropping one practice of lower priority than x makes
     * room), which it applies. Returns {@link #NONE} if there is none, {@link #PLACED} if applied
     * without a drop, {@link #DROPPED} if applied by dropping the practices now in {@link #dropped}.
     */
    private int search(int x, boolean drop) {
        java.util.ArrayDeque<Step> queue = new java.util.ArrayDeque<>();
        int stamp = ++searches;
        for (int c : eligibleCoaches[x]) {
            queue.add(new Step(c, x, -1, null));
            seen[c * in.np + x] = stamp;
        }
        int expanded = 0;
        while (!queue.isEmpty() && expanded++ < chainBudget) {
            Step step = queue.poll();
            int c = step.coach;
            int y = step.incoming;
            if (count[c] < in.cap[c] && used[c] + in.load[c][y] <= in.capacity[c] + Instance.EPS) {
                apply(step);
                return PLACED;
            }
            for (int q : practicesOn(c)) {
                if (in.pinned[q] >= 0 || used[c] - in.load[c][q] + in.load[c][y] > in.capacity[c] + Instance.EPS) {
                    continue;
                }
                for (int c2 : eligibleCoaches[q]) {
                    if (seen[c2 * in.np + q] != stamp && !step.passes(c2)) {
                        seen[c2 * in.np + q] = stamp;
                        queue.add(new Step(c2, q, -1, new Step(c, y, q, step.parent)));
                    }
                }
            }
            if (drop) {
                List<Integer> victims = victims(c, y, in.tier[x]);
                if (!victims.isEmpty()) {
                    victims.forEach(this::remove);
                    apply(step);
                    dropped = victims;
                    return DROPPED;
                }
            }
        }
        return NONE;
    }

    /**
     * The fewest practices of priority class below {@code tier} to take off coach c, lowest priority
     * first, so that practice y fits on it; empty if even all of them would not make room.
     */
    private List<Integer> victims(int c, int y, int tier) {
        List<Integer> held = practicesOn(c);
        List<Integer> victims = new ArrayList<>();
        double hours = used[c] + in.load[c][y];
        int n = count[c] + 1;
        for (int i = held.size() - 1; i >= 0 && (n > in.cap[c] || hours > in.capacity[c] + Instance.EPS); i--) {
            int q = held.get(i);
            if (in.pinned[q] < 0 && in.tier[q] > tier) {
                victims.add(q);
                hours -= in.load[c][q];
                n--;
            }
        }
        return n <= in.cap[c] && hours <= in.capacity[c] + Instance.EPS ? victims : List.of();
    }

    /** Applies a chain from its first step: each coach gives up its outgoing practice and takes its incoming one. */
    private void apply(Step last) {
        List<Step> steps = new ArrayList<>();
        for (Step s = last; s != null; s = s.parent) {
            steps.add(s);
        }
        for (Step s : steps) {
            if (s.out >= 0) {
                remove(s.out);
            }
        }
        for (Step s : steps) {
            place(s.incoming, s.coach);
        }
    }

    /** The practices on coach c, highest priority first; a live list, not to be changed by callers. */
    private List<Integer> practicesOn(int c) {
        return on.get(c);
    }

    /** Inserts every unserved practice that now fits, in priority order; true if any. */
    private boolean cover() {
        boolean any = false;
        for (int p : in.order) {
            if (assign[p] < 0 && eligibleCoaches[p].length > 0 && insert(p)) {
                any = true;
            }
        }
        return any;
    }

    /**
     * Takes each served practice out in turn and re-seats the unserved practices its coach may serve
     * in priority order, the one taken out last; keeps the result when coverage by priority improves, else undoes it.
     * This finds the knapsack exchanges single insertions cannot: one heavy practice out, two light
     * ones in, or a lighter practice of the same class in to make room for a lower class. True if
     * anything changed.
     */
    private boolean reshuffle() {
        boolean any = false;
        for (int s : in.order) {
            if (assign[s] < 0 || in.pinned[s] >= 0 || !hasUnserved()) {
                continue;
            }
            int[] before = assign.clone();
            int[] coverage = coverage();
            chainBudget = RECREATE_CHAIN_NODES;
            int freed = assign[s];
            remove(s);
            for (int u : in.order) {
                if (u != s && assign[u] < 0 && in.eligible[freed][u]) {
                    insert(u);
                }
            }
            insert(s);
            chainBudget = MAX_CHAIN_NODES;
            if (Arrays.compare(coverage(), coverage) > 0) {
                any = true;
            } else {
                restore(before);
            }
        }
        return any;
    }

    /** Travel cost of the plan, in the instance's scaled round-trip minutes a month. */
    long travel() {
        long total = 0;
        for (int p = 0; p < in.np; p++) {
            if (assign[p] >= 0) {
                total += in.travelCost[assign[p]][p];
            }
        }
        return total;
    }

    private boolean hasUnserved() {
        for (int p = 0; p < in.np; p++) {
            if (assign[p] < 0 && eligibleCoaches[p].length > 0) {
                return true;
            }
        }
        return false;
    }

    /** Served practices per priority class, highest class first; compared lexicographically. */
    int[] coverage() {
        int[] counts = new int[in.tiers];
        for (int p = 0; p < in.np; p++) {
            if (assign[p] >= 0) {
                counts[in.tier[p]]++;
            }
        }
        return counts;
    }

    /** Returns to an earlier plan, touching only the practices whose coach differs. */
    private void restore(int[] before) {
        for (int p : in.order) {
            if (assign[p] != before[p] && assign[p] >= 0) {
                remove(p);
            }
        }
        for (int p : in.order) {
            if (assign[p] != before[p]) {
                place(p, before[p]);
            }
        }
    }

    /** Local search on (travel, −continuity, Σ utilization²) with coverage held, in sweeps until none improves. */
    private boolean improve() {
        boolean any = false;
        while (moves < MAX_MOVES && (relocate() | swap() | exchange())) {
            any = true;
        }
        return any;
    }

    /** Moves practices to better coaches with room, in one sweep; true if any moved. */
    private boolean relocate() {
        boolean any = false;
        for (int p : in.order) {
            if (assign[p] < 0 || in.pinned[p] >= 0) {
                continue;
            }
            for (int d : eligibleCoaches[p]) {
                int c = assign[p];
                if (d != c && fits(p, d)) {
                    long dt = in.travelCost[d][p] - in.travelCost[c][p];
                    int dk = kept(p, d) - kept(p, c);
                    double du = sq(used[c] - in.load[c][p], c) - sq(used[c], c)
                            + sq(used[d] + in.load[d][p], d) - sq(used[d], d);
                    if (better(dt, dk, du)) {
                        remove(p);
                        place(p, d);
                        moves++;
                        any = true;
                    }
                }
            }
        }
        return any;
    }

    /** Exchanges the coaches of two practices when that is better, in one sweep; true if any. */
    private boolean swap() {
        boolean any = false;
        for (int i = 0; i < in.np; i++) {
            int p = in.order[i];
            if (assign[p] < 0 || in.pinned[p] >= 0) {
                continue;
            }
            for (int j = i + 1; j < in.np; j++) {
                int q = in.order[j];
                int c = assign[p];
                int d = assign[q];
                if (d < 0 || d == c || in.pinned[q] >= 0 || !in.eligible[d][p] || !in.eligible[c][q]) {
                    continue;
                }
                double usedC = used[c] - in.load[c][p] + in.load[c][q];
                double usedD = used[d] - in.load[d][q] + in.load[d][p];
                if (usedC > in.capacity[c] + Instance.EPS || usedD > in.capacity[d] + Instance.EPS) {
                    continue;
                }
                long dt = in.travelCost[d][p] + in.travelCost[c][q] - in.travelCost[c][p] - in.travelCost[d][q];
                int dk = kept(p, d) + kept(q, c) - kept(p, c) - kept(q, d);
                double du = sq(usedC, c) - sq(used[c], c) + sq(usedD, d) - sq(used[d], d);
                if (better(dt, dk, du)) {
                    remove(p);
                    remove(q);
                    place(p, d);
                    place(q, c);
                    moves++;
                    any = true;
                }
            }
        }
        return any;
    }

    /** Exchanges served practices for unserved ones of the same priority when that is better; true if any. */
    private boolean exchange() {
        boolean any = false;
        for (int u : in.order) {
            if (assign[u] >= 0 || eligibleCoaches[u].length == 0) {
                continue;
            }
            for (int c : eligibleCoaches[u]) {
                for (int s : List.copyOf(practicesOn(c))) {
                    if (assign[u] >= 0 || in.tier[s] != in.tier[u] || in.pinned[s] >= 0) {
                        continue;
                    }
                    double usedC = used[c] - in.load[c][s] + in.load[c][u];
                    if (usedC > in.capacity[c] + Instance.EPS) {
                        continue;
                    }
                    long dt = in.travelCost[c][u] - in.travelCost[c][s];
                    int dk = kept(u, c) - kept(s, c);
                    double du = sq(usedC, c) - sq(used[c], c);
                    if (better(dt, dk, du)) {
                        remove(s);
                        place(u, c);
                        moves++;
                        any = true;
                    }
                }
            }
        }
        return any;
    }

    private int kept(int p, int c) {
        return in.current[p] == c ? 1 : 0;
    }

    private double sq(double hours, int c) {
        double u = hours / in.capacity[c];
        return u * u;
    }

    private static boolean better(long dTravel, int dKept, double dUtil) {
        if (dTravel != 0) {
            return dTravel < 0;
        }
        if (dKept != 0) {
            return dKept > 0;
        }
        return dUtil < -UTIL_EPS;
    }
}
