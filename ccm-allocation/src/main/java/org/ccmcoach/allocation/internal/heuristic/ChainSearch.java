package org.ccmcoach.allocation.internal.heuristic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ccmcoach.allocation.internal.Instance;

/**
 * Makes room for a practice by a chain of moves: practice x goes to coach c1, which pushes
 * practice q1 to coach c2, and so on, until a coach has room. Breadth-first, so the chain found is
 * a shortest one; bounded by a budget of expanded steps.
 */
final class ChainSearch {

    /** What a search did. */
    enum Outcome {
        /** Found no chain; the plan is unchanged. */
        NONE,
        /** Applied a chain that ends at a coach with room. */
        PLACED,
        /** Applied a chain that ends at a coach where practices of lower priority were dropped. */
        DROPPED
    }

    /**
     * A search's result.
     *
     * @param outcome  what it did
     * @param dropped  the practices it took off their coach to make room (empty unless {@link Outcome#DROPPED})
     */
    record Result(Outcome outcome, List<Integer> dropped) {

        static final Result NONE = new Result(Outcome.NONE, List.of());
        static final Result PLACED = new Result(Outcome.PLACED, List.of());
    }

    private final Plan plan;
    private final Instance in;
    /** The queue of steps: each step's pair, incoming practice and previous step (-1 for a first step). */
    private int[] stepPair = new int[256];
    private int[] stepIncoming = new int[256];
    private int[] stepParent = new int[256];
    private int tail;
    /** Searches so far; {@link #seen} marks (coach, practice) pairs with the current one. */
    private int searches;
    private final int[] seen;

    ChainSearch(Plan plan) {
        this.plan = plan;
        this.in = plan.in;
        seen = new int[in.pairCoach.length];
    }

    /**
     * Searches breadth-first for the shortest chain x → c1, q1 → c2, …, ending at a coach with room,
     * and applies it; failing that, applies the first chain that ends at a coach where dropping
     * practices of lower priority than x makes room, with the drop.
     *
     * @param x  an unserved practice
     * @param budget  the most steps to expand
     */
    Result search(int x, int budget) {
        int stamp = ++searches;
        tail = 0;
        for (int e = in.first[x]; e < in.first[x + 1]; e++) {
            enqueue(e, x, -1);
            seen[e] = stamp;
        }
        int expanded = 0;
        int dropAt = -1;
        List<Integer> dropVictims = List.of();
        for (int head = 0; head < tail && expanded++ < budget; head++) {
            int step = head;
            int c = in.pairCoach[stepPair[step]];
            int y = stepIncoming[step];
            double load = in.pairLoad[stepPair[step]];
            if (plan.fits(stepPair[step])) {
                apply(step);
                return Result.PLACED;
            }
            // Steps queued beyond the budget would never be expanded, so none are queued.
            List<Integer> held = plan.practicesOn(c);
            for (int i = 0; i < held.size() && tail < budget; i++) {
                int q = held.get(i);
                if (in.pinned[q] >= 0 || plan.used[c] - in.pairLoad[plan.slot[q]] + load > in.capacity[c] + Instance.EPS) {
                    continue;
                }
                for (int e = in.first[q]; e < in.first[q + 1] && tail < budget; e++) {
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
            dropVictims.forEach(plan::remove);
            apply(dropAt);
            return new Result(Outcome.DROPPED, dropVictims);
        }
        return Result.NONE;
    }

    /**
     * Adds a step to the queue: practice {@code incoming} goes to the coach of pair {@code pair},
     * and (unless it is the first step) pushes out of its coach the practice that came in at step
     * {@code parent}.
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

    /**
     * The fewest practices of priority class below {@code tier} to take off coach c, lowest priority
     * first, so that practice y fits on it; empty if even all of them would not make room.
     */
    private List<Integer> victims(int c, int y, double load, int tier) {
        List<Integer> held = plan.practicesOn(c);
        if (held.isEmpty() || in.tier[held.get(held.size() - 1)] <= tier) {
            return List.of();   // held highest priority first: none is of a lower class than the practice inserted
        }
        double hours = plan.used[c] + load;
        int n = plan.count[c] + 1;
        int i = held.size() - 1;
        for (; i >= 0 && (n > in.cap[c] || hours > in.capacity[c] + Instance.EPS); i--) {
            int q = held.get(i);
            if (in.pinned[q] < 0 && in.tier[q] > tier) {
                hours -= in.pairLoad[plan.slot[q]];
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
            plan.remove(stepIncoming[s]);
        }
        for (int s = last; s >= 0; s = stepParent[s]) {
            plan.place(stepIncoming[s], stepPair[s]);
        }
    }
}
