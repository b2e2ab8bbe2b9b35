package org.ccmcoach.allocation;

import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.ccmcoach.allocation.capacity.CapacityPlanner;
import org.ccmcoach.allocation.internal.Instance;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.core.value.Plural;
import org.ccmcoach.core.value.PropertyPath;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Which coaches a program has, which practices want one, and the rules that bind them: the input
 * to {@link Allocator#allocate}, {@link AllocationChecker#check} and {@link CapacityPlanner}.
 *
 * <p>A practice's load on a coach is its {@linkplain AllocationPolicy#coachingHours coaching hours}
 * plus its visits times the round trip between them. Travel comes from {@link #travelTimes()}
 * where the caller gives it, otherwise from the great-circle distance between the coach's home
 * and the practice under the policy's speed and detour factor.
 *
 * <p>A problem is rejected at construction, naming the element and the rule, when it is malformed
 * (a duplicate id, a pin, current coach, forbidden coach or travel time naming an unknown coach or
 * practice, a pair with neither a travel time nor two locations) or infeasible (a practice pinned
 * to a coach beyond the travel limit, without its expertise, not a point of contact, or pinned
 * though not a candidate; more pinned practices than a coach has hours or caseload for).
 *
 * <pre>{@code
 * AllocationProblem problem = AllocationProblem.builder()
 *         .policy(AllocationPolicy.defaults())
 *         .addCoaches(CoachProfile.of(ana), CoachProfile.of(ben))
 *         .addPractices(PracticeProfile.builder().practice(riverside).triage(TriageLevel.FUNCTIONAL).build())
 *         .addTravelTimes(TravelTime.of(ana.id(), riverside.id(), 35))
 *         .build();
 * problem.load(ana.id(), riverside.id());   // coaching hours + visits × round trip, in hours
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableAllocationProblem.class)
public abstract class AllocationProblem implements WithAllocationProblem {

    AllocationProblem() {
    }

    /**
     * Starts building a problem.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AllocationProblem}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableAllocationProblem.Builder {
        Builder() {
        }
    }

    /**
     * The rules; {@link AllocationPolicy#defaults()} when not given.
     *
     * @return the policy, not null
     */
    @Value.Default
    @NotNull
    public AllocationPolicy policy() {
        return AllocationPolicy.defaults();
    }

    /**
     * The program's coaches, ids unique.
     *
     * @return the coaches, immutable
     */
    public abstract List<@NotNull CoachProfile> coaches();

    /**
     * The practices that may be coached, ids unique.
     *
     * @return the practices, immutable
     */
    public abstract List<@NotNull PracticeProfile> practices();

    /**
     * One-way travel times the caller knows, at most one per coach and practice.
     *
     * @return the travel-time entries, immutable
     */
    public abstract List<@NotNull TravelTime> travelTimes();

    @Value.Lazy
    Instance instance() {
        return new Instance(this);
    }

    /**
     * Finds a coach by id.
     *
     * @param id  the id, not null
     * @return the coach, empty if not in the problem
     */
    public final Optional<CoachProfile> coach(CoachId id) {
        return Optional.ofNullable(instance().coachIndex.get(id)).map(coaches()::get);
    }

    /**
     * Finds a practice by id.
     *
     * @param id  the id, not null
     * @return the practice, empty if not in the problem
     */
    public final Optional<PracticeProfile> practice(PracticeId id) {
        return Optional.ofNullable(instance().practiceIndex.get(id)).map(practices()::get);
    }

    /**
     * The one-way travel time from a coach's base to a practice.
     *
     * @param coach  a coach of the problem
     * @param practice  a practice of the problem
     * @return minutes, 0 or more
     * @throws IllegalArgumentException if either is not in the problem
     */
    public final double oneWayMinutes(CoachId coach, PracticeId practice) {
        return instance().oneWay(coachIndex(coach), practiceIndex(practice));
    }

    /**
     * A coach's one-way trip to a practice, for costing: the minutes as {@link #oneWayMinutes} gives
     * them, the miles they cover at the policy's road speed (a travel-time matrix gives no distance).
     *
     * @param coach  a coach of the problem
     * @param practice  a practice of the problem
     * @return the trip
     * @throws IllegalArgumentException if either is not in the problem, or neither a travel time nor
     *         both locations are known
     */
    public final org.ccmcoach.core.cost.Trip trip(CoachId coach, PracticeId practice) {
        double minutes = oneWayMinutes(coach, practice);
        if (Double.isNaN(minutes)) {
            throw new IllegalArgumentException("No travel time from " + coach + " to " + practice
                    + ": give one, or locations for both");
        }
        return org.ccmcoach.core.cost.Trip.of(minutes, Instance.miles(policy(), minutes));
    }

    /**
     * Coaching hours a month the practice takes, travel excluded.
     *
     * @param practice  a practice of the problem
     * @return hours a month
     * @throws IllegalArgumentException if the practice is not in the problem
     */
    public final double coachingHours(PracticeId practice) {
        return instance().coachingHours[practiceIndex(practice)];
    }

    /**
     * The practice's load on the coach: coaching hours plus visits times the round trip.
     *
     * @param coach  a coach of the problem
     * @param practice  a practice of the problem
     * @return hours a month
     * @throws IllegalArgumentException if either is not in the problem
     */
    public final double load(CoachId coach, PracticeId practice) {
        return instance().load(coachIndex(coach), practiceIndex(practice));
    }

    /**
     * The pair rules that keep a coach from a practice: role, forbidden coach, expertise, travel
     * limit, a pin to another coach. Empty when the coach may serve the practice.
     *
     * @param coach  a coach of the problem
     * @param practice  a practice of the problem
     * @return the rules, immutable
     * @throws IllegalArgumentException if either is not in the problem
     */
    public final Set<AllocationRule> barriers(CoachId coach, PracticeId practice) {
        return Set.copyOf(instance().barriers(coachIndex(coach), practiceIndex(practice)));
    }

    /**
     * The practices from highest priority to lowest: triage candidates, then practices not yet
     * triaged, then those that may not be coached; within each, readiness, the caller's priority and id.
     *
     * @return the practices, immutable
     */
    public final List<PracticeProfile> priorityOrder() {
        Instance in = instance();
        return IntStream.of(in.order).mapToObj(practices()::get).toList();
    }

    int coachIndex(CoachId id) {
        Integer c = instance().coachIndex.get(id);
        if (c == null) {
            throw new IllegalArgumentException("Coach " + id + " is not in the problem");
        }
        return c;
    }

    int practiceIndex(PracticeId id) {
        Integer p = instance().practiceIndex.get(id);
        if (p == null) {
            throw new IllegalArgumentException("Practice " + id + " is not in the problem");
        }
        return p;
    }

    /**
     * Returns a one-line summary, such as {@code AllocationProblem[12 coaches, 120 practices, 0 travel times]}.
     *
     * @return the summary
     */
    @Override
    public final String toString() {
        return "AllocationProblem[" + Plural.count(coaches().size(), "coach", "coaches") + ", "
                + Plural.count(practices().size(), "practice") + ", " + Plural.count(travelTimes().size(), "travel time") + "]";
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this).requireEach(AllocationProblem::references).requireEach(AllocationProblem::feasibility).check();
    }

    private List<Problem> references() {
        List<Problem> found = new ArrayList<>();
        Set<CoachId> coachIds = new HashSet<>();
        for (int i = 0; i < coaches().size(); i++) {
            CoachId id = coaches().get(i).id();
            if (!coachIds.add(id)) {
                found.add(violation(PropertyPath.of("coaches").at(i).then("coach").then("id"), "must be unique; another coach has it", id));
            }
        }
        Set<PracticeId> practiceIds = new HashSet<>();
        for (int i = 0; i < practices().size(); i++) {
            PracticeProfile p = practices().get(i);
            if (!practiceIds.add(p.id())) {
                found.add(violation(PropertyPath.of("practices").at(i).then("practice").then("id"), "must be unique; another practice has it", p.id()));
            }
            PropertyPath at = PropertyPath.of("practices").at(i);
            p.pinnedCoach().filter(c -> !coachIds.contains(c)).ifPresent(c ->
                    found.add(violation(at.then("pinnedCoach"), "must name a coach of the problem", c)));
            p.currentCoach().filter(c -> !coachIds.contains(c)).ifPresent(c ->
                    found.add(violation(at.then("currentCoach"), "must name a coach of the problem", c)));
            for (CoachId c : p.forbiddenCoaches()) {
                if (!coachIds.contains(c)) {
                    found.add(violation(at.then("forbiddenCoaches"), "must name coaches of the problem", c));
                }
            }
        }
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < travelTimes().size(); i++) {
            TravelTime t = travelTimes().get(i);
            if (!coachIds.contains(t.coach())) {
                found.add(violation(PropertyPath.of("travelTimes").at(i).then("coach"), "must name a coach of the problem", t.coach()));
            }
            if (!practiceIds.contains(t.practice())) {
                found.add(violation(PropertyPath.of("travelTimes").at(i).then("practice"), "must name a practice of the problem", t.practice()));
            }
            if (!Double.isFinite(t.minutes())) {
                found.add(violation(PropertyPath.of("travelTimes").at(i).then("minutes"), "must be a finite number", t.minutes()));
            }
            if (!pairs.add(t.coach() + "\u0000" + t.practice())) {
                found.add(violation(PropertyPath.of("travelTimes").at(i), "must be the only entry for coach " + t.coach()
                        + " and practice " + t.practice(), t.minutes()));
            }
        }
        return found;
    }

    private List<Problem> feasibility() {
        List<Problem> found = new ArrayList<>();
        Instance in = instance();
        if (in.coachIndex.size() != in.nc || in.practiceIndex.size() != in.np) {
            return found;   // duplicate ids are reported by references()
        }
        // Only a coach or practice without a location can lack a travel time; check those pairs.
        List<Integer> homeless = new ArrayList<>();
        for (int c = 0; c < in.nc; c++) {
            if (in.coaches.get(c).coach().homeLocation().isEmpty()) {
                homeless.add(c);
            }
        }
        List<Integer> every = IntStream.range(0, in.nc).boxed().toList();
        for (int p = 0; p < in.np; p++) {
            boolean located = practices().get(p).practice().location().isPresent();
            if (located && homeless.isEmpty()) {
                continue;
            }
            for (int c : located ? homeless : every) {
                if (!in.hasGivenTime(c, p)) {
                    found.add(located
                            ? violation(PropertyPath.of("coaches").at(c).then("coach").then("homeLocation"), "must be given, or travelTimes must hold the time from coach "
                                    + in.coaches.get(c).id() + " to practice " + in.practices.get(p).id(), null)
                            : violation(PropertyPath.of("practices").at(p).then("practice").then("location"), "must be given, or travelTimes must hold the time from coach "
                                    + in.coaches.get(c).id() + " to practice " + in.practices.get(p).id(), null));
                    break;
                }
            }
        }
        if (!found.isEmpty()) {
            return found;
        }
        double[] pinnedHours = new double[in.nc];
        int[] pinnedCount = new int[in.nc];
        for (int p = 0; p < in.np; p++) {
            int c = in.pinned[p];
            if (c < 0) {
                continue;
            }
            PropertyPath at = PropertyPath.of("practices").at(p).then("pinnedCoach");
            CoachId coach = in.coaches.get(c).id();
            for (AllocationRule rule : in.barriers(c, p)) {
                found.add(violation(at, "must name a coach allowed to serve the practice: " + in.describe(rule, c, p), coach));
            }
            pinnedHours[c] += in.load(c, p);
            pinnedCount[c]++;
        }
        for (int c = 0; c < in.nc; c++) {
            if (pinnedHours[c] > in.capacity[c] + Instance.EPS) {
                found.add(violation(PropertyPath.of("coaches").at(c), "must have the hours for its pinned practices: they need "
                        + Instance.hours(pinnedHours[c]) + " a month, capacity is " + Instance.hours(in.capacity[c]),
                        in.coaches.get(c).id()));
            }
            if (pinnedCount[c] > in.cap[c]) {
                found.add(violation(PropertyPath.of("coaches").at(c), "must have the caseload for its pinned practices: " + pinnedCount[c]
                        + " pinned, cap is " + in.cap[c], in.coaches.get(c).id()));
            }
        }
        return found;
    }

    private static Problem violation(PropertyPath property, String rule, Object value) {
        return Problem.of("AllocationProblem", property, rule, value);
    }
}
