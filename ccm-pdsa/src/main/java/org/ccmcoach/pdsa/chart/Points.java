package org.ccmcoach.pdsa.chart;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list of point indices over a range of an int array: a signal that cites a
 * million points (too few crossings on a long series) costs no boxed Integer until one is read.
 * Equal to any list of the same indices.
 */
final class Points extends AbstractList<Integer> implements RandomAccess {

    private final int[] indices;
    private final int from;
    private final int to;

    private Points(int[] indices, int from, int to) {
        this.indices = indices;
        this.from = from;
        this.to = to;
    }

    /** The indices in [from, to) of an array that nobody changes afterwards. */
    static List<Integer> of(int[] indices, int from, int to) {
        Objects.checkFromToIndex(from, to, indices.length);
        return new Points(indices, from, to);
    }

    /** A copy of the list, unboxed. */
    static List<Integer> copyOf(List<Integer> points) {
        if (points instanceof Points p) {
            return p;
        }
        int[] copy = new int[points.size()];
        int i = 0;
        for (Integer point : points) {
            copy[i++] = Objects.requireNonNull(point, "point");
        }
        return new Points(copy, 0, copy.length);
    }

    @Override
    public Integer get(int index) {
        return indices[from + Objects.checkIndex(index, to - from)];
    }

    @Override
    public int size() {
        return to - from;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + Integer.hashCode(indices[i]);
        }
        return h;
    }

    @Override
    public String toString() {
        return Arrays.toString(Arrays.copyOfRange(indices, from, to));
    }
}
