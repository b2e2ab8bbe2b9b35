package org.ccmcoach.allocation.internal.heuristic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ccmcoach.allocation.internal.Instance;

/**
 * A plan under construction by {@link Heuristic}: each practice's coach, each coach's
 * hours and practices, and the plan's coverage, travel and unserved count, all kept up to date as
 * practices move, so that a step costs time in proportion to its neighbourhood, not to the
 * program.
 *
 * <p>Two records let the steps avoid repeating work and undo it:
 * <ul>
 *   <li>a <b>journal</b>: between {@link #begin()} and {@link #commit()} or {@link #rollback()},
 *       every move is written down and can be undone in reverse;</li>
 *   <li>a <b>clock</b>: every change to a coach advances it, and each coach keeps the time of its
 *       last change; a step that read some coaches' state and found nothing can be skipped while
 *       none of them has changed ({@link #unchanged}). Between {@link #startReading()} and
 *       {@link #stopReading()} the plan notes which coaches a step reads.</li>
 * </ul>
 *
 * <p>The arrays are read directly by the steps, for speed in their inner loops; only the methods
 * here change them.
 */
final class Plan {

    final Instance in;
    /** Each practice's coach, -1 when unserved. */
    final int[] assign;
    /** Each served practice's pair index in the instance, -1 when unserved. */
    final int[] slot;
    /** Each coach's hours a month. */
    final double[] used;
    /** Each coach's caseload. */
    final int[] count;
    /** Each coach's practices, highest priority first. */
    private final List<List<Integer>> on;
    /** Served practices per priority class. */
    private final int[] served;
    /** Travel of the plan, in the instance's scaled round-trip minutes a month. */
    private long travel;
    /** Unserved practices that some coach may serve. */
    private int open;

    /** Moves since {@link #begin()}, as (practice, its pair before the move) pairs; written only while {@link #recording}. */
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

    /** The {@link System#nanoTime()} at which steps stop, when {@link #timed}. */
    private final long deadline;
    private final boolean timed;

    Plan(Instance in) {
        this(in, 0, false);
    }

    /** A plan whose steps stop at {@code deadline} (a {@link System#nanoTime()}) when {@code timed}. */
    Plan(Instance in, long deadline, boolean timed) {
        this.in = in;
        this.deadline = deadline;
        this.timed = timed;
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
        changed = new long[in.nc];
        readStamp = new int[in.nc];
        served = new int[in.tiers];
        for (int p = 0; p < in.np; p++) {
            if (eligibleCount(p) > 0) {
                open++;
            }
        }
    }

    /** Whether the deadline has passed: steps then stop where they stand, with the plan valid. */
    boolean late() {
        return timed && System.nanoTime() - deadline >= 0;
    }

    /** How many coaches may serve practice p. */
    int eligibleCount(int p) {
        return in.first[p + 1] - in.first[p];
    }

    /** The practices on coach c, highest priority first; a live list, not to be changed by callers. */
    List<Integer> practicesOn(int c) {
        return on.get(c);
    }

    /** Travel cost of the plan, in the instance's scaled round-trip minutes a month. */
    long travel() {
        return travel;
    }

    /** Whether a practice that some coach may serve is unserved. */
    boolean hasUnserved() {
        return open > 0;
    }

    /** Served practices per priority class, highest class first; compared lexicographically. */
    int[] coverage() {
        return served.clone();
    }

    /** Whether the plan serves more by priority than {@code coverage}. */
    boolean coversMoreThan(int[] coverage) {
        return Arrays.compare(served, coverage) > 0;
    }

    /** The clock: how many changes the plan has seen. */
    long clock() {
        return clock;
    }

    /** Whether pair e's practice fits on its coach as the plan stands; notes the coach as read. */
    boolean fits(int e) {
        int c = in.pairCoach[e];
        touch(c);
        return count[c] < in.cap[c] && used[c] + in.pairLoad[e] <= in.capacity[c] + Instance.EPS;
    }

    /** Puts practice p, now unserved, on the coach of its pair e. */
    void place(int p, int e) {
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
    void remove(int p) {
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

    /** Returns to an earlier plan, touching only the practices whose coach differs. */
    void restore(int[] before) {
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
    void touch(int c) {
        if (tracking && readStamp[c] != readMark) {
            readStamp[c] = readMark;
            if (readCount == reads.length) {
                reads = Arrays.copyOf(reads, readCount * 2);
            }
            reads[readCount++] = c;
        }
    }

    /** Starts noting the coaches a step reads. */
    void startReading() {
        tracking = true;
        readCount = 0;
        readMark++;
    }

    /** Stops noting, and returns the coaches read since {@link #startReading()}. */
    int[] stopReading() {
        tracking = false;
        return Arrays.copyOf(reads, readCount);
    }

    /** Whether none of the coaches read has changed since the clock read {@code since} (-1: never tried). */
    boolean unchanged(int[] read, long since) {
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

    /**
     * Whether no coach that may serve practice p has changed since the clock read {@code since}: a
     * step on p that depends only on those coaches and found nothing then would find nothing now.
     */
    boolean unchangedAround(int p, long since) {
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

    /** Starts writing moves to the journal, so that {@link #rollback()} can undo them. */
    void begin() {
        journalSize = 0;
        stampSize = 0;
        begun = clock;
        recording = true;
    }

    /** Keeps the moves since {@link #begin()}. */
    void commit() {
        recording = false;
        journalSize = 0;
    }

    /** Undoes the moves since {@link #begin()}, last first. */
    void rollback() {
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
}
