package org.ccmcoach.core.fidelity;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.CoachAssignment;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.KeyChange;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.coaching.Phase;
import org.ccmcoach.core.coaching.ScheduledActivity;

/**
 * Compares what an engagement's template scheduled with what its facilitation log records, in the
 * parts of Carroll et al.'s fidelity framework (Implement Sci 2007;2:40) that facilitation studies
 * measure (frequency, duration, content and coverage; e.g. Shelley et al., Implement Sci Commun
 * 2021): see {@link EngagementFidelity}.
 *
 * <p><b>Frequency: matching.</b> Encounters that name an activity type, in date order, are matched
 * to scheduled occurrences of that type: each to the latest unmatched occurrence on or before its
 * date (so a call done in April after March's was skipped is April's, on time, and March's is
 * missed), or, if there is none, to the next unmatched one after it (done early, which counts as on
 * time). An encounter with no unmatched occurrence of its type left is {@link Delivery#ADDED}. An
 * occurrence is {@link Delivery#LATE} when delivered more than the grace period after its date, and
 * {@link Delivery#MISSED} when not delivered and its grace period ended on or before {@code asOf}.
 * The rule is ccm's choice: the manual does not say which call a late one stands for.
 *
 * <p><b>Grace period</b>: 14 days by default, ccm's choice: half the monthly interval of the
 * coaching calls in ccm's pilot template (their cadence is itself an inference; the manual gives
 * none), so a call slipping into the second half of its month is late; no source sets a tolerance.
 * Pass another with {@link #assess(Engagement, LocalDate, Period)}.
 *
 * <p><b>Duration</b>: each delivered occurrence's expected minutes against its encounter's minutes.
 * <b>Content</b>: the key changes of the occurrences due by {@code asOf} against those any
 * encounter up to {@code asOf} records; <b>coverage</b>: their practice roles against the roles any
 * encounter shows present (ignoring case). Both are counted over the engagement, not per
 * occurrence, ccm's choice: a key change planned for one call and worked on at the next was
 * delivered, and Carroll asks whether the components were delivered, not at which meeting.
 *
 * <p><b>Dose and coach time.</b> Planned dose: each occurrence due by {@code asOf} (or delivered
 * early), its expected minutes once. Delivered dose: each encounter up to {@code asOf}, once, with
 * its minutes: a joint visit is one visit for the practice (the domain notes mark this [C]). Coach
 * time counts the same minutes once per coach: planned per coach role the activity names (whether
 * the engagement has a coach in each role shows as a gap between planned and delivered), delivered
 * per coach present under their role in the engagement. Delivered coach time is what
 * {@code EngagementCosting} prices as delivered; it plans per assigned coach, not per role.
 *
 * <pre>{@code
 * EngagementFidelity f = Fidelity.assess(engagement, LocalDate.of(2026, 11, 30));
 * f.frequency().fidelity();      // OptionalDouble[0.94]
 * f.records(Delivery.MISSED);    // what was not delivered, with its scheduled date
 * f.deliveredDose().hours();     // the practice's hours with its coaches
 * }</pre>
 */
public final class Fidelity {

    /** The default grace period: 14 days (see the class description). */
    public static final Period DEFAULT_GRACE = Period.ofDays(14);

    /** The roles in order, once: {@code values()} copies its array at each call. */
    private static final EngagementRole[] ROLES = EngagementRole.values();

    private Fidelity() {
    }

    /**
     * Assesses an engagement with the default grace period of 14 days.
     *
     * @param engagement  the engagement, not null
     * @param asOf  the date assessed, not null
     * @return the assessment
     */
    public static EngagementFidelity assess(Engagement engagement, LocalDate asOf) {
        return assess(engagement, asOf, DEFAULT_GRACE);
    }

