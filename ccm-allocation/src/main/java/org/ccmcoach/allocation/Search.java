package org.ccmcoach.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

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
 *
 * <p>Every step works on the eligible pairs of the coaches and practices it touches, and the plan's
 * coverage, travel and unserved count are kept up to date as practices move, so that a step costs
 * time in proportion to its neighbourhood rather than to the whole program. Steps that may be
 * undone write each move to a journal and undo it in reverse.
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
    /** Each practice's coach, -1 when unserved. */
    final int[] assign;
    /** Each served practice's pair index in the instance, -1 when unserved. */
    private final int[] slot;
    private final double[] used;
    private final int[] count;
    /** Each coach's practices, highest priority first. */
    private final List<List<Integer>> on;
    /** Nodes a chain search may expand: wide while building, narrow while recreating. */
    private int chainBudget = MAX_CHAIN_NODES;
    /** The chain search's queue of steps: each step's pair, incoming practice and previous step (-1 for a first step). */
    private int[] stepPair = new int[256];
    private int[] stepIncoming = new int[256];
    private int[] stepParent = new int[256];
    private int tail;
    /** Chain searches so far; {@link #seen} marks (coach, practice) pairs with the current one. */
    private int searches;
    private final int[] seen;
    /** For each coach, the coaches that may serve a practice it may serve, in id order; built when first needed. */
    private int[][] neighbours;
    /** Served practices per priority class. */
    private final int[] served;
    /** Travel of the plan, in the instance's scaled round-trip minutes a month. */
    private long travel;
    /** Unserved practices that some coach may serve. */
    private int open;
    /** Moves since {@link #begin()}, as (practice, its pair before the move) pairs; recorded only while {@link #recording}. */
    private int[] journal = new int[64];
    private int journalSize;
    private boolean recording;
    /** Counts changes to the plan; {@link #changed} holds the count at each coach's last change. */
    private long clock;
    private final long[] changed;
    /** The clock at {@link #begin()}, and each coach's clock before it first changed since then, as (coach, clock) pairs. */
    private long begun;
    private long[] stamps = new long[32];
    private int stampSize;
    /** Whether {@link #touch(int)} notes the coaches read, in {@link #reads}, each once. */
    private boolean tracking;
    private int[] reads = new int[64];
    private int readCount;
    private int readMark;
    private final int[] readStamp;
    /**
     * The clock when each served practice was last taken out by {@link #reshuffle()} without
     * result, or -1, and the coaches that attempt read: while none of them changes, it would find
     * nothing again.
     */
    private final long[] reshuffleTried;
    private final int[][] reshuffleReads;
    /** The same for each unserved practice that {@link #cover()} could not insert. */
    private final long[] coverTried;
    private final int[][] coverReads;
    /** The clock when each practice was last tried by {@link #relocate()} without result, or -1. */
    private final long[] relocateTried;
    /** The clock when each practice was last tried by {@link #swap()} without result, or -1. */
    private final long[] swapTried;
    /** The clock when each unserved practice was last tried by {@link #exchange()} without result, or -1. */
    private final long[] exchangeTried;
    /** The practices the last dropping chain took off their coach. */
    private List<Integer> dropped = List.of();
    /** While recreating: seat practices where they leave the least room, to pack coach time tightly. */
    private boolean bestFit;
    private int moves;

    Search(Instance in) {
        this.in = in;
        assign = new int[in.np];
        Arrays.fill(assign, -1);
        slot = new int[in.np];
        Arrays.fill(slot, -1);
        used = new double[in.nc];
        count = new int[in.nc];
        on = new ArrayList<>();
        for (int c = 0; c < in.nc; c++) {
            on.add(new ArrayList<>());
        }
        seen = new int[in.pairCoach.length];
        changed = new long[in.nc];
        swapTried = new long[in.np];
        relocateTried = new long[in.np];
        Arrays.fill(relocateTried, -1);
        exchangeTried = new long[in.np];
        Arrays.fill(swapTried, -1);
        Arrays.fill(exchangeTried, -1);
        readStamp = new int[in.nc];
        reshuffleTried = new long[in.np];
        reshuffleReads = new int[in.np][];
        coverTried = new long[in.np];
        coverReads = new int[in.np][];
        Arrays.fill(reshuffleTried, -1);
        Arrays.fill(coverTried, -1);
        served = new int[in.tiers];
        for (int p = 0; p < in.np; p++) {
            if (eligibleCount(p) > 0) {
                open++;
            }
        }
    }

    /**
     * Whether no coach that may serve practice p has changed since the clock read {@code since}: a
     * step on p that depends only on those coaches and found nothing then would find nothing now.
     */
    private boolean unchangedAround(int p, long since) {
        if (since < 0) {
            return false;
        }
        for (int e = in.first[p]; e < in.first[p + 1]; e++) {
            if (changed[in.pairCoach[e]] > since) {
                return false;
            }
        }
        return true;
    }

    /** How many coaches may serve practice p. */
    private int eligibleCount(int p) {
        return in.first[p + 1] - in.first[p];
    }

    /** The coaches that share a practice with coach c, in id order. */
    private int[] neighbours(int c) {
        if (neighbours == null) {
            neighbours = new int[in.nc][];
        }
        if (neighbours[c] == null) {
            BitSet shared = new BitSet(in.nc);
            for (int i = in.coachFirst[c]; i < in.coachFirst[c + 1]; i++) {
                int p = in.coachPractices[i];
                for (int e = in.first[p]; e < in.first[p + 1]; e++) {
                    shared.set(in.pairCoach[e]);
                }
            }
            shared.clear(c);
            int[] list = new int[shared.cardinality()];
            int n = 0;
            for (int d : in.coachesById) {
                if (shared.get(d)) {
                    list[n++] = d;
                }
            }
            neighbours[c] = list;
        }
        return neighbours[c];
    }

    Search run() {
        for (int p : in.order) {
            if (in.pinned[p] >= 0) {
                place(p, in.pair(in.pinned[p], p));
            }
        }
        for (int t = 0; t < in.tiers; t++) {
            List<Integer> tier = new ArrayList<>();
            for (int p : in.order) {
                if (in.tier[p] == t && assign[p] < 0 && eligibleCount(p) > 0) {
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
        int[] mark = new int[in.np];
        for (int it = 0; it < iterations; it++) {
            int size = 1 + random.nextInt(Math.min(3, in.nc));
            int first = in.coachesById[random.nextInt(in.nc)];
            int[] around = neighbours(first);
            int[] ruined = new int[size];
            ruined[0] = first;
            int ruinedCount = 1;
            for (int k = 1; k < size && around.length > 0; k++) {
                int d = around[random.nextInt(around.length)];
                boolean again = false;
                for (int i = 0; i < ruinedCount; i++) {
                    again |= ruined[i] == d;
                }
                if (!again) {
                    ruined[ruinedCount++] = d;
                }
            }
            boolean unserved = hasUnserved();
            bestFit = unserved && random.nextBoolean();
            chainBudget = RECREATE_CHAIN_NODES;
            begin();
            int[] coverage = coverage();
            long travel = travel();
            // The practices on the ruined coaches (unless pinned) and the unserved ones they may serve, by priority.
            List<Integer> again = new ArrayList<>();
            for (int i = 0; i < ruinedCount; i++) {
                int c = ruined[i];
                for (int j = in.coachFirst[c]; j < in.coachFirst[c + 1]; j++) {
                    int p = in.coachPractices[j];
                    if (mark[p] != it + 1 && (assign[p] < 0 || assign[p] == c && in.pinned[p] < 0)) {
                        mark[p] = it + 1;
                        again.add(p);
                    }
                }
            }
            again.sort(Comparator.comparingInt(p -> in.rank[p]));
            for (int p : again) {
                if (assign[p] >= 0) {
                    remove(p);
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
                rollback();
                continue;
            }
            commit();
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
        for (int e = in.first[p]; e < in.first[p + 1]; e++) {
            least = Math.min(least, in.pairLoad[e]);
        }
        return least;
    }

    /** Whether pair e's practice fits on its coach as the plan stands. */
    private boolean fits(int e) {
        int c = in.pairCoach[e];
        touch(c);
        return count[c] < in.cap[c] && used[c] + in.pairLoad[e] <= in.capacity[c] + Instance.EPS;
    }

    /** Puts practice p, now unserved, on the coach of its pair e. */
    private void place(int p, int e) {
        record(p, -1);
        int c = in.pairCoach[e];
        stamp(c);
        assign[p] = c;
        slot[p] = e;
        used[c] += in.pairLoad[e];
        count[c]++;
        served[in.tier[p]]++;
        travel += in.pairCost[e];
        open--;
        List<Integer> list = on.get(c);
        int at = 0;
        while (at < list.size() && in.rank[list.get(at)] < in.rank[p]) {
            at++;
        }
        list.add(at, p);
    }

    /** Takes practice p off its coach. */
    private void remove(int p) {
        int c = assign[p];
        int e = slot[p];
        record(p, e);
        stamp(c);
        used[c] -= in.pairLoad[e];
        count[c]--;
        served[in.tier[p]]--;
        travel -= in.pairCost[e];
        open++;
        assign[p] = -1;
        slot[p] = -1;
        on.get(c).remove(Integer.valueOf(p));
    }

    /** Notes a change to coach c on the clock, keeping its earlier reading while a rollback may need it. */
    private void stamp(int c) {
        if (recording && changed[c] <= begun) {
            if (stampSize + 2 > stamps.length) {
                stamps = Arrays.copyOf(stamps, stamps.length * 2);
            }
            stamps[stampSize++] = c;
            stamps[stampSize++] = changed[c];
        }
        changed[c] = ++clock;
    }

    /** Notes that the step under way read coach c's state. */
    private void touch(int c) {
        if (tracking && readStamp[c] != readMark) {
            readStamp[c] = readMark;
            if (readCount == reads.length) {
                reads = Arrays.copyOf(reads, readCount * 2);
            }
            reads[readCount++] = c;
        }
    }

    private void startReading() {
        tracking = true;
        readCount = 0;
        readMark++;
    }

    private int[] stopReading() {
        tracking = false;
        return Arrays.copyOf(reads, readCount);
    }

    /** Whether none of the coaches read has changed since the clock read {@code since}. */
    private boolean unchanged(int[] read, long since) {
        if (since < 0) {
            return false;
        }
        for (int c : read) {
            if (changed[c] > since) {
                return false;
            }
        }
        return true;
    }

    /** Starts writing moves to the journal, so that {@link #rollback()} can undo them. */
    private void begin() {
        journalSize = 0;
        stampSize = 0;
        begun = clock;
        recording = true;
    }

    /** Keeps the moves since {@link #begin()}. */
    private void commit() {
        recording = false;
        journalSize = 0;
    }

    /** Undoes the moves since {@link #begin()}, last first. */
    private void rollback() {
        recording = false;
        for (int i = journalSize - 2; i >= 0; i -= 2) {
            int p = journal[i];
            if (assign[p] >= 0) {
                remove(p);
            }
            if (journal[i + 1] >= 0) {
                place(p, journal[i + 1]);
            }
        }
        journalSize = 0;
        // The coaches are as they were, so their clocks are too: steps that read them need not retry.
        for (int i = stampSize - 2; i >= 0; i -= 2) {
            changed[(int) stamps[i]] = stamps[i + 1];
        }
        stampSize = 0;
    }

    private void record(int p, int before) {
        if (recording) {
            if (journalSize + 2 > journal.length) {
                journal = Arrays.copyOf(journal, journal.length * 2);
            }
            journal[journalSize++] = p;
            journal[journalSize++] = before;
        }
    }

    /**
     * Places an unserved practice on its best coach with room; else moves practices along the
     * shortest chain of coaches to make room; else also lets it take the place of a practice of
     * strictly lower priority at the end of such a chain, which is then re-seated if possible.
     * True if placed.
     */
    private boolean insert(int p) {
        int best = -1;
        for (int e = in.first[p]; e < in.first[p + 1]; e++) {
            if (fits(e) && (best < 0 || (bestFit ? tighter(p, e, best) : betterHome(p, e, best)))) {
                best = e;
            }
        }
        if (best >= 0) {
            place(p, best);
            return true;
        }
        if (search(p) == DROPPED) {
            List<Integer> out = dropped;
            out.forEach(this::insert);
        }
        return assign[p] >= 0;
    }

    /**
     * Adds a chain step to the search queue: practice {@code incoming} goes to the coach of pair
     * {@code pair}, and (unless it is the first step) pushes out of its coach the practice that
     * came in at step {@code parent}.
     */
    private void enqueue(int pair, int incoming, int parent) {
        if (tail == stepPair.length) {
            int size = stepPair.length * 2;
            stepPair = Arrays.copyOf(stepPair, size);
            stepIncoming = Arrays.copyOf(stepIncoming, size);
            stepParent = Arrays.copyOf(stepParent, size);
        }
        stepPair[tail] = pair;
        stepIncoming[tail] = incoming;
        stepParent[tail] = parent;
        tail++;
    }

    /** Whether the chain ending at step {@code step} passes coach c. */
    private boolean passes(int step, int c) {
        for (int s = step; s >= 0; s = stepParent[s]) {
            if (in.pairCoach[stepPair[s]] == c) {
                return true;
            }
        }
        return false;
    }

    /** Whether pair x's coach leaves less room than pair y's once their practice is on it (best fit, for packing). */
    private boolean tighter(int p, int x, int y) {
        int a = in.pairCoach[x];
        int b = in.pairCoach[y];
        double ra = in.capacity[a] - used[a] - in.pairLoad[x];
        double rb = in.capacity[b] - used[b] - in.pairLoad[y];
        return ra < rb - Instance.EPS || Math.abs(ra - rb) <= Instance.EPS && betterHome(p, x, y);
    }

    /**
     * Whether pair x's coach is a better home for their practice than pair y's: less travel, then
     * continuity, then lower utilization.
     */
    private boolean betterHome(int p, int x, int y) {
        long tx = in.pairCost[x];
        long ty = in.pairCost[y];
        if (tx != ty) {
            return tx < ty;
        }
        int a = in.pairCoach[x];
        int b = in.pairCoach[y];
        int current = in.current[p];
        if ((current == a) != (current == b)) {
            return current == a;
        }
        double ua = (used[a] + in.pairLoad[x]) / in.capacity[a];
        double ub = (used[b] + in.pairLoad[y]) / in.capacity[b];
        return ua < ub - UTIL_EPS;
    }

    /**
     * Breadth-first search for the shortest chain x → c1, q1 → c2, …, ending at a coach with room,
     * which it applies; failing that, for the first chain that ends at a coach where dropping
     * practices of lower priority than x makes room, which it applies with the drop. Returns
     * {@link #NONE} if there is neither, {@link #PLACED} if applied without a drop, {@link #DROPPED}
     * if applied by dropping the practices now in {@link #dropped}.
     */
    private int search(int x) {
        int stamp = ++searches;
        tail = 0;
        for (int e = in.first[x]; e < in.first[x + 1]; e++) {
            enqueue(e, x, -1);
            seen[e] = stamp;
        }
        int expanded = 0;
        int dropAt = -1;
        List<Integer> dropVictims = List.of();
        for (int head = 0; head < tail && expanded++ < chainBudget; head++) {
            int step = head;
            int c = in.pairCoach[stepPair[step]];
            int y = stepIncoming[step];
            double load = in.pairLoad[stepPair[step]];
            if (fits(stepPair[step])) {
                apply(step);
                return PLACED;
            }
            // Steps queued beyond the budget would never be expanded, so none are queued.
            for (int i = 0; i < practicesOn(c).size() && tail < chainBudget; i++) {
                int q = practicesOn(c).get(i);
                if (in.pinned[q] >= 0 || used[c] - in.pairLoad[slot[q]] + load > in.capacity[c] + Instance.EPS) {
                    continue;
                }
                for (int e = in.first[q]; e < in.first[q + 1] && tail < chainBudget; e++) {
                    if (seen[e] != stamp && !passes(step, in.pairCoach[e])) {
                        seen[e] = stamp;
                        enqueue(e, q, step);
                    }
                }
            }
            if (dropAt < 0) {
                List<Integer> victims = victims(c, y, load, in.tier[x]);
                if (!victims.isEmpty()) {
                    dropAt = step;
                    dropVictims = victims;
                }
            }
        }
        if (dropAt >= 0) {
            dropVictims.forEach(this::remove);
            apply(dropAt);
            dropped = dropVictims;
            return DROPPED;
        }
        return NONE;
    }

    /**
     * The fewest practices of priority class below {@code tier} to take off coach c, lowest priority
     * first, so that practice y fits on it; empty if even all of them would not make room.
     */
    private List<Integer> victims(int c, int y, double load, int tier) {
        List<Integer> held = practicesOn(c);
        if (held.isEmpty() || in.tier[held.get(held.size() - 1)] <= tier) {
            return List.of();   // held highest priority first: none is of a lower class than the practice inserted
        }
        double hours = used[c] + load;
        int n = count[c] + 1;
        int i = held.size() - 1;
        for (; i >= 0 && (n > in.cap[c] || hours > in.capacity[c] + Instance.EPS); i--) {
            int q = held.get(i);
            if (in.pinned[q] < 0 && in.tier[q] > tier) {
                hours -= in.pairLoad[slot[q]];
                n--;
            }
        }
        if (n > in.cap[c] || hours > in.capacity[c] + Instance.EPS) {
            return List.of();
        }
        List<Integer> victims = new ArrayList<>();
        for (int j = held.size() - 1; j > i; j--) {
            int q = held.get(j);
            if (in.pinned[q] < 0 && in.tier[q] > tier) {
                victims.add(q);
            }
        }
        return victims;
    }

    /**
     * Applies the chain ending at step {@code last}: each practice pushed out leaves its coach, then
     * each step's practice goes to its coach.
     */
    private void apply(int last) {
        for (int s = last; stepParent[s] >= 0; s = stepParent[s]) {
            remove(stepIncoming[s]);
        }
        for (int s = last; s >= 0; s = stepParent[s]) {
            place(stepIncoming[s], stepPair[s]);
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
            if (assign[p] >= 0 || eligibleCount(p) == 0 || unchanged(coverReads[p], coverTried[p])) {
                continue;
            }
            long tried = clock;
            startReading();
            boolean placed = insert(p);
            int[] read = stopReading();
            if (placed) {
                any = true;
            } else {
                coverTried[p] = tried;
                coverReads[p] = read;
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
            if (assign[s] < 0 || in.pinned[s] >= 0 || !hasUnserved()
                    || unchanged(reshuffleReads[s], reshuffleTried[s])) {
                continue;
            }
            long tried = clock;
            startReading();
            begin();
            int[] coverage = coverage();
            chainBudget = RECREATE_CHAIN_NODES;
            int freed = assign[s];
            touch(freed);
            remove(s);
            for (int i = in.coachFirst[freed]; i < in.coachFirst[freed + 1]; i++) {
                int u = in.coachPractices[i];
                if (u != s && assign[u] < 0) {
                    insert(u);
                } else if (u != s) {
                    touch(assign[u]);
                }
            }
            insert(s);
            chainBudget = MAX_CHAIN_NODES;
            int[] read = stopReading();
            if (Arrays.compare(served, coverage) > 0) {
                any = true;
                commit();
            } else {
                rollback();
                reshuffleTried[s] = tried;
                reshuffleReads[s] = read;
            }
        }
        return any;
    }

    /** Travel cost of the plan, in the instance's scaled round-trip minutes a month. */
    long travel() {
        return travel;
    }

    private boolean hasUnserved() {
        return open > 0;
    }

    /** Served practices per priority class, highest class first; compared lexicographically. */
    int[] coverage() {
        return served.clone();
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
                place(p, in.pair(before[p], p));
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
            if (assign[p] < 0 || in.pinned[p] >= 0 || unchangedAround(p, relocateTried[p])) {
                continue;
            }
            long tried = clock;
            for (int f = in.first[p]; f < in.first[p + 1]; f++) {
                int d = in.pairCoach[f];
                int c = assign[p];
                int e = slot[p];
                if (d != c && fits(f)) {
                    long dt = in.pairCost[f] - in.pairCost[e];
                    int dk = kept(p, d) - kept(p, c);
                    double du = sq(used[c] - in.pairLoad[e], c) - sq(used[c], c)
                            + sq(used[d] + in.pairLoad[f], d) - sq(used[d], d);
                    if (better(dt, dk, du)) {
                        remove(p);
                        place(p, f);
                        moves++;
                        any = true;
                    }
                }
            }
            if (clock == tried) {
                relocateTried[p] = tried;
            }
        }
        return any;
    }

    /**
     * Exchanges the coaches of two practices when that is better, in one sweep; true if any. Each
     * practice p is tried, in priority order, with the later practices on coaches that may serve p,
     * which are the only ones it could exchange with.
     */
    private boolean swap() {
        boolean any = false;
        int[] partners = new int[16];
        for (int i = 0; i < in.np; i++) {
            int p = in.order[i];
            if (assign[p] < 0 || in.pinned[p] >= 0 || unchangedAround(p, swapTried[p])) {
                continue;
            }
            boolean swapped = false;
            // The partners' ranks, sorted: later practices on the coaches that may serve p.
            int n = 0;
            for (int f = in.first[p]; f < in.first[p + 1]; f++) {
                for (int q : practicesOn(in.pairCoach[f])) {
                    if (in.rank[q] > i) {
                        if (n == partners.length) {
                            partners = Arrays.copyOf(partners, n * 2);
                        }
                        partners[n++] = in.rank[q];
                    }
                }
            }
            Arrays.sort(partners, 0, n);
            for (int k = 0; k < n; k++) {
                int q = in.order[partners[k]];
                int c = assign[p];
                int d = assign[q];
                if (d < 0 || d == c || in.pinned[q] >= 0) {
                    continue;
                }
                int pd = in.pair(d, p);
                int qc = in.pair(c, q);
                if (pd < 0 || qc < 0) {
                    continue;
                }
                int pc = slot[p];
                int qd = slot[q];
                double usedC = used[c] - in.pairLoad[pc] + in.pairLoad[qc];
                double usedD = used[d] - in.pairLoad[qd] + in.pairLoad[pd];
                if (usedC > in.capacity[c] + Instance.EPS || usedD > in.capacity[d] + Instance.EPS) {
                    continue;
                }
                long dt = in.pairCost[pd] + in.pairCost[qc] - in.pairCost[pc] - in.pairCost[qd];
                int dk = kept(p, d) + kept(q, c) - kept(p, c) - kept(q, d);
                double du = sq(usedC, c) - sq(used[c], c) + sq(usedD, d) - sq(used[d], d);
                if (better(dt, dk, du)) {
                    remove(p);
                    remove(q);
                    place(p, pd);
                    place(q, qc);
                    swapped = true;
                    moves++;
                    any = true;
                }
            }
            if (!swapped) {
                swapTried[p] = clock;
            }
        }
        return any;
    }

    /** Exchanges served practices for unserved ones of the same priority when that is better; true if any. */
    private boolean exchange() {
        boolean any = false;
        for (int u : in.order) {
            if (assign[u] >= 0 || eligibleCount(u) == 0 || unchangedAround(u, exchangeTried[u])) {
                continue;
            }
            for (int f = in.first[u]; f < in.first[u + 1]; f++) {
                int c = in.pairCoach[f];
                for (int s : List.copyOf(practicesOn(c))) {
                    if (assign[u] >= 0 || in.tier[s] != in.tier[u] || in.pinned[s] >= 0) {
                        continue;
                    }
                    double usedC = used[c] - in.pairLoad[slot[s]] + in.pairLoad[f];
                    if (usedC > in.capacity[c] + Instance.EPS) {
                        continue;
                    }
                    long dt = in.pairCost[f] - in.pairCost[slot[s]];
                    int dk = kept(u, c) - kept(s, c);
                    double du = sq(usedC, c) - sq(used[c], c);
                    if (better(dt, dk, du)) {
                        remove(s);
                        place(u, f);
                        moves++;
                        any = true;
                    }
                }
            }
            if (assign[u] < 0) {
                exchangeTried[u] = clock;
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
