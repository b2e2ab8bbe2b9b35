package org.ccmcoach.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmcoach.allocation.Allocator;
import org.ccmcoach.allocation.testing.RandomPrograms;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.KeyChange;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.fidelity.Fidelity;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.ccmcoach.pdsa.CycleId;
import org.ccmcoach.pdsa.Direction;
import org.ccmcoach.pdsa.chart.Annotation;
import org.ccmcoach.pdsa.chart.ChartType;
import org.ccmcoach.pdsa.chart.ControlChart;
import org.ccmcoach.pdsa.chart.Part;
import org.ccmcoach.pdsa.chart.RunChart;
import org.ccmcoach.pdsa.chart.Series;
import org.ccmcoach.pdsa.chart.SeriesPoint;

/**
 * One figure of every kind on realistic data, the shapes of examples/data: the figures that must fit
 * a journal column as well as a page.
 */
final class PrintFigures {

    private PrintFigures() {
    }

    /**
     * Missed visits of a clinic, 24 months from July 2025, out of 110 to 140 booked a month; a part
     * from July 2026 when reminder calls were adopted (cycle nv-2), three PDSA cycles annotated. Part
     * 1: six months at 16–19 %, then a winter at 22–26 %; median 20.5 %, so a shift below it and one
     * above, neither with a direction: the first lies before cycle nv-1 (the chart's first change,
     * from the April 2026 point), the winter's runs across it. Part 2 falls from 20 % to 10 %: a
     * downward trend (improvement: the measure should go down), a shift above its median (12.5 %) at
     * its start (deterioration) and one below it at its end (improvement).
     */
    static Series missedVisits() {
        int[] missed = {18, 17, 19, 18, 17, 18, 22, 24, 23, 25, 24, 26, 20, 19, 17, 16, 14, 13, 12, 12, 11, 12, 10, 11};
        Series.Builder b = Series.builder().name("Missed visits").direction(Direction.DOWN);
        for (int m = 0; m < missed.length; m++) {
            int booked = 110 + (m * 7) % 31;
            b.addObservations(SeriesPoint.proportion(LocalDate.of(2025, 7, 1).plusMonths(m),
                    Math.round(missed[m] / 100.0 * booked), booked));
        }
        return b.addAnnotations(Annotation.of(LocalDate.of(2026, 3, 2), "cycle 1: reminder calls, one clinician",
                        CycleId.of("nv-1")),
                Annotation.of(LocalDate.of(2026, 6, 1), "cycle 2: reminder calls, whole clinic", CycleId.of("nv-2")),
                Annotation.of(LocalDate.of(2026, 10, 5), "cycle 3: text reminders", CycleId.of("nv-3")))
                .build().withParts(List.of(Part.of(LocalDate.of(2026, 7, 1), "reminder calls adopted", CycleId.of("nv-2"))));
    }

    static Figure runChart() {
        return Figures.runChart(RunChart.of(missedVisits()));
    }

    static Figure controlChart() {
        return Figures.controlChart(ControlChart.of(ChartType.P, missedVisits()));
    }

    /** The pilot's nine practices' ACIC at baseline and ten months on, item scores varying by practice and item. */
    static Figure profile() {
        List<ScoreReport> before = new ArrayList<>();
        List<ScoreReport> after = new ArrayList<>();
        for (int p = 1; p <= 9; p++) {
            before.add(acic("p-" + p, LocalDate.of(2026, 1, 10 + p), p, 0));
            after.add(acic("p-" + p, LocalDate.of(2026, 11, 10 + p), p, 3));
        }
        return Figures.profile(Instruments.acic35(), "The pilot's nine practices: ACIC by element", before, after);
    }

    private static ScoreReport acic(String practice, LocalDate date, int p, int gain) {
        Instrument acic = Instruments.acic35();
        AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(acic.id()).subject(SubjectId.of(practice))
                .role(AssessmentResponse.CONSENSUS_ROLE).date(date);
        int i = 0;
        for (Item item : acic.items()) {
            // Each part of the ACIC (1, 2, 3a … 4) starts from its own level: community linkages lowest.
            int part = Map.of("1", 1, "2", -1, "3a", 2, "3b", 3, "3c", 1, "3d", 0, "4", -1)
                    .getOrDefault(item.id().substring(0, item.id().indexOf('.')), 0);
            b.answer(item.id(), Math.max(0, Math.min(11, 2 + part + (p * 3 + i++ * 5) % 5 + gain)));
        }
        return acic.score(b.build());
    }

    static Figure utilization() {
        return Figures.utilization(Allocator.heuristic().allocate(RandomPrograms.problem(7, 12, 60)),
                "Region: coach utilization");
    }

    /**
     * Nine practices of the pilot to 20 April: p-1 to p-8 logged two to all six of the pilot's
     * encounters (2 + p mod 5), one to five of them naming the activity they delivered, every other one with the
     * practice team present and one to six key changes worked on; p-9 starts in May, so nothing is
     * planned yet and it lacks every part of fidelity.
     */
    static List<EngagementFidelity> pilotFidelities() {
        Engagement pilot = CoachingFixtures.pilotWithActivities();
        List<KeyChange> changes = List.of(KeyChange.values());
        List<EngagementFidelity> fidelities = new ArrayList<>();
        for (int p = 1; p <= 9; p++) {
            PracticeId id = PracticeId.of("p-" + p);
            List<Encounter> log = new ArrayList<>();
            int made = p == 9 ? 0 : 2 + p % 5;
            for (int i = 0; i < made; i++) {
                Encounter e = pilot.encounters().get(i).withPractice(id);
                if (i >= 1 + (p * 2) % 5) {
                    e = e.withActivity(Optional.empty());
                }
                if ((i + p) % 2 == 0) {
                    e = e.withStaff(Map.of(i % 3 == 0 ? "practice team" : "QI team lead", 3))
                            .withKeyChanges(changes.subList((p + i) % 4, (p + i) % 4 + 1 + (p + i) % 6));
                }
                log.add(e);
            }
            Engagement e = Engagement.builder().from(pilot).practice(id).encounters(log)
                    .start(p == 9 ? LocalDate.of(2026, 5, 4) : pilot.start()).build();
            fidelities.add(Fidelity.assess(e, LocalDate.of(2026, 4, 20)));
        }
        return fidelities;
    }

    static Figure dose() {
        return Figures.dose(pilotFidelities(), "The pilot: practice hours planned and delivered");
    }

    static Figure fidelityParts() {
        return Figures.fidelityParts(pilotFidelities(), "The pilot: fidelity in Carroll's four parts");
    }

    /** {@return every kind of figure, by name} */
    static Map<String, Figure> all() {
        Map<String, Figure> all = new java.util.LinkedHashMap<>();
        all.put("run-chart", runChart());
        all.put("p-chart", controlChart());
        all.put("acic-profile", profile());
        all.put("coach-utilization", utilization());
        all.put("dose", dose());
        all.put("fidelity-parts", fidelityParts());
        return all;
    }
}
