package org.ccmcoach.core.coaching;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.ccmcoach.core.PracticeId;

/**
 * One practice's line in a coach's monthly review.
 *
 * <pre>{@code
 * PracticeMonth line = MonthlyReview.of(ana, YearMonth.of(2026, 10), engagements, progress).practices().get(0);
 * line.encounters();   // 2
 * line.flags();      // [NO_CONTACT_30_DAYS] when the practice has gone quiet
 * }</pre>
 *
 * @param practice  the practice
 * @param role  the reviewed coach's role there
 * @param phase  the phase at the month's end, empty outside the intervention
 * @param status  the status at the month's end
 * @param encounters  the month's encounters the reviewed coach took part in
 * @param minutesByMode  those encounters' minutes by mode
 * @param actionItemsDue  action items agreed at encounters up to the month's end and due within the month
 * @param pdsaCycles  PDSA cycles completed so far, from the progress snapshot
 * @param acicChange  the ACIC change so far, from the progress snapshot
 * @param indicators  indicator changes so far, from the progress snapshot
 * @param flags  what needs attention
 */
public record PracticeMonth(PracticeId practice, EngagementRole role, Optional<String> phase, EngagementStatus status,
                            int encounters, Map<ContactMode, Long> minutesByMode, List<ActionItem> actionItemsDue,
                            OptionalInt pdsaCycles,
                            OptionalDouble acicChange, Map<String, Double> indicators, Set<ReviewFlag> flags) {

    /**
     * Copies the collections and checks no part is null.
     *
     * @param practice  the practice
     * @param role  the reviewed coach's role there
     * @param phase  the phase at the month's end, empty outside the intervention
     * @param status  the status at the month's end
     * @param encounters  the month's encounters the reviewed coach took part in
     * @param minutesByMode  those encounters' minutes by mode
     * @param actionItemsDue  action items agreed at encounters up to the month's end and due within the month
     * @param pdsaCycles  PDSA cycles completed so far, from the progress snapshot
     * @param acicChange  the ACIC change so far, from the progress snapshot
     * @param indicators  indicator changes so far, from the progress snapshot
     * @param flags  what needs attention
     */
    public PracticeMonth {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(status, "status");
        minutesByMode = Map.copyOf(minutesByMode);
        actionItemsDue = List.copyOf(actionItemsDue);
        Objects.requireNonNull(pdsaCycles, "pdsaCycles");
        Objects.requireNonNull(acicChange, "acicChange");
        indicators = Map.copyOf(indicators);
        flags = Set.copyOf(flags);
    }

    /** {@return hours in person (on site, or off site at a group meeting) this month} */
    public double hoursInPerson() {
        return minutesByMode.entrySet().stream().filter(e -> !e.getKey().remote()).mapToLong(Map.Entry::getValue).sum() / 60.0;
    }

    /** {@return hours by phone, video or email this month} */
    public double hoursRemote() {
        return minutesByMode.entrySet().stream().filter(e -> e.getKey().remote()).mapToLong(Map.Entry::getValue).sum() / 60.0;
    }
}
