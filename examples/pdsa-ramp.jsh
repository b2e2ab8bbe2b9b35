// A three-cycle PDSA ramp on a no-show rate, and the run chart before and after the adopted change.
// The clinic, the counts and the people are synthetic.   Run: bin/ccm-shell examples/pdsa-ramp.jsh

Measure noShows = Measure.builder()
        .id(MeasureId.of("no-show-rate")).name("No-show rate, diabetes visits").type(MeasureType.OUTCOME)
        .definition("Booked diabetes visits not attended, per month, from the scheduling system")
        .unit("%").numerator("visits not attended").denominator("visits booked")
        .direction(Direction.DOWN).target(0.12).build();
ChangeIdea reminders = ChangeIdea.of("Phone reminders two days before diabetes visits", ChangeConcept.TIMELY_REMINDERS);

CyclePlan plan(String objective, String prediction) {
    return CyclePlan.builder().objective(objective)
            .addQuestions(CyclePlan.Question.of("How many reminded patients attend?", prediction))
            .addTasks(CyclePlan.Task.of("call the patients booked two days ahead", "medical assistant", LocalDate.of(2026, 3, 2), "front desk"))
            .dataCollection("tally attendance on the reminder log").addMeasures(noShows.id()).build();
}

PdsaCycle cycle(int n, String objective, String prediction, TestScale scale, LocalDate start, ActDecision decision,
                PredictionOutcome outcome, String learning) {
    return PdsaCycle.plan(CycleId.of("reminders-" + n), "Phone reminders", n, start, plan(objective, prediction))
            .withScale(scale)
            .recordDo(DoRecord.builder().asPlanned(true).started(start.plusDays(1)).ended(start.plusDays(12)).build())
            .recordStudy(StudyRecord.builder().addOutcomes(outcome).learning(learning).build())
            .decide(ActRecord.of(decision, learning, start.plusDays(14)));
}

PdsaRamp ramp = PdsaRamp.of(reminders)
        .then(cycle(1, "Try reminders with one clinician's patients for a week", "4 of 5 attend",
                TestScale.builder().patients(5).clinicians(1).days(7).build(), LocalDate.of(2026, 3, 1),
                ActDecision.ADAPT, PredictionOutcome.PARTLY, "numbers out of date: check them at check-in"))
        .then(cycle(2, "Reminders with checked numbers, two clinicians, two weeks", "85 % attend",
                TestScale.builder().patients(40).clinicians(2).days(14).build(), LocalDate.of(2026, 4, 1),
                ActDecision.ADAPT, PredictionOutcome.CONFIRMED, "works; script the call to keep it short"))
        .then(cycle(3, "Scripted reminders for every diabetes visit, whole clinic", "under 12 % no-shows",
                TestScale.builder().patients(260).clinicians(6).sites(1).days(30).build(), LocalDate.of(2026, 5, 1),
                ActDecision.ADOPT, PredictionOutcome.CONFIRMED, "adopt; review monthly on the run chart"));
System.out.println("== The ramp");
ramp.cycles().forEach(c -> System.out.println("  " + c));
System.out.println("  " + ramp.summary());

// 24 months of counts from July 2025: about 22 % missed before the change, about 11 % after it was adopted in June 2026.
Random random = new Random(7);
Series.Builder series = Series.builder().name("No-show rate").measure(noShows.id()).direction(Direction.DOWN);
for (int m = 0; m < 24; m++) {
    LocalDate month = LocalDate.of(2025, 7, 1).plusMonths(m);
    int booked = 55 + random.nextInt(15);
    double p = month.isBefore(LocalDate.of(2026, 6, 1)) ? 0.22 : 0.11;
    int missed = 0;
    for (int v = 0; v < booked; v++) {
        if (random.nextDouble() < p) missed++;
    }
    series.addObservations(SeriesPoint.proportion(month, missed, booked));
}
series.addAnnotations(Annotation.of(LocalDate.of(2026, 3, 2), "cycle 1: one clinician", CycleId.of("reminders-1")),
        Annotation.of(LocalDate.of(2026, 4, 2), "cycle 2: two clinicians", CycleId.of("reminders-2")),
        Annotation.of(LocalDate.of(2026, 5, 2), "cycle 3: whole clinic", CycleId.of("reminders-3")));
Series before = series.build();
Series after = before.withParts(List.of(Part.of(LocalDate.of(2026, 6, 1), "reminders adopted clinic-wide",
        CycleId.of("reminders-3"))));

System.out.println();
System.out.println("== Run chart, one median over all 24 months");
RunChart whole = RunChart.of(before);
System.out.println(whole);
System.out.println();
System.out.println("== Run chart with a new part from the adopted change");
RunChart parted = RunChart.of(after);
System.out.println(parted);
System.out.println();
System.out.println("== Signals and the PDSA cycle behind each");
whole.signals().forEach(s -> System.out.println("  " + s.rule().label() + " (" + s.meaning().label() + ") <- "
        + whole.cycle(s).map(Object::toString).orElse("no cycle")));

if (whole.signals().stream().noneMatch(s -> s.meaning() == Meaning.IMPROVEMENT)) {
    throw new AssertionError("the adopted change should show as an improvement");
}
Signal improvement = whole.signals().stream().filter(s -> s.rule() == Rule.SHIFT && s.meaning() == Meaning.IMPROVEMENT)
        .findFirst().orElseThrow();
if (!whole.cycle(improvement).equals(Optional.of(CycleId.of("reminders-3")))) {
    throw new AssertionError("the improvement should be tied to the adopted cycle: " + whole.cycle(improvement));
}
