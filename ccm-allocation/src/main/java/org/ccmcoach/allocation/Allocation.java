package org.ccmcoach.allocation;

import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Invariants;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Who coaches whom, and why: the result of {@link Allocator#allocate}.
 *
 * <p>Every practice of the problem appears once, either in {@link #assignments()} or in
 * {@link #unserved()}; both lists are in priority order. The unserved are of two kinds:
 * {@link #waitlist()} holds those that could be coached and wait for a place, the rest are ruled out
 * by triage ({@link UnservedReason#NOT_A_CANDIDATE}) and wait for nothing. {@link #report()} prints
 * all of it for a program lead.
 *
 * <pre>{@code
 * Allocation a = Allocator.heuristic().allocate(problem);
 * a.coachOf(PracticeId.of("p-17"));   // Optional[coach-ana]
 * a.waitlist();                       // who gets the next free coach
 * System.out.println(a.report());
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableAllocation.class, converter = ReadChecks.Allocations.class)
public abstract class Allocation implements WithAllocation {

    Allocation() {
    }

    /**
     * Starts building an allocation.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Allocation}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableAllocation.Builder {
        Builder() {
        }
    }

    /**
     * The served practices with their coaches, highest priority first.
     *
     * @return the assignments, immutable
     */
    public abstract List<@NotNull Assignment> assignments();

    /**
     * Every practice without a coach, highest priority first, with the binding reason: the
     * {@link #waitlist()} and the practices triage rules out ({@link UnservedReason#NOT_A_CANDIDATE}).
     *
     * @return the unserved practices, immutable
     */
    public abstract List<@NotNull Unserved> unserved();

    /**
     * The technical-assistance coach of each served practice that has one, highest priority first:
     * the pilot's shape, a point-of-contact coach per practice and technical-assistance coaches
     * shared by many. Empty when the problem has no technical-assistance coach.
     *
     * @return the assignments, immutable
     */
    public abstract List<@NotNull Assignment> technicalAssistance();

    /**
     * Served practices left without a technical-assistance coach although the problem has some,
     * with the reason (none within the travel limit, or those within it full).
     *
     * @return the gaps, immutable
     */
    public abstract List<@NotNull Unserved> technicalAssistanceGaps();

    /**
     * The behavioural-health coach of each served practice that {@link PracticeProfile#needsBehaviouralHealth()
     * needs one} and has one, highest priority first: a behavioural-health coach beside the point of
     * contact, ccm's reading of an integrated-care program's interdisciplinary coaching team (Henwood
     * et al. 2020). Empty when no practice needs one.
     *
     * @return the assignments, immutable
     */
    public abstract List<@NotNull Assignment> behaviouralHealth();

    /**
     * Served practices that need behavioural-health coaching and are left without it, with the
     * reason: the program has no behavioural-health coach, none within the travel limit, or those
     * within it full.
     *
     * @return the gaps, immutable
     */
    public abstract List<@NotNull Unserved> behaviouralHealthGaps();

    /**
     * Each coach's practices, hours and utilization, in the problem's coach order.
     *
     * @return the coach loads, immutable
     */
    public abstract List<@NotNull CoachLoad> coachLoads();

    /**
     * The unserved practices that could be coached, highest priority first: {@link #unserved()}
     * without those triage rules out: the practices waiting for a place.
     *
     * @return the waitlist, immutable
     */
    public final List<Unserved> waitlist() {
        return unserved().stream().filter(u -> u.reason() != UnservedReason.NOT_A_CANDIDATE).toList();
    }

    /**
     * The plan as practice → coach, in priority order; the form {@link AllocationChecker} checks.
     *
     * @return the pairs, immutable
     */
    public final Map<PracticeId, CoachId> plan() {
        Map<PracticeId, CoachId> plan = new LinkedHashMap<>();
        assignments().forEach(a -> plan.put(a.practice(), a.coach()));
        return java.util.Collections.unmodifiableMap(plan);
    }

    /**
     * The coach of a practice.
     *
     * @param practice  the practice, not null
     * @return its coach, empty if unserved or unknown
     */
    public final Optional<CoachId> coachOf(PracticeId practice) {
        return assignments().stream().filter(a -> a.practice().equals(practice)).map(Assignment::coach).findFirst();
    }

    /**
     * Travel hours a month over all coaches.
     *
     * @return hours, 0 or more
     */
    public final double totalTravelHours() {
        return assignments().stream().mapToDouble(Assignment::travelHours).sum();
    }

    /**
     * The plan, the waitlist with reasons, the practices ruled out and each coach's load, as text.
     *
     * @return a multi-line report
     */
    public final String report() {
        StringBuilder out = new StringBuilder();
        List<Unserved> waitlist = waitlist(); // filtered once: 50,000 unserved made a loop over it quadratic
        out.append("Plan: ").append(assignments().size()).append(" served, ").append(waitlist.size()).append(" waitlisted, ")
                .append(unserved().size() - waitlist.size()).append(" not candidates; ")
                .append(Decimals.fixed(totalTravelHours(), 1)).append(" travel h/month").append(System.lineSeparator());
        assignments().forEach(a -> out.append("  ").append(a).append(System.lineSeparator()));
        if (!waitlist.isEmpty()) {
            out.append("Waitlist:").append(System.lineSeparator());
            for (int i = 0; i < waitlist.size(); i++) {
                out.append(i < 9 ? "   " : "  ").append(i + 1).append(". ").append(waitlist.get(i))
                        .append(System.lineSeparator()); // as "%2d. %s%n", without a format per line
            }
        }
        List<Unserved> ruledOut = unserved().stream().filter(u -> u.reason() == UnservedReason.NOT_A_CANDIDATE).toList();
        if (!ruledOut.isEmpty()) {
            out.append("Not candidates:").append(System.lineSeparator());
            ruledOut.forEach(u -> out.append("  ").append(u).append(System.lineSeparator()));
        }
        if (!technicalAssistance().isEmpty() || !technicalAssistanceGaps().isEmpty()) {
            out.append("Technical assistance:").append(System.lineSeparator());
            technicalAssistance().forEach(a -> out.append("  ").append(a).append(System.lineSeparator()));
            technicalAssistanceGaps().forEach(u -> out.append("  ").append(u).append(System.lineSeparator()));
        }
        if (!behaviouralHealth().isEmpty() || !behaviouralHealthGaps().isEmpty()) {
            out.append("Behavioural health:").append(System.lineSeparator());
            behaviouralHealth().forEach(a -> out.append("  ").append(a).append(System.lineSeparator()));
            behaviouralHealthGaps().forEach(u -> out.append("  ").append(u).append(System.lineSeparator()));
        }
        out.append("Coaches:").append(System.lineSeparator());
        coachLoads().forEach(l -> out.append("  ").append(l).append(System.lineSeparator()));
        return out.toString();
    }

    /**
     * Returns {@code Allocation[served 118, waitlist 2, not candidates 0, travel 140.2 h/month]}.
     *
     * @return a one-line summary
     */
    @Override
    public final String toString() {
        return "Allocation[served " + assignments().size() + ", waitlist " + waitlist().size() + ", not candidates "
                + (unserved().size() - waitlist().size()) + ", travel " + Decimals.fixed(totalTravelHours(), 1) + " h/month]";
    }

    /**
     * Checks the allocation's invariants in plain code, as every value ccm computes does: no reflection per
     * value. One read from JSON is checked fully where it is read ({@link ReadChecks}).
     */
    @Value.Check
    final void validate() {
        Invariants invariants = Invariants.of(Allocation.class)
                .requireNonNullElements(assignments(), "assignments")
                .requireNonNullElements(unserved(), "unserved")
                .requireNonNullElements(technicalAssistance(), "technicalAssistance")
                .requireNonNullElements(technicalAssistanceGaps(), "technicalAssistanceGaps")
                .requireNonNullElements(behaviouralHealth(), "behaviouralHealth")
                .requireNonNullElements(behaviouralHealthGaps(), "behaviouralHealthGaps")
                .requireNonNullElements(coachLoads(), "coachLoads");
        invariants.check();   // the rules below read the elements
        Map<PracticeId, CoachId> plan = plan();
        java.util.Set<PracticeId> supported = new java.util.HashSet<>();
        technicalAssistance().forEach(t -> supported.add(t.practice()));
        java.util.Set<PracticeId> integrated = new java.util.HashSet<>();
        behaviouralHealth().forEach(b -> integrated.add(b.practice()));
        invariants.require(plan.size() == assignments().size(), "assignments", "must give each practice one coach",
                        assignments())
                .require(unserved().stream().noneMatch(u -> plan.containsKey(u.practice())), "unserved",
                        "must not hold a practice that has a coach", unserved())
                .require(technicalAssistance().stream().allMatch(t -> plan.containsKey(t.practice()))
                                && supported.size() == technicalAssistance().size(), "technicalAssistance",
                        "must give at most one coach to each served practice", technicalAssistance())
                .require(technicalAssistanceGaps().stream().allMatch(u -> plan.containsKey(u.practice())
                                && !supported.contains(u.practice())), "technicalAssistanceGaps",
                        "must hold only served practices without technical assistance", technicalAssistanceGaps())
                .require(behaviouralHealth().stream().allMatch(b -> plan.containsKey(b.practice()))
                                && integrated.size() == behaviouralHealth().size(), "behaviouralHealth",
                        "must give at most one coach to each served practice", behaviouralHealth())
                .require(behaviouralHealthGaps().stream().allMatch(u -> plan.containsKey(u.practice())
                                && !integrated.contains(u.practice())), "behaviouralHealthGaps",
                        "must hold only served practices without behavioural-health coaching", behaviouralHealthGaps())
                .check();
    }
}
