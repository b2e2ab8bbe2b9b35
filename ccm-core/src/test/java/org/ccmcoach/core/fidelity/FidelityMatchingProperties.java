package org.ccmcoach.core.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.Activity;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.CoachAssignment;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.coaching.InterventionTemplate;
import org.ccmcoach.core.coaching.Phase;
import org.ccmcoach.core.coaching.ScheduledActivity;
import org.ccmcoach.core.coaching.TemplateId;
import org.ccmcoach.core.coaching.Timing;
import org.ccmcoach.core.testing.CoachingFixtures;

/**
 * Fidelity's matching of encounters to occurrences (a binary search and a sorted set since issue
 * 33) gives exactly the records of the scan it replaced, copied here as the reference: each
 * encounter, in date order, scans every occurrence of its type for the latest unmatched on or
 * before it, else the first unmatched after it.
 */
class FidelityMatchingProperties {

    /** Three types only, so that occurrences and encounters of one type crowd each other. */
    private static final List<ActivityType> TYPES = List.of(ActivityType.COACHING_CALL, ActivityType.SITE_VISIT,
            ActivityType.TECHNICAL_ASSISTANCE_CALL);

    @Provide
    Arbitrary<InterventionTemplate> templates() {
        Arbitrary<Timing> timing = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 40).map(o -> Timing.at(Period.ofDays(o))),
                Combinators.combine(Arbitraries.integers().between(1, 30), Arbitraries.integers().between(0, 20))
                        .as((every, o) -> Timing.every(Period.ofDays(every), Period.ofDays(o))));
        Arbitrary<Activity> activity = Combinators.combine(Arbitraries.of(TYPES), timing, Arbitraries.integers().between(0, 999))
                .as((t, when, n) -> Activity.builder().type(t).name(t + " " + n).mode(ContactMode.PHONE).timing(when)
                        .expectedMinutes(30).addCoachRoles(EngagementRole.POINT_OF_CONTACT).build());
        Arbitrary<Phase> phase = Combinators.combine(activity.list().ofMinSize(1).ofMaxSize(4), Arbitraries.integers().between(41, 90))
                .as((as, days) -> Phase.builder().name("phase " + days).duration(Period.ofDays(days)).addAllActivities(as).build());
        return phase.list().ofMinSize(1).ofMaxSize(3)
                .map(ps -> InterventionTemplate.builder().id(TemplateId.of("t")).name("T").addAllPhases(ps).build());
    }

    @Provide
    Arbitrary<List<Encounter>> encounters() {
        Arbitrary<Encounter> one = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.of(TYPES).map(Optional::of), Arbitraries.just(Optional.<ActivityType>empty())),
                Arbitraries.integers().between(0, 280), Arbitraries.integers().between(1, 90))
                .as((t, d, minutes) -> Encounter.builder().practice(PracticeId.of("p-1")).date(CoachingFixtures.JAN_5.plusDays(d))
                        .mode(ContactMode.PHONE).minutes(minutes).addCoaches(CoachingFixtures.ANA).activity(t).build());
        return one.list().ofMaxSize(60);
    }

    @Property(tries = 500)
    void matching_gives_the_records_of_the_scan_it_replaced(@ForAll("templates") InterventionTemplate template,
                                                             @ForAll("encounters") List<Encounter> done,
                                                             @ForAll @IntRange(min = -5, max = 300) int day,
                                                             @ForAll @IntRange(min = 0, max = 20) int graceDays) {
        Engagement e = Engagement.builder().practice(PracticeId.of("p-1"))
                .addCoaches(CoachAssignment.of(CoachingFixtures.ANA, EngagementRole.POINT_OF_CONTACT))
                .template(template).start(CoachingFixtures.JAN_5).build();
        LocalDate end = e.end();   // an encounter from the end on needs a re-engagement
        e = e.withEncounters(done.stream().filter(c -> c.date().isBefore(end)).toList());
        LocalDate asOf = CoachingFixtures.JAN_5.plusDays(day);
        Period grace = Period.ofDays(graceDays);
        EngagementFidelity f = Fidelity.assess(e, asOf, grace);
        // The schedule, sorted as before issue 33: by date, stable (the template's order on a tie).
        List<LocalDate> bounds = e.phaseBoundaries();
        List<ScheduledActivity> expected = new ArrayList<>();
        for (int p = 0; p < template.phases().size(); p++) {
            Phase phase = template.phases().get(p);
            for (Activity a : phase.activities()) {
                for (LocalDate d : a.timing().occurrences(bounds.get(p), bounds.get(p + 1))) {
                    expected.add(new ScheduledActivity(d, p, phase.name(), a));
                }
            }
        }
        expected.sort(Comparator.comparing(ScheduledActivity::date));
        assertEquals(expected, e.schedule());
        List<ActivityRecord> records = referenceRecords(e, asOf, grace);
        assertEquals(records, f.records());
        // The counts, as Fidelity added them before issue 33: a count a record, merged.
        Map<List<Object>, FidelityCount> byActivity = new java.util.LinkedHashMap<>();
        Map<Integer, FidelityCount> byPhase = new java.util.LinkedHashMap<>();
        for (int p = 0; p < template.phases().size(); p++) {
            byPhase.put(p, new FidelityCount(template.phases().get(p).name(), 0, 0, 0, 0, 0));
        }
        FidelityCount overall = new FidelityCount("all", 0, 0, 0, 0, 0);
        for (ActivityRecord r : records) {
            String scope = r.name() + " (" + r.phaseName() + ")";
            FidelityCount one = FidelityCount.of(scope, r.delivery());
            byActivity.merge(List.of(r.phase(), r.name()), one, (a, b) -> a.plus(b, scope));
            byPhase.merge(r.phase(), FidelityCount.of(r.phaseName(), r.delivery()), (a, b) -> a.plus(b, r.phaseName()));
            overall = overall.plus(one, "all");
        }
        assertEquals(List.copyOf(byActivity.values()), f.activities());
        assertEquals(List.copyOf(byPhase.values()), f.phases());
        assertEquals(overall, f.frequency());
    }

    /** The records as Fidelity built them before issue 33, with its quadratic scan. */
    private static List<ActivityRecord> referenceRecords(Engagement engagement, LocalDate asOf, Period grace) {
        List<ScheduledActivity> schedule = engagement.schedule();
        Map<ActivityType, List<Integer>> occurrences = new EnumMap<>(ActivityType.class);
        for (int i = 0; i < schedule.size(); i++) {
            occurrences.computeIfAbsent(schedule.get(i).activity().type(), t -> new ArrayList<>()).add(i);
        }
        List<Encounter> logged = engagement.encounters().stream().filter(c -> !c.date().isAfter(asOf))
                .sorted(Comparator.comparing(Encounter::date)).toList();
        Encounter[] deliveredBy = new Encounter[schedule.size()];
        List<Encounter> unmatched = new ArrayList<>();
        for (Encounter c : logged) {
            if (c.activity().isEmpty()) {
                continue;
            }
            List<Integer> mine = occurrences.getOrDefault(c.activity().get(), List.of());
            int pick = -1;
            for (int i : mine) {
                if (deliveredBy[i] == null && !schedule.get(i).date().isAfter(c.date())) {
                    pick = i;
                }
            }
            if (pick < 0) {
                pick = mine.stream().filter(i -> deliveredBy[i] == null && schedule.get(i).date().isAfter(c.date()))
                        .findFirst().orElse(-1);
            }
            if (pick < 0) {
                unmatched.add(c);
            } else {
                deliveredBy[pick] = c;
            }
        }
        List<ActivityRecord> records = new ArrayList<>();
        for (int i = 0; i < schedule.size(); i++) {
            ScheduledActivity s = schedule.get(i);
            Optional<LocalDate> completed = Optional.ofNullable(deliveredBy[i]).map(Encounter::date);
            if (s.date().isAfter(asOf) && completed.isEmpty()) {
                continue;
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
            records.add(new ActivityRecord(phase, phaseName, type, type.name(), Optional.empty(), Optional.of(c.date()),
                    Delivery.ADDED));
        }
        records.sort(Comparator.comparing((ActivityRecord r) -> r.scheduled().or(r::completed).orElseThrow()));
        return records;
    }
}
