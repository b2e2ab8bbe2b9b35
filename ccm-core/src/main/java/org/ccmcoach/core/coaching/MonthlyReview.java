package org.ccmcoach.core.coaching;

import org.ccmcoach.core.value.Plural;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.Decimals;

/**
 * A coach's systematic monthly review (AF4Q): each practice in the portfolio with its phase,
 * status, the month's encounters from the facilitation log with the coach's hours by mode, its
 * PDSA cycles and indicator changes, and what needs attention.
 *
 * <p>Flags: {@link ReviewFlag#NO_CONTACT_30_DAYS} when a coached practice, engaged for 30 days or
 * more, had no logged encounter in the 30 days to the month's end (30 days is ccm's choice: AF4Q
 * asks for a monthly review but gives no no-contact threshold, and 30 days is about one review
 * period, so a practice left without contact for a whole month shows at the next review);
 * {@link ReviewFlag#BEHIND_SCHEDULE} when, for some activity type, fewer were logged as delivered
 * (encounters naming the type) than were scheduled up to the month's end: counted per type, so an
 * added visit does not hide a missed call (which occurrence a late one stands for is
 * {@code Fidelity}'s matching, not this flag's);
 * {@link ReviewFlag#GRADUATION_DUE} when the intervention's last day falls in or before the month
 * while the practice is still coached.
 *
 * <pre>{@code
 * MonthlyReview review = MonthlyReview.of(CoachId.of("coach-ana"), YearMonth.of(2026, 4), engagements, progress);
 * System.out.println(review);   // a table
 * MonthlyReview.effectiveness(engagements, progress, IndicatorSet.evidenceNow(), MissingIndicators.LEAVE_OUT);
 * }</pre>
 */
public final class MonthlyReview {

    private final CoachId coach;
    private final YearMonth month;
    private final List<PracticeMonth> practices;

    private MonthlyReview(CoachId coach, YearMonth month, List<PracticeMonth> practices) {
        this.coach = coach;
        this.month = month;
        this.practices = List.copyOf(practices);
    }

    /**
     * Reviews a coach's month.
     *
     * @param coach  the coach, not null
     * @param month  the month, not null
     * @param engagements  the program's engagements; those the coach takes part in and that started by the month's end are reviewed
     * @param progress  the latest progress snapshot per practice; practices without one show no cycles or indicators
     * @return the review, not null
     */
    public static MonthlyReview of(CoachId coach, YearMonth month, Collection<Engagement> engagements,
                                   Map<PracticeId, PracticeProgress> progress) {
        Objects.requireNonNull(coach, "coach");
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<PracticeMonth> lines = new ArrayList<>();
        for (Engagement e : engagements) {
            Optional<CoachAssignment> assignment = e.coaches().stream().filter(a -> a.coach().equals(coach)).findFirst();
            if (assignment.isEmpty() || e.start().isAfter(last)) {
                continue;
            }
            List<Encounter> mine = e.encounters().stream()
                    .filter(c -> c.includes(coach) && !c.date().isBefore(first) && !c.date().isAfter(last)).toList();
            Map<ContactMode, Long> minutes = new EnumMap<>(ContactMode.class);
            mine.forEach(c -> minutes.merge(c.mode(), (long) c.minutes(), Long::sum)); // long: no int overflow
            EngagementStatus status = e.statusOn(last).orElseThrow();
            Set<ReviewFlag> flags = EnumSet.noneOf(ReviewFlag.class);
            if (status.coached() && !e.start().isAfter(last.minusDays(30))
                    && e.encounters().stream().noneMatch(c -> c.date().isAfter(last.minusDays(30)) && !c.date().isAfter(last))) {
                flags.add(ReviewFlag.NO_CONTACT_30_DAYS);
            }
            // Per activity type, delivered up to what was due: an added visit or a second call does not
            // stand in for a missed activity of another type.
            Map<ActivityType, Long> due = e.schedule().stream().filter(s -> !s.date().isAfter(last))
                    .collect(Collectors.groupingBy(s -> s.activity().type(), () -> new EnumMap<>(ActivityType.class),
                            Collectors.counting()));
            Map<ActivityType, Long> done = e.encounters().stream().filter(c -> c.activity().isPresent() && !c.date().isAfter(last))
                    .collect(Collectors.groupingBy(c -> c.activity().get(), () -> new EnumMap<>(ActivityType.class),
                            Collectors.counting()));
            if (due.entrySet().stream().anyMatch(d -> done.getOrDefault(d.getKey(), 0L) < d.getValue())) {
                flags.add(ReviewFlag.BEHIND_SCHEDULE);
            }
            if (status.coached() && !e.end().minusDays(1).isAfter(last)) {
                flags.add(ReviewFlag.GRADUATION_DUE);
            }
            List<ActionItem> itemsDue = e.encounters().stream().filter(c -> !c.date().isAfter(last))
                    .flatMap(c -> c.actionItems().stream())
                    .filter(a -> !a.due().isBefore(first) && !a.due().isAfter(last)).toList();
            PracticeProgress p = progress.get(e.practice());
            lines.add(new PracticeMonth(e.practice(), assignment.get().role(), e.phaseOn(last).map(Phase::name), status,
                    mine.size(), minutes, itemsDue,
                    p == null ? OptionalInt.empty() : OptionalInt.of(p.pdsaCyclesCompleted()),
                    p == null ? OptionalDouble.empty() : p.acicChange(),
                    p == null ? Map.of() : p.indicators(), flags));
        }
        return new MonthlyReview(coach, month, lines);
    }

