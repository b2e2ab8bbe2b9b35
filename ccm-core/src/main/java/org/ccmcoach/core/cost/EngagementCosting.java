package org.ccmcoach.core.cost;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.CoachAssignment;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementStatus;
import org.ccmcoach.core.coaching.ScheduledActivity;
import org.ccmcoach.core.coaching.StatusChange;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.PropertyPath;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.core.value.SupportedDate;

/**
 * Prices an {@link Engagement}: its schedule as planned and its facilitation log as delivered, each
 * encounter once for every coach present (coach time is what costs).
 *
 * <p>Planned: every scheduled activity takes its expected minutes from each of the engagement's
 * coaches in the activity's roles; an on-site activity is a site visit for each of them, with the
 * round trip of their {@link Trip}. Delivered: every logged encounter up to the date costed, its
 * minutes from each coach present, an on-site one with each of their round trips. Both charge
 * start-up and materials once (year 1), and each activity's {@link CostModel#activityExpenses()
 * expense} once per occurrence: every scheduled one as planned, every encounter up to the date
 * costed that delivers one as delivered (so a learning session of a collaborative is priced like
 * any other activity). Practice-months are counted, not priced: the whole template's as planned, up
 * to the date costed or the practice's exit (graduated or withdrawn) as delivered.
 *
 * <p>Preparation and notes are in the minutes only as far as they are logged or planned as
 * activities: this costing adds no time of its own (a choice, so that every minute priced can be
 * traced to a record).
 *
 * <pre>{@code
 * EngagementCost cost = EngagementCosting.of(model, engagement,
 *         Map.of(ana, Trip.of(65, 40), raj, Trip.of(95, 60)), LocalDate.of(2026, 11, 30));
 * cost.planned().total();     // the whole schedule
 * cost.delivered().total();   // what was logged
 * }</pre>
 */
public final class EngagementCosting {

    private static final LocalDate FIRST_DATE = LocalDate.parse(SupportedDate.EARLIEST);
    private static final LocalDate LAST_DATE = LocalDate.parse(SupportedDate.LATEST);

    private EngagementCosting() {
    }

    /**
     * Prices an engagement.
     *
     * @param model  the cost model, not null
     * @param engagement  the engagement, not null
     * @param trips  each coach's trip to the practice; needed for every coach with a site visit
     * @param asOf  the date costed: encounters after it are left out, not null
     * @return planned and delivered cost
     * @throws CcmValidationException if {@code asOf} is outside {@link SupportedDate}'s window (issue 33:
     *         {@code LocalDate.MAX} has no day after it), or a coach with a planned or logged site visit has no trip (one
     *         violation per coach, naming the first visit), or the schedule has an
     *         {@link ContactMode#OFF_SITE off-site} activity whose type has no
     *         {@link CostModel#activityExpenses() expense} (one violation per type, naming the first)
     */
    public static EngagementCost of(CostModel model, Engagement engagement, Map<CoachId, Trip> trips, LocalDate asOf) {
        if (asOf.isBefore(FIRST_DATE) || asOf.isAfter(LAST_DATE)) {
            // The day after asOf ends delivered coaching: LocalDate.MAX has none (a DateTimeException).
            throw CcmValidationException.of(List.of(Problem.of("EngagementCosting", "asOf",
                    "must be from " + SupportedDate.EARLIEST + " to " + SupportedDate.LATEST + ", the dates ccm works with",
                    asOf)));
        }
        List<Problem> problems = new ArrayList<>();
        Map<Integer, Workload> planned = new TreeMap<>();
        List<ScheduledActivity> schedule = engagement.schedule();
        for (int i = 0; i < schedule.size(); i++) {
            ScheduledActivity s = schedule.get(i);
            planned.merge(year(engagement, s.date()), occurrence(s.activity().type()), Workload::plus);
            requireExpense(model, s, i, problems);
            for (CoachAssignment c : engagement.coaches()) {
                if (s.activity().coachRoles().contains(c.role())) {
                    Workload w = visit(s.activity().mode(), s.activity().expectedMinutes(), c.coach(), trips,
                            PropertyPath.of("schedule"), problems);
                    planned.merge(year(engagement, s.date()), w, Workload::plus);
                }
            }
        }
        Map<Integer, Workload> delivered = new TreeMap<>();
        for (int i = 0; i < engagement.encounters().size(); i++) {
            Encounter c = engagement.encounters().get(i);
            if (c.date().isAfter(asOf)) {
                continue;
            }
            // Each coach present gives the encounter's minutes and makes their own trip: a joint
            // visit is one encounter for the practice and two coaches' time for the cost.
            for (CoachId coach : c.coaches()) {
                Workload w = visit(c.mode(), c.minutes(), coach, trips, PropertyPath.of("encounters").at(i), problems);
                delivered.merge(year(engagement, c.date()), w, Workload::plus);
            }
        }
        occurrences(engagement, engagement.encounters().stream().filter(c -> c.activity().isPresent())
                .map(c -> Map.entry(c.activity().get(), c.date())).toList(), asOf)
                .forEach((y, w) -> delivered.merge(y, w, Workload::plus));
        if (!problems.isEmpty()) {
            throw CcmValidationException.of(problems);
        }
        Workload start = Workload.builder().practiceStarts(1).build();
        planned.merge(1, start, Workload::plus);
        if (!asOf.isBefore(engagement.start())) {
            delivered.merge(1, start, Workload::plus);   // nothing is delivered before the start
        }
        months(engagement, engagement.end()).forEach((y, m) -> planned.merge(y, months(m), Workload::plus));
        months(engagement, deliveredUntil(engagement, asOf)).forEach((y, m) -> delivered.merge(y, months(m), Workload::plus));
        Workload plannedAll = planned.values().stream().reduce(Workload.builder().build(), Workload::plus);
        Workload deliveredAll = delivered.values().stream().reduce(Workload.builder().build(), Workload::plus);
        // The totals are the years added, each year rounded once: a table by year adds up to its total.
        java.util.SortedMap<Integer, CostBreakdown> plannedByYear = EngagementCost.priced(model, planned);
        java.util.SortedMap<Integer, CostBreakdown> deliveredByYear = EngagementCost.priced(model, delivered);
        return new EngagementCost(engagement.practice(), sum(model, plannedByYear), sum(model, deliveredByYear),
                plannedAll, deliveredAll, plannedByYear, deliveredByYear);
    }

