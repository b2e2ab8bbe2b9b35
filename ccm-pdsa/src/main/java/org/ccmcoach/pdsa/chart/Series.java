package org.ccmcoach.pdsa.chart;

import org.ccmcoach.core.value.PropertyPath;
import org.ccmcoach.core.value.Plural;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.pdsa.Direction;
import org.ccmcoach.pdsa.MeasureId;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A measure over time: observations in date order, annotations, the parts the user started, an
 * optional baseline freeze, and the direction of improvement.
 *
 * <p>Its points all have the same {@link SeriesPoint.Kind} and strictly increasing dates. Each
 * part starts at its own point: two parts with no point between their starts are refused, since
 * the chart could show only one of them and its signals would name the wrong PDSA cycle (the
 * library's choice over merging them silently: the user knows which reason holds). A
 * freeze of k points computes the first part's centre line (and limits) from its first k points
 * and extends them; every point is still tested for signals.
 *
 * <pre>{@code
 * Series noShows = Series.builder().name("No-show rate").measure(MeasureId.of("no-show-rate"))
 *         .direction(Direction.DOWN)
 *         .addObservations(SeriesPoint.proportion(LocalDate.of(2025, 1, 1), 13, 60), ...)
 *         .addParts(Part.of(LocalDate.of(2026, 7, 1), "reminders adopted", CycleId.of("reminders-3")))
 *         .baselinePoints(12)
 *         .build();
 * RunChart.of(noShows).signals();
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableSeries.class)
public abstract class Series implements WithSeries {

    Series() {
    }

    /** {@return the series' name, as charts title it} */
    @NotBlank
    @PlainText
    @Size(max = 200)
    public abstract String name();

    /** {@return the measure plotted, if it is one of a project's} */
    public abstract Optional<MeasureId> measure();

    /** {@return which way is better, to class signals as improvement or deterioration} */
    public abstract Optional<Direction> direction();

    /** {@return the points, in strictly increasing date order} */
    @NotEmpty
    public abstract List<@NotNull SeriesPoint> observations();

    /** {@return notes at dates} */
    public abstract List<@NotNull Annotation> annotations();

    /** {@return parts started after the first, in date order} */
    public abstract List<@NotNull Part> parts();

    /** {@return the number of points the first part's centre line is frozen on, if frozen} */
    @Positive
    public abstract OptionalInt baselinePoints();

    /**
     * Starts building a series.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Series}. */
    public static final class Builder extends ImmutableSeries.Builder {
        Builder() {
        }
    }

    /** {@return the index of the first point of each part, the first part starting at 0} */
    public final List<Integer> partStarts() {
        return Arrays.stream(firstPoints()).boxed().toList();
    }

    /**
     * The index of each part's first point, the first part's (0) included: one pass over points and
     * parts together, both in date order. A part with no point on or after its start gets the
     * number of points; validation refuses it.
     */
    private int[] firstPoints() {
        int[] starts = new int[parts().size() + 1];
        int i = 0;
        for (int p = 0; p < parts().size(); p++) {
            LocalDate start = parts().get(p).start();
            while (i < observations().size() && observations().get(i).date().isBefore(start)) {
                i++;
            }
            starts[p + 1] = i;
        }
        return starts;
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this).requireEach(Series::orderViolations).check();
    }

    private List<Problem> orderViolations() {
        List<Problem> found = new ArrayList<>();
        SeriesPoint.Kind kind = observations().get(0).kind();
        for (int i = 1; i < observations().size(); i++) {
            SeriesPoint o = observations().get(i);
            if (!o.date().isAfter(observations().get(i - 1).date())) {
                found.add(Problem.of("Series", PropertyPath.of("observations").at(i).then("date"),
                        "must be after the previous point's date " + observations().get(i - 1).date(), o.date()));
            }
            if (o.kind() != kind) {
                found.add(Problem.of("Series", PropertyPath.of("observations").at(i), "must be a " + kind + " like the first point",
                        o.kind()));
            }
        }
        for (int i = 0; i < parts().size(); i++) {
            Part p = parts().get(i);
            boolean afterFirst = p.start().isAfter(observations().get(0).date());
            boolean after = i == 0 || p.start().isAfter(parts().get(i - 1).start());
            if (!afterFirst || !after) {
                found.add(Problem.of("Series", PropertyPath.of("parts").at(i).then("start"),
                        "must be after the first point and the previous part", p.start()));
            }
        }
        if (!found.isEmpty()) {
            return found; // out of order, the first points of the parts mean nothing
        }
        int[] starts = firstPoints();
        for (int i = 0; i < parts().size(); i++) {
            Part p = parts().get(i);
            if (starts[i + 1] == observations().size()) {
                found.add(Problem.of("Series", PropertyPath.of("parts").at(i).then("start"), "must have a point on or after it", p.start()));
            } else if (i > 0 && starts[i + 1] == starts[i]) {
                // Two parts on one point cannot both start there, and a signal could name the wrong cycle.
                SeriesPoint first = observations().get(starts[i + 1]);
                found.add(Problem.of("Series", PropertyPath.of("parts").at(i).then("start"), "must not start on the same point as parts["
                        + (i - 1) + "] (both start at the point of " + first.date() + ", with no point between them);"
                        + " keep one part, giving it both reasons", p.start()));
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return name() + ": " + Plural.count(observations().size(), "point") + (parts().isEmpty() ? "" : ", "
                + Plural.count(parts().size() + 1, "part")) + baselinePoints().stream().mapToObj(k -> ", baseline frozen at " + k).findFirst().orElse("");
    }
}
