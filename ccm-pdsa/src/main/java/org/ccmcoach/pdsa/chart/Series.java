package org.ccmcoach.pdsa.chart;

import org.ccmcoach.core.value.Plural;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Violation;
import org.ccmcoach.pdsa.Direction;
import org.ccmcoach.pdsa.MeasureId;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A measure over time: observations in date order, annotations, the parts the user started, an
 * optional baseline freeze, and the direction of improvement.
 *
 * <p>Observations all have the same {@link Observation.Kind} and strictly increasing dates. A
 * freeze of k points computes the first part's centre line (and limits) from its first k points
 * and extends them; every point is still tested for signals.
 *
 * <pre>{@code
 * Series noShows = Series.builder().name("No-show rate").measure(MeasureId.of("no-show-rate"))
 *         .direction(Direction.DOWN)
 *         .addObservations(Observation.proportion(LocalDate.of(2025, 1, 1), 13, 60), ...)
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

    /**
     * The series' name, as charts title it.
     *
     * @return the series' name, as charts title it
     */
    @NotBlank
    @Size(max = 200)
    public abstract String name();

    /**
     * The measure plotted, if it is one of a project's.
     *
     * @return the measure plotted, if it is one of a project's
     */
    public abstract Optional<MeasureId> measure();

    /**
     * Which way is better, to class signals as improvement or deterioration.
     *
     * @return which way is better, to class signals as improvement or deterioration
     */
    public abstract Optional<Direction> direction();

    /**
     * The points, in strictly increasing date order.
     *
     * @return the points, in strictly increasing date order
     */
    @NotEmpty
    public abstract List<@NotNull Observation> observations();

    /**
     * Notes at dates.
     *
     * @return notes at dates
     */
    public abstract List<@NotNull Annotation> annotations();

    /**
     * Parts started after the first, in date order.
     *
     * @return parts started after the first, in date order
     */
    public abstract List<@NotNull Part> parts();

    /**
     * The number of points the first part's centre line is frozen on, if frozen.
     *
     * @return the number of points the first part's centre line is frozen on, if frozen
     */
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

    /**
     * The index of the first point of each part, the first part starting at 0.
     *
     * @return the index of the first point of each part, the first part starting at 0
     */
    public final List<Integer> partStarts() {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (Part part : parts()) {
            for (int i = 0; i < observations().size(); i++) {
                if (!observations().get(i).date().isBefore(part.start())) {
                    if (i > starts.get(starts.size() - 1)) {
                        starts.add(i);
                    }
                    break;
                }
            }
        }
        return List.copyOf(starts);
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this).requireEach(Series::orderViolations).check();
    }

    private List<Violation> orderViolations() {
        List<Violation> found = new ArrayList<>();
        Observation.Kind kind = observations().get(0).kind();
        for (int i = 1; i < observations().size(); i++) {
            Observation o = observations().get(i);
            if (!o.date().isAfter(observations().get(i - 1).date())) {
                found.add(Violation.of("Series", "observations[" + i + "].date",
                        "must be after the previous point's date " + observations().get(i - 1).date(), o.date()));
            }
            if (o.kind() != kind) {
                found.add(Violation.of("Series", "observations[" + i + "]", "must be a " + kind + " like the first point",
                        o.kind()));
            }
        }
        for (int i = 0; i < parts().size(); i++) {
            Part p = parts().get(i);
            boolean afterFirst = p.start().isAfter(observations().get(0).date());
            boolean ordered = i == 0 || p.start().isAfter(parts().get(i - 1).start());
            boolean hasPoints = observations().stream().anyMatch(o -> !o.date().isBefore(p.start()));
            if (!afterFirst || !ordered || !hasPoints) {
                found.add(Violation.of("Series", "parts[" + i + "].start",
                        "must be after the first point and the previous part, with a point on or after it", p.start()));
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
