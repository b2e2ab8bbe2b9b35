package org.ccmcoach.pdsa;

import java.time.LocalDate;

/** A small worked ramp shared by the tests. */
final class PdsaFixtures {

    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    static CyclePlan plan() {
        return CyclePlan.builder()
                .objective("Will phone reminders reduce no-shows for Dr Lee's diabetes patients?")
                .addQuestions(CyclePlan.Question.of("How many of 5 reminded patients attend?", "4 of 5"),
                        CyclePlan.Question.of("How long does a call take?", "under 3 minutes"))
                .addTasks(CyclePlan.Task.of("call 5 patients two days ahead", "MA Ruiz", LocalDate.of(2026, 3, 2), "front desk"))
                .dataCollection("MA tallies attendance and call minutes on the reminder log")
                .addMeasures(MeasureId.of("no-show-rate"))
                .build();
    }

    static DoRecord done(LocalDate start, LocalDate end) {
        return DoRecord.builder().asPlanned(true).started(start).ended(end)
                .addObservations("two phone numbers were out of date").build();
    }

    static StudyRecord study() {
        return StudyRecord.builder().addOutcomes(PredictionOutcome.PARTLY, PredictionOutcome.CONFIRMED)
                .comparison("3 of 5 attended; last month 2 of 5").learning("Reminders help; check numbers first")
                .build();
    }

    static PdsaCycle decided(int number, ActDecision decision, LocalDate start) {
        return PdsaCycle.plan(CycleId.of("reminders-" + number), "Phone reminders", number, start, plan())
                .withScale(TestScale.builder().patients(5 * number).clinicians(number).build())
                .recordDo(done(start.plusDays(1), start.plusDays(5)))
                .recordStudy(study())
                .decide(ActRecord.of(decision, "next steps", start.plusDays(7)));
    }

    private PdsaFixtures() {
    }
}