    /**
     * Assesses an engagement.
     *
     * @param engagement  the engagement, not null
     * @param asOf  the date assessed, not null
     * @param grace  how late an activity may be and count as on time, zero or more
     * @return the assessment
     * @throws IllegalArgumentException if the grace period is negative
     */
    public static EngagementFidelity assess(Engagement engagement, LocalDate asOf, Period grace) {
        Objects.requireNonNull(asOf, "asOf");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("Fidelity.grace: must be at least 0 (was " + grace + ")");
        }
        List<ScheduledActivity> schedule = engagement.schedule();
        // Each delivering encounter, in date order, is for the latest unmatched occurrence of its type
        // on or before it (done late, or on the day), else for the next unmatched one after it (early).
        // The schedule is in date order, so each type's occurrences are too: a binary search finds the
        // last on or before the encounter, and a sorted set of the unmatched ones the nearest unmatched
        // at or before it (else after it), O(log n) an encounter rather than a scan of every occurrence.
        Map<ActivityType, Occurrences> occurrences = new EnumMap<>(ActivityType.class);
        for (int i = 0; i < schedule.size(); i++) {
            occurrences.computeIfAbsent(schedule.get(i).activity().type(), t -> new Occurrences()).add(i, schedule.get(i).date());
        }
        List<Encounter> logged = engagement.encounters().stream().filter(c -> !c.date().isAfter(asOf))
                .sorted(Comparator.comparing(Encounter::date)).toList();
        Encounter[] deliveredBy = new Encounter[schedule.size()];
        List<Encounter> unmatched = new ArrayList<>();
        for (Encounter c : logged) {
            if (c.activity().isEmpty()) {
                continue;
            }
            Occurrences mine = occurrences.get(c.activity().get());
            int pick = mine == null ? -1 : mine.take(c.date());
            if (pick < 0) {
                unmatched.add(c);
            } else {
                deliveredBy[pick] = c;
            }
        }
        List<ActivityRecord> records = new ArrayList<>();
        List<ScheduledActivity> counted = new ArrayList<>();   // due by asOf, or done early
        long plannedMinutes = 0;
        long deliveredMinutes = 0;
        int deliveredOccurrences = 0;
        for (int i = 0; i < schedule.size(); i++) {
            ScheduledActivity s = schedule.get(i);
            Optional<LocalDate> completed = Optional.ofNullable(deliveredBy[i]).map(Encounter::date);
            if (s.date().isAfter(asOf) && completed.isEmpty()) {
                continue;   // not yet due
            }
            counted.add(s);
            if (deliveredBy[i] != null) {
                deliveredOccurrences++;
                plannedMinutes += s.activity().expectedMinutes();
                deliveredMinutes += deliveredBy[i].minutes();
            }
            LocalDate graceEnds = s.date().plus(grace);
            Delivery delivery = completed.map(d -> d.isAfter(graceEnds) ? Delivery.LATE : Delivery.ON_TIME)
                    .orElse(graceEnds.isAfter(asOf) ? Delivery.DUE : Delivery.MISSED);
            records.add(new ActivityRecord(s.phase(), s.phaseName(), s.activity().type(), s.activity().name(),
                    Optional.of(s.date()), completed, delivery));
        }
        for (Encounter c : unmatched) {
            int phase = engagement.phaseIndexOn(c.date()).orElse(-1);
            String phaseName = phase < 0 ? "outside the template's phases" : engagement.template().phases().get(phase).name();
            ActivityType type = c.activity().orElseThrow();
            records.add(new ActivityRecord(phase, phaseName, type, type.name(), Optional.empty(),
                    Optional.of(c.date()), Delivery.ADDED));
        }
        records.sort(Comparator.comparing((ActivityRecord r) -> r.scheduled().or(r::completed).orElseThrow()));

        // Keyed by phase index, not name: a template may give two phases one name. Tallied in counters,
        // each count built once, rather than a new count and scope text a record.
        Map<ActivityKey, Tally> byActivity = new LinkedHashMap<>();
        Map<Integer, Tally> byPhase = new LinkedHashMap<>();
        List<Phase> phases = engagement.template().phases();
        for (int p = 0; p < phases.size(); p++) {
            byPhase.put(p, new Tally(phases.get(p).name()));
        }
        Tally all = new Tally("all");
        for (ActivityRecord r : records) {
            byActivity.computeIfAbsent(new ActivityKey(r.phase(), r.name()), k -> new Tally(r.name() + " (" + r.phaseName() + ")"))
                    .add(r.delivery());
            byPhase.computeIfAbsent(r.phase(), k -> new Tally(r.phaseName())).add(r.delivery());
            all.add(r.delivery());
        }
        FidelityCount overall = all.count();

