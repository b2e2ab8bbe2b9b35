package org.ccmcoach.pdsa.chart;

import org.ccmcoach.core.value.NotBlankIfPresent;

import jakarta.validation.constraints.NotNull;
import org.ccmcoach.core.value.PlainText;
import org.ccmcoach.core.value.SupportedDate;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One point of a series: its date (a period is given by its first day, such as 2026-03-01 for
 * March) and a value, a numerator over a denominator, or a count over an exposure.
 *
 * <p>A point may be excluded from the calculations with a reason (it is still shown), and may be
 * marked by the user as an astronomical point, an obviously different value; no rule computes that.
 *
 * <p>A FHIR {@code Observation} becomes one of these in ccm-fhir; the name keeps the two apart. A
 * {@link Series} lists its points as {@code observations}, the name its JSON has always used.
 *
 * <pre>{@code
 * SeriesPoint.of(LocalDate.of(2026, 3, 1), 18.5);
 * SeriesPoint.proportion(LocalDate.of(2026, 3, 1), 11, 60);       // 11 of 60 visits missed
 * SeriesPoint.rate(LocalDate.of(2026, 3, 1), 4, 1250.0);          // 4 falls per 1,250 bed-days
 * SeriesPoint.count(LocalDate.of(2026, 3, 1), 7);
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableSeriesPoint.class)
public abstract class SeriesPoint implements WithSeriesPoint {

    /** The shape of an observation's data. */
    public enum Kind {
        /** A measured value. */
        VALUE,
        /** A numerator over a denominator, 0 &le; numerator &le; denominator. */
        PROPORTION,
        /** A count over an exposure such as patient-days. */
        RATE,
        /** A count of events in equal opportunity. */
        COUNT
    }

    SeriesPoint() {
    }

    /** {@return the date, or the first day of the period} */
    @NotNull
    @SupportedDate
    public abstract LocalDate date();

    /** {@return the measured value, for a {@link Kind#VALUE}} */
    public abstract OptionalDouble value();

    /** {@return the numerator of a proportion} */
    public abstract OptionalLong numerator();

    /** {@return the denominator of a proportion} */
    public abstract OptionalLong denominator();

    /** {@return the count of a rate or count} */
    public abstract OptionalLong count();

    /**
     * The smallest exposure of a rate (10⁻⁶): below it a count over it, or a u chart's limits, can
     * overflow to infinity. Exposures are patient-days or visits, far above it; the bound is ours.
     */
    public static final double MIN_EXPOSURE = 1e-6;

    /** {@return the exposure of a rate} */
    public abstract OptionalDouble exposure();

    /** {@return why the point is left out of the calculations, if it is} */
    public abstract Optional<@NotBlankIfPresent @PlainText @Size(max = 500) String> excluded();

    /** {@return the user's mark of an obviously different value} */
    @Value.Default
    public boolean astronomical() {
        return false;
    }

    /**
     * A measured value.
     *
     * @param date  the date or first day of the period
     * @param value  the value, finite
     * @return the observation, not null
     */
    public static SeriesPoint of(LocalDate date, double value) {
        return ImmutableSeriesPoint.builder().date(date).value(value).build();
    }

    /**
     * A proportion.
     *
     * @param date  the date or first day of the period
     * @param numerator  how many had the event, 0 or more
     * @param denominator  how many could have, at least 1 and at least the numerator
     * @return the observation, not null
     */
    public static SeriesPoint proportion(LocalDate date, long numerator, long denominator) {
        return ImmutableSeriesPoint.builder().date(date).numerator(numerator).denominator(denominator).build();
    }

    /**
     * A rate.
     *
     * @param date  the date or first day of the period
     * @param count  the events, 0 or more
     * @param exposure  the exposure, more than 0
     * @return the observation, not null
     */
    public static SeriesPoint rate(LocalDate date, long count, double exposure) {
        return ImmutableSeriesPoint.builder().date(date).count(count).exposure(exposure).build();
    }

    /**
     * A count.
     *
     * @param date  the date or first day of the period
     * @param count  the events, 0 or more
     * @return the observation, not null
     */
    public static SeriesPoint count(LocalDate date, long count) {
        return ImmutableSeriesPoint.builder().date(date).count(count).build();
    }

    /** {@return the shape of the data} */
    public final Kind kind() {
        if (value().isPresent()) {
            return Kind.VALUE;
        }
        if (numerator().isPresent()) {
            return Kind.PROPORTION;
        }
        return exposure().isPresent() ? Kind.RATE : Kind.COUNT;
    }

    /** {@return the plotted value: the value, the proportion, the rate, or the count} */
    public final double y() {
        return switch (kind()) {
            case VALUE -> value().getAsDouble();
            case PROPORTION -> (double) numerator().getAsLong() / denominator().getAsLong();
            case RATE -> count().getAsLong() / exposure().getAsDouble();
            case COUNT -> count().getAsLong();
        };
    }

    /**
     * This observation marked as excluded from the calculations (still drawn), with the reason.
     *
     * @param reason  why, such as "EHR outage: counts incomplete", not blank
     * @return the excluded observation
     */
    public final SeriesPoint exclude(String reason) {
        return withExcluded(reason);
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("value", o -> shapes(o) == 1,
                        "must be given, or a numerator with a denominator, or a count (with an exposure for a rate)",
                        SeriesPoint::value)
                .require("value", o -> o.value().stream().allMatch(Double::isFinite), "must be finite", SeriesPoint::value)
                .require("denominator", o -> o.denominator().stream().allMatch(d -> d >= 1)
                        && o.numerator().isPresent() == o.denominator().isPresent(),
                        "must be at least 1 and given with a numerator", SeriesPoint::denominator)
                .require("numerator", o -> o.numerator().isEmpty() || o.numerator().getAsLong() >= 0
                        && o.numerator().getAsLong() <= o.denominator().orElse(Long.MAX_VALUE),
                        "must be from 0 to the denominator", SeriesPoint::numerator)
                .require("count", o -> o.count().stream().allMatch(c -> c >= 0), "must be at least 0", SeriesPoint::count)
                .require("exposure", o -> o.exposure().stream().allMatch(e -> Double.isFinite(e) && e > 0)
                        && (o.exposure().isEmpty() || o.count().isPresent()),
                        "must be more than 0 and given with a count", SeriesPoint::exposure)
                .require("exposure", o -> o.exposure().stream().allMatch(e -> !(e > 0) || e >= MIN_EXPOSURE),
                        "must be at least 0.000001, so that the rate and its limits are finite", SeriesPoint::exposure)
                .check();
    }

    private static int shapes(SeriesPoint o) {
        return (o.value().isPresent() ? 1 : 0) + (o.numerator().isPresent() || o.denominator().isPresent() ? 1 : 0)
                + (o.count().isPresent() ? 1 : 0);
    }

    @Override
    public String toString() {
        String data = switch (kind()) {
            case VALUE -> String.valueOf(value().getAsDouble());
            case PROPORTION -> numerator().getAsLong() + "/" + denominator().getAsLong();
            case RATE -> count().getAsLong() + "/" + exposure().getAsDouble();
            case COUNT -> String.valueOf(count().getAsLong());
        };
        return date() + " " + data + (astronomical() ? " (astronomical)" : "")
                + excluded().map(r -> " (excluded: " + r + ")").orElse("");
    }
}