    /**
     * Classes each point-of-contact coach by EvidenceNOW's definition: the share of their practices
     * that improved on at least one indicator of a named set (≥ 75 % more effective, &lt; 50 % less
     * effective, classed only with at least 4 practices counted).
     *
     * <p>A practice with a change on some of the set's indicators is judged on those it has; one with
     * none (no snapshot, or none of the set's indicators) follows {@code missing}, and is listed in
     * the result either way. Read {@link IndicatorSet} on why the set must be small and named.
     *
     * @param engagements  the program's engagements, not null
     * @param progress  the latest snapshot per practice, not null
     * @param indicators  the indicators "improved" is judged on, not null
     * @param missing  what to do with practices without data, not null
     * @return per coach, in first-seen order, the classing
     */
    public static Map<CoachId, CoachEffectiveness> effectiveness(Collection<Engagement> engagements,
                                                                 Map<PracticeId, PracticeProgress> progress,
                                                                 IndicatorSet indicators, MissingIndicators missing) {
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(missing, "missing");
        Map<CoachId, List<Engagement>> byCoach = engagements.stream().collect(Collectors.groupingBy(
                Engagement::pointOfContact, java.util.LinkedHashMap::new, Collectors.toList()));
        Map<CoachId, CoachEffectiveness> result = new java.util.LinkedHashMap<>();
        byCoach.forEach((coach, list) -> {
            int counted = 0;
            int improved = 0;
            List<PracticeId> withoutData = new ArrayList<>();
            for (Engagement e : list) {
                PracticeProgress p = progress.get(e.practice());
                if (p == null || !indicators.hasData(p)) {
                    withoutData.add(e.practice());
                    if (missing == MissingIndicators.COUNT_AS_NOT_IMPROVED) {
                        counted++;
                    }
                    continue;
                }
                counted++;
                if (indicators.improved(p)) {
                    improved++;
                }
            }
            result.put(coach, new CoachEffectiveness(coach, counted, improved, Effectiveness.of(improved, counted),
                    indicators.name(), missing, withoutData));
        });
        return result;
    }

    /** {@return the coach reviewed} */
    public CoachId coach() {
        return coach;
    }

    /** {@return the month reviewed} */
    public YearMonth month() {
        return month;
    }

    /** {@return one line per practice in the portfolio} */
    public List<PracticeMonth> practices() {
        return practices;
    }

    /** {@return a table: one line per practice, then its flags} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append("Monthly review ").append(coach).append(' ').append(month).append(": ")
                .append(Plural.count(practices.size(), "practice")).append('\n');
        // Column headers in full words: a header cut to fit its column leaves the reader guessing.
        out.append(String.format(Locale.ROOT, "  %-10s %-8s %-10s %10s %13s %12s %16s %5s %6s  %s%n", "practice", "role",
                "status", "encounters", "hours in person", "hours remote", "action items due", "PDSA", "ACIC", "flags"));
        for (PracticeMonth p : practices) {
            out.append(String.format(Locale.ROOT, "  %-10s %-8s %-10s %10d %13s %12s %16d %5s %6s  %s", p.practice(),
                    label(p.role()), p.status(), p.encounters(),
                    Decimals.fixed(p.hoursInPerson(), 1), Decimals.fixed(p.hoursRemote(), 1), p.actionItemsDue().size(),
                    p.pdsaCycles().isPresent() ? String.valueOf(p.pdsaCycles().getAsInt()) : "-",
                    p.acicChange().isPresent() ? Decimals.signed(p.acicChange().getAsDouble(), 2) : "-",
                    p.flags().stream().map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', ' ')).sorted()
                            .collect(Collectors.joining(", "))).stripTrailing()).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** The role's short label in the review's table: "contact", "TA" or "BH". */
    private static String label(EngagementRole role) {
        return switch (role) {
            case POINT_OF_CONTACT -> "contact";
            case TECHNICAL_ASSISTANCE -> "TA";
            case BEHAVIOURAL_HEALTH -> "BH";
        };
    }
}