        Set<KeyChange> plannedChanges = new LinkedHashSet<>();
        Set<String> plannedRoles = new LinkedHashSet<>();
        Set<String> roleKeys = new HashSet<>();
        Dose.Tally plannedDose = new Dose.Tally();
        CoachTime.Tally plannedTime = new CoachTime.Tally();
        for (ScheduledActivity s : counted) {
            plannedChanges.addAll(s.activity().keyChanges());
            for (String role : s.activity().practiceRoles()) {
                if (roleKeys.add(Encounter.normalRole(role))) {
                    plannedRoles.add(role);
                }
            }
            plannedDose.add(s.activity().mode(), s.activity().expectedMinutes());
            for (EngagementRole role : ROLES) {
                if (s.activity().coachRoles().contains(role)) {
                    plannedTime.add(s.activity().mode(), role, s.activity().expectedMinutes());
                }
            }
        }
        Map<CoachId, EngagementRole> roles = new LinkedHashMap<>();
        for (CoachAssignment c : engagement.coaches()) {
            roles.put(c.coach(), c.role());
        }
        Set<KeyChange> recordedChanges = EnumSet.noneOf(KeyChange.class);
        Dose.Tally deliveredDose = new Dose.Tally();
        CoachTime.Tally deliveredTime = new CoachTime.Tally();
        int quality = 0;
        int qualityRated = 0;
        int responsiveness = 0;
        int responsivenessRated = 0;
        for (Encounter c : logged) {
            recordedChanges.addAll(c.keyChanges());
            deliveredDose.add(c.mode(), c.minutes());
            for (CoachId coach : c.coaches()) {
                deliveredTime.add(c.mode(), roles.get(coach), c.minutes());
            }
            if (c.quality().isPresent()) {
                quality += c.quality().get();
                qualityRated++;
            }
            if (c.responsiveness().isPresent()) {
                responsiveness += c.responsiveness().get();
                responsivenessRated++;
            }
        }
        Set<KeyChange> contentDelivered = new LinkedHashSet<>(plannedChanges);
        contentDelivered.retainAll(recordedChanges);
        Set<String> reached = new LinkedHashSet<>();
        for (String role : plannedRoles) {
            if (logged.stream().anyMatch(c -> c.reached(role))) {
                reached.add(role);
            }
        }
        Moderators moderators = new Moderators(logged.size(), qualityRated,
                qualityRated == 0 ? OptionalDouble.empty() : OptionalDouble.of(quality / (double) qualityRated),
                responsivenessRated,
                responsivenessRated == 0 ? OptionalDouble.empty() : OptionalDouble.of(responsiveness / (double) responsivenessRated));
        return new EngagementFidelity(engagement.practice(), asOf, grace, records,
                byActivity.values().stream().map(Tally::count).toList(), byPhase.values().stream().map(Tally::count).toList(), overall,
                new DurationFidelity(deliveredOccurrences, plannedMinutes, deliveredMinutes),
                new Adherence<>("content", plannedChanges, contentDelivered), new Adherence<>("coverage", plannedRoles, reached),
                moderators, plannedDose.dose(), deliveredDose.dose(), plannedTime.dose(), deliveredTime.dose());
    }

    /** An activity of the template: its phase's index and its name. */
    private record ActivityKey(int phase, String name) {
    }

    /** The counts of one scope by delivery, built into a {@link FidelityCount} once. */
    private static final class Tally {
        private final String scope;
        private final int[] by = new int[Delivery.values().length];

        Tally(String scope) {
            this.scope = scope;
        }

        void add(Delivery d) {
            by[d.ordinal()]++;
        }

        FidelityCount count() {
            return new FidelityCount(scope, by[Delivery.ON_TIME.ordinal()], by[Delivery.LATE.ordinal()],
                    by[Delivery.MISSED.ordinal()], by[Delivery.DUE.ordinal()], by[Delivery.ADDED.ordinal()]);
        }
    }

    /**
     * One activity type's occurrences, in schedule (so date) order, and which are still unmatched:
     * two disjoint-set forests with path halving, one leading each position to the nearest unmatched
     * at or before it, one to the nearest at or after it (near-constant time a step, no boxing).
     */
    private static final class Occurrences {
        private int[] index = new int[8];
        private LocalDate[] day = new LocalDate[8];
        private int size;
        private int[] before;   // before[k + 1]: toward the last unmatched at or before k; 0 for none
        private int[] after;    // after[k]: toward the first unmatched at or after k; size for none

        void add(int scheduleIndex, LocalDate date) {
            if (size == index.length) {
                index = java.util.Arrays.copyOf(index, size * 2);
                day = java.util.Arrays.copyOf(day, size * 2);
            }
            index[size] = scheduleIndex;
            day[size++] = date;
        }

        /**
         * Matches an encounter: the last unmatched occurrence on or before its date, else the first
         * unmatched after it.
         *
         * @return the occurrence's schedule index, or -1 if none is left
         */
        int take(LocalDate date) {
            if (before == null) {
                before = new int[size + 1];
                after = new int[size + 1];
                for (int k = 0; k <= size; k++) {
                    before[k] = k;
                    after[k] = k;
                }
            }
            int lo = 0;
            int hi = size;   // the first position dated after d
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (!day[mid].isAfter(date)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int at = find(before, lo) - 1;   // the last unmatched at or before lo - 1
            if (at < 0) {
                at = find(after, lo);
                if (at == size) {
                    return -1;
                }
            }
            before[at + 1] = at;       // matched: skip to the one before it
            after[at] = at + 1;        // or after it
            return index[at];
        }

        private static int find(int[] parent, int k) {
            while (parent[k] != k) {
                parent[k] = parent[parent[k]];
                k = parent[k];
            }
            return k;
        }
    }
}
