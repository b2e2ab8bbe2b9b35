package org.ccmcoach.pdsa.chart;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ccmcoach.pdsa.Direction;

/** The points of a chart, with what the chart options say about them; immutable. */
final class ChartData {

    final String title;
    final double[] y;
    final boolean[] useful;
    final boolean[] astronomical;
    final LocalDate[] dates;
    final int[] partStarts;
    final int freeze;
    final Direction direction;
    final Series series;

    private ChartData(String title, double[] y, boolean[] useful, boolean[] astronomical, LocalDate[] dates,
                      int[] partStarts, int freeze, Direction direction, Series series) {
        this.title = title;
        this.y = y;
        this.useful = useful;
        this.astronomical = astronomical;
        this.dates = dates;
        this.partStarts = partStarts;
        this.freeze = freeze;
        this.direction = direction;
        this.series = series;
    }

    static ChartData of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a chart needs at least one value");
        }
        boolean[] useful = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " is " + values[i] + "; every value must be finite");
            }
            useful[i] = true;
        }
        return new ChartData("", values.clone(), useful, new boolean[values.length], null, new int[] {0}, 0, null, null);
    }

    static ChartData of(Series series, double[] y) {
        List<SeriesPoint> obs = series.observations();
        boolean[] useful = new boolean[obs.size()];
        boolean[] astro = new boolean[obs.size()];
        LocalDate[] dates = new LocalDate[obs.size()];
        for (int i = 0; i < obs.size(); i++) {
            useful[i] = obs.get(i).excluded().isEmpty() && Double.isFinite(y[i]);
            astro[i] = obs.get(i).astronomical();
            dates[i] = obs.get(i).date();
        }
        int[] starts = series.partStarts().stream().mapToInt(Integer::intValue).toArray();
        return new ChartData(series.name(), y, useful, astro, dates, starts, series.baselinePoints().orElse(0),
                series.direction().orElse(null), series);
    }

    int size() {
        return y.length;
    }

    int parts() {
        return partStarts.length;
    }

    int partStart(int part) {
        return partStarts[part];
    }

    int partEnd(int part) {
        return part + 1 < partStarts.length ? partStarts[part + 1] : y.length;
    }

    /** The part a point is in: a binary search, since starts are strictly increasing. */
    int partOf(int index) {
        int found = java.util.Arrays.binarySearch(partStarts, index);
        return found >= 0 ? found : -found - 2;
    }

    /**
     * {@return the end (exclusive) of the points the part's centre line rests on: the frozen baseline, or the whole
     * part}
     */
    int baseEnd(int part) {
        if (part == 0 && freeze > 0) {
            return Math.min(freeze, partEnd(0));
        }
        return partEnd(part);
    }

    ChartData withFreeze(int points) {
        if (points < 1) {
            throw new IllegalArgumentException("a freeze needs at least 1 point (was " + points + ")");
        }
        if (points > partEnd(0)) {
            throw new IllegalArgumentException("cannot freeze on " + points + " points: the first part has " + partEnd(0));
        }
        return new ChartData(title, y, useful, astronomical, dates, partStarts, points, direction, series);
    }

    ChartData withParts(int... starts) {
        int[] all = new int[starts.length + 1];
        for (int i = 0; i < starts.length; i++) {
            int previous = i == 0 ? 0 : starts[i - 1];
            if (starts[i] <= previous || starts[i] >= y.length) {
                throw new IllegalArgumentException("part starts must increase, each after the first point and within the "
                        + y.length + " points: " + Arrays.toString(starts));
            }
            all[i + 1] = starts[i];
        }
        return new ChartData(title, y, useful, astronomical, dates, all, freeze, direction, series);
    }

    /** {@return the same chart data with other values to plot, the points already unusable kept so, and more} */
    ChartData withValues(double[] values, boolean[] alsoUnusable) {
        boolean[] u = useful.clone();
        for (int i = 0; i < u.length; i++) {
            u[i] = u[i] && !alsoUnusable[i] && Double.isFinite(values[i]);
        }
        return new ChartData(title, values, u, astronomical, dates, partStarts, freeze, direction, series);
    }

    ChartData withDirection(Direction d) {
        return new ChartData(title, y, useful, astronomical, dates, partStarts, freeze, d, series);
    }

    ChartData withAstronomical(int... indices) {
        boolean[] marks = astronomical.clone();
        for (int i : indices) {
            if (i < 0 || i >= y.length) {
                throw new IllegalArgumentException("no point " + i + " among " + y.length);
            }
            marks[i] = true;
        }
        return new ChartData(title, y, useful, marks, dates, partStarts, freeze, direction, series);
    }

    Optional<LocalDate> date(int i) {
        return dates == null ? Optional.empty() : Optional.of(dates[i]);
    }

    /**
     * The PDSA cycle behind a signal: the cycle that started the signal's part, else the latest
     * annotation citing a cycle dated on or before the signal's first point (a change can only
     * explain what came after it).
     */
    Optional<org.ccmcoach.pdsa.CycleId> cycleFor(Signal signal) {
        if (series == null) {
            return Optional.empty();
        }
        if (signal.part() > 0) {
            Optional<org.ccmcoach.pdsa.CycleId> started = series.parts().get(signal.part() - 1).cycle();
            if (started.isPresent()) {
                return started;
            }
        }
        if (signal.points().isEmpty()) {
            return Optional.empty();
        }
        LocalDate first = dates[signal.points().get(0)];
        return series.annotations().stream()
                .filter(a -> a.cycle().isPresent() && !a.date().isAfter(first))
                .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b)
                .flatMap(Annotation::cycle);
    }

    /**
     * The first point at or after the chart's first change: the earliest of the first part
     * boundary, the end of the frozen baseline, and the first point dated on or after the first
     * annotation that cites a PDSA cycle (the point {@link #cycleFor} would tie to that cycle).
     * The number of points if the chart marks no change.
     */
    int firstChange() {
        int change = partStarts.length > 1 ? partStarts[1] : y.length;
        if (freeze > 0) {
            change = Math.min(change, freeze);
        }
        if (series != null) {
            for (Annotation a : series.annotations()) {
                if (a.cycle().isPresent()) {
                    change = Math.min(change, firstOnOrAfter(a.date()));
                }
            }
        }
        return change;
    }

    /** {@return the first point dated on or after the date, the number of points if none; dates strictly increase} */
    private int firstOnOrAfter(LocalDate date) {
        int low = 0;
        int high = dates.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (dates[mid].isBefore(date)) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The signals with a direction placed against the first change: one whose first point comes
     * before it is {@link Meaning#BEFORE_CHANGE} if its last does too, else
     * {@link Meaning#ACROSS_CHANGE}. A point beyond limits that the change moved is the same
     * change seen twice as a run is, so single points are placed too.
     */
    List<Signal> placed(List<Signal> signals) {
        int change = firstChange();
        return signals.stream().map(s -> {
            List<Integer> p = s.points();
            if (!s.meaning().hasDirection() || p.isEmpty() || p.get(0) >= change) {
                return s;
            }
            return s.withMeaning(p.get(p.size() - 1) < change ? Meaning.BEFORE_CHANGE : Meaning.ACROSS_CHANGE);
        }).toList();
    }

    /** {@return what a move to one side means, given the direction of improvement} */
    Meaning meaning(int side) {
        if (direction == null || side == 0) {
            return Meaning.UNCLASSIFIED;
        }
        boolean up = side > 0;
        return up == (direction == Direction.UP) ? Meaning.IMPROVEMENT : Meaning.DETERIORATION;
    }
}
