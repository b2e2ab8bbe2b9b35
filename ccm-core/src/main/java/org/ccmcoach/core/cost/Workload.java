package org.ccmcoach.core.cost;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.EnumMap;
import java.util.Map;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Finite;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The quantities a {@link CostModel} prices: coach time, travel, site visits, practices started and
 * occurrences of activities by type; and practice-months in the program, which no line prices
 * but a per-month rate needs. Built from an engagement's schedule or contacts
 * ({@link EngagementCosting}), from an allocation plan, or by hand.
 *
 * <pre>{@code
 * // a practice-year of 6 visits, each with the SEC trial's mean 87 minutes on site and 130 minutes'
 * // driving (Sutton et al., Implement Sci Commun 2023)
 * Workload year = Workload.builder().siteVisits(6).coachMinutes(6 * 87).travelMinutes(6 * 130)
 *         .practiceStarts(1).practiceMonths(12).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction. Quantities are measurements and may be
 * fractional (half a visit a month); they become decimal before any amount is computed.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableWorkload.class)
public abstract class Workload implements WithWorkload {

    Workload() {
    }

    /**
     * Starts building a workload; every quantity is 0 unless set.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Workload}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableWorkload.Builder {
        Builder() {
        }
    }

    /**
     * Coach site visits (two coaches on one visit are two).
     *
     * @return visits, 0 or more
     */
    @Value.Default
    @PositiveOrZero
    @Finite
    public double siteVisits() {
        return 0;
    }

    /**
     * Coach minutes with or for the practice, travel excluded.
     *
     * @return minutes, 0 or more
     */
    @Value.Default
    @PositiveOrZero
    @Finite
    public double coachMinutes() {
        return 0;
    }

    /**
     * Coach minutes travelling, both ways.
     *
     * @return minutes, 0 or more
     */
    @Value.Default
    @PositiveOrZero
    @Finite
    public double travelMinutes() {
        return 0;
    }

    /**
     * Miles driven, both ways.
     *
     * @return miles, 0 or more
     */
    @Value.Default
    @PositiveOrZero
    @Finite
    public double travelMiles() {
        return 0;
    }

    /**
     * Practices started (each pays start-up and materials once).
     *
     * @return practices, 0 or more
     */
    @Value.Default
    @PositiveOrZero
    public int practiceStarts() {
        return 0;
    }

    /**
     * Practice-months in the program: not priced by a {@link CostModel} (a learning collaborative is
     * priced by its sessions, {@link #activities()}), kept as the denominator of a cost per month.
     *
     * @return months, 0 or more
     */
    @Value.Default
    @PositiveOrZero
    @Finite
    public double practiceMonths() {
        return 0;
    }

    /**
     * Occurrences of activities by type, such as learning sessions held or scheduled; each is charged
     * {@link CostModel#activityExpenses()} for its type. A type left out has none.
     *
     * @return occurrences by type, each 0 or more
     */
    public abstract Map<@NotNull ActivityType, @NotNull @PositiveOrZero @Finite Double> activities();

    /**
     * This workload and another added.
     *
     * @param other  another workload, not null
     * @return the sum
     */
    public final Workload plus(Workload other) {
        return builder().siteVisits(siteVisits() + other.siteVisits()).coachMinutes(coachMinutes() + other.coachMinutes())
                .travelMinutes(travelMinutes() + other.travelMinutes()).travelMiles(travelMiles() + other.travelMiles())
                .practiceStarts(Math.addExact(practiceStarts(), other.practiceStarts()))
                .practiceMonths(practiceMonths() + other.practiceMonths()).activities(sum(activities(), other.activities()))
                .build();
    }

    private static Map<ActivityType, Double> sum(Map<ActivityType, Double> a, Map<ActivityType, Double> b) {
        Map<ActivityType, Double> out = new EnumMap<>(ActivityType.class);
        out.putAll(a);
        b.forEach((type, n) -> out.merge(type, n, Double::sum));
        return out;
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    @Override
    public final String toString() {
        return "Workload[" + siteVisits() + " visits, " + coachMinutes() + " coach min, " + travelMinutes()
                + " travel min, " + travelMiles() + " mi, " + practiceStarts() + " starts, " + practiceMonths()
                + " practice-months" + (activities().isEmpty() ? "" : ", " + activities()) + "]";
    }
}
