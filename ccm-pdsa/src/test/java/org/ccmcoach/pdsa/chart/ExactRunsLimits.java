package org.ccmcoach.pdsa.chart;

import java.math.BigInteger;

/**
 * The reference for {@link RunRules#runsLimits}: the Swed–Eisenhart runs limits summed in exact
 * integers (cubic in n, so for tests only). P(R &le; r) &gt; 0.025 is decided as
 * 40 · (ways to arrange with at most r runs) &gt; C(n, n1), with no rounding anywhere.
 */
final class ExactRunsLimits {

    private ExactRunsLimits() {
    }

    /** {fewest, most} runs not signalling for n points, n &ge; 2. */
    static int[] of(int n) {
        int n1 = n / 2;
        int n2 = n - n1;
        BigInteger[] a = binomials(n1 - 1);
        BigInteger[] b = binomials(n2 - 1);
        BigInteger[] ways = new BigInteger[n + 1];
        for (int r = 0; r <= n; r++) {
            ways[r] = BigInteger.ZERO;
        }
        for (int r = 2; r <= n; r++) {
            int k = r / 2;
            if (r % 2 == 0) {
                ways[r] = at(a, k - 1).multiply(at(b, k - 1)).shiftLeft(1);
            } else {
                ways[r] = at(a, k).multiply(at(b, k - 1)).add(at(a, k - 1).multiply(at(b, k)));
            }
        }
        BigInteger total = binomials(n)[n1];
        int fewest = 2;
        BigInteger cumulative = BigInteger.ZERO;
        for (int r = 2; r <= n; r++) {
            cumulative = cumulative.add(ways[r]);
            if (cumulative.multiply(BigInteger.valueOf(40)).compareTo(total) > 0) {
                fewest = r;
                break;
            }
        }
        int most = n;
        cumulative = BigInteger.ZERO;
        for (int r = n; r >= 2; r--) {
            cumulative = cumulative.add(ways[r]);
            if (cumulative.multiply(BigInteger.valueOf(40)).compareTo(total) > 0) {
                most = r;
                break;
            }
        }
        return new int[] {fewest, most};
    }

    /** C(m, 0..m), each from the one before. */
    private static BigInteger[] binomials(int m) {
        BigInteger[] c = new BigInteger[Math.max(m, 0) + 1];
        c[0] = BigInteger.ONE;
        for (int k = 1; k <= m; k++) {
            c[k] = c[k - 1].multiply(BigInteger.valueOf(m - k + 1)).divide(BigInteger.valueOf(k));
        }
        return c;
    }

    private static BigInteger at(BigInteger[] c, int k) {
        return k < 0 || k >= c.length ? BigInteger.ZERO : c[k];
    }
}
