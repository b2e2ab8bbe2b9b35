package org.ccmcoach.allocation.internal.heuristic;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.ccmcoach.allocation.internal.Instance;

/**
 * Each coach's neighbours, the coaches who may serve a practice in common with it, in id order,
 * for {@link CoachSetSearch} and {@link RuinAndRecreate}: worked out from the eligible pairs when
 * first asked for, and kept while their total length is within twice the eligible pairs and
 * coaches (ccm's choice), the oldest dropped first. Kept for every coach, the lists of a practice
 * that 60,000 coaches may serve would be 60,000 lists of 60,000 (issue 33); within the limit, a
 * regional program's lists all stay (a coach's neighbours are about as many as its pairs), so
 * memory is in proportion to the eligible pairs.
 *
 * <p>A list is the union of its coach's practices' eligible coaches; it stops early once it holds
 * every other coach, as in a dense region where every coach may serve every practice.
 */
final class Neighbours {

    private final Instance in;
    private final int[] idRank;
    private final int[][] lists;
    private final ArrayDeque<Integer> kept = new ArrayDeque<>();
    private long keptLength;
    private final long limit;
    private final int[] seen;
    private int mark;

    Neighbours(Instance in, int[] idRank) {
        this.in = in;
        this.idRank = idRank;
        lists = new int[in.nc][];
        seen = new int[in.nc];
        limit = 2L * in.first[in.np] + 2L * in.nc;
    }

    /** Coach c's neighbours in id order; not to be changed by callers. */
    int[] of(int c) {
        int[] list = lists[c];
        if (list != null) {
            return list;
        }
        int m = ++mark;
        seen[c] = m;
        int[] found = new int[16];
        int n = 0;
        for (int k = in.coachFirst[c]; k < in.coachFirst[c + 1] && n < in.nc - 1; k++) {
            int p = in.coachPractices[k];
            for (int e = in.first[p]; e < in.first[p + 1]; e++) {
                int d = in.pairCoach[e];
                if (seen[d] != m) {
                    seen[d] = m;
                    if (n == found.length) {
                        found = Arrays.copyOf(found, Math.min(in.nc, 2 * n));
                    }
                    found[n++] = d;
                }
            }
        }
        list = sortById(Arrays.copyOf(found, n));
        if (list.length <= limit) {
            lists[c] = list;
            kept.addLast(c);
            keptLength += list.length;
            while (keptLength > limit) {
                int old = kept.removeFirst();
                keptLength -= lists[old].length;
                lists[old] = null;
            }
        }
        return list;
    }

    /** Coaches in id order, by their ranks. */
    private int[] sortById(int[] coaches) {
        long[] keyed = new long[coaches.length];
        for (int i = 0; i < coaches.length; i++) {
            keyed[i] = ((long) idRank[coaches[i]] << 32) | coaches[i];
        }
        Arrays.sort(keyed);
        for (int i = 0; i < coaches.length; i++) {
            coaches[i] = (int) keyed[i];
        }
        return coaches;
    }
}