    /**
     * Activities that took place, as occurrences by engagement year: each (type, date) on or before
     * {@code asOf} counts once, for {@link CostModel#activityExpenses()}. Kept apart from the contacts
     * so that any record naming the activity it delivered can feed it.
     *
     * @param engagement  the engagement, for its years
     * @param done  each activity that took place: its type and date, none before the engagement's start
     * @param asOf  the date costed: later ones are left out
     * @return workloads of occurrences only, by engagement year from 1
     */
    static Map<Integer, Workload> occurrences(Engagement engagement, List<Map.Entry<ActivityType, LocalDate>> done,
                                              LocalDate asOf) {
        Map<Integer, Workload> out = new TreeMap<>();
        for (Map.Entry<ActivityType, LocalDate> d : done) {
            if (!d.getValue().isAfter(asOf)) {
                out.merge(year(engagement, d.getValue()), occurrence(d.getKey()), Workload::plus);
            }
        }
        return out;
    }

    private static Workload occurrence(ActivityType type) {
        return Workload.builder().putActivities(type, 1.0).build();
    }

    /** An off-site meeting (a learning session at a venue) is rarely free: its expense must be given, 0 if so. */
    private static void requireExpense(CostModel model, ScheduledActivity s, int index, List<Problem> problems) {
        ActivityType type = s.activity().type();
        if (s.activity().mode() != ContactMode.OFF_SITE || model.activityExpenses().containsKey(type)) {
            return;
        }
        Problem p = Problem.of("CostModel", PropertyPath.of("activityExpenses").at(type.name()),
                "must give the expense of " + type + ", an off-site activity of the schedule (schedule[" + index
                        + "], " + s.date() + "); give 0 if the practice pays nothing", type);
        if (problems.stream().noneMatch(q -> q.location().equals(p.location()))) {
            problems.add(p);
        }
    }

    private static CostBreakdown sum(CostModel model, Map<Integer, CostBreakdown> byYear) {
        return byYear.values().stream().reduce(CostBreakdown.zero(model.currency()), CostBreakdown::plus);
    }

    private static Workload visit(ContactMode mode, int minutes, CoachId coach, Map<CoachId, Trip> trips,
                                  PropertyPath where, List<Problem> problems) {
        Workload.Builder w = Workload.builder().coachMinutes(minutes);
        if (mode == ContactMode.ON_SITE) {
            Trip trip = trips.get(coach);
            if (trip == null) {
                Problem v = Problem.of("EngagementCosting", PropertyPath.of("trips").then(coach.value()),
                        "must give a trip for " + coach + ", who has a site visit (" + where + ")", coach);
                if (problems.stream().noneMatch(p -> p.location().equals(v.location()))) {
                    problems.add(v);
                }
                return w.build();
            }
            w.siteVisits(1).travelMinutes(2 * trip.oneWayMinutes()).travelMiles(2 * trip.oneWayMiles());
        }
        return w.build();
    }

    /** The engagement year of a date: 1 for the first twelve months from the start. */
    static int year(Engagement engagement, LocalDate date) {
        return (int) ChronoUnit.YEARS.between(engagement.start(), date) + 1;
    }

    /** The day after the last day of delivered coaching: the end, the exit, or the day after asOf. */
    private static LocalDate deliveredUntil(Engagement engagement, LocalDate asOf) {
        LocalDate until = engagement.end();
        if (asOf.plusDays(1).isBefore(until)) {
            until = asOf.plusDays(1);
        }
        for (StatusChange c : engagement.history()) {
            if ((c.status() == EngagementStatus.GRADUATED || c.status() == EngagementStatus.WITHDRAWN)
                    && c.date().isBefore(until)) {
                until = c.date();
            }
        }
        return until.isBefore(engagement.start()) ? engagement.start() : until;
    }

    /**
     * Months from the start to {@code until}, by engagement year: whole calendar months, then the
     * remaining days over the length of the month they fall in (so 2 February to 2 December is 10).
     */
    static Map<Integer, Double> months(Engagement engagement, LocalDate until) {
        Map<Integer, Double> out = new TreeMap<>();
        LocalDate from = engagement.start();
        for (int y = 1; from.isBefore(until); y++) {
            LocalDate yearEnd = engagement.start().plusYears(y);
            LocalDate to = yearEnd.isBefore(until) ? yearEnd : until;
            Period p = Period.between(from, to);
            LocalDate afterWhole = from.plusMonths(p.toTotalMonths());
            out.put(y, p.toTotalMonths() + p.getDays() / (double) afterWhole.lengthOfMonth());
            from = to;
        }
        return out;
    }

    private static Workload months(double m) {
        return Workload.builder().practiceMonths(m).build();
    }
}
