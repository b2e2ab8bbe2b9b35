// The manual's pilot laid out for nine practice teams at two clinics and two coaches: the first
// three months of the point-of-contact coach's calendar, a monthly review, and an exit decision.
// Practices, people and figures are synthetic.   Run: bin/ccm-shell examples/coaching-program.jsh

CoachId ana = CoachId.of("coach-ana");   // point of contact
CoachId raj = CoachId.of("coach-raj");   // technical assistance
InterventionTemplate pilot = InterventionTemplates.ahrqSafetyNetPilot();
System.out.println(pilot);
pilot.phases().forEach(p -> {
    System.out.println("  " + p);
    p.activities().forEach(a -> System.out.println("    " + a));
});

// Nine teams, staggered a week apart by clinic, all starting in January 2026.
List<Engagement> engagements = new ArrayList<>();
for (int clinic = 1; clinic <= 2; clinic++) {
    int teams = clinic == 1 ? 5 : 4;
    for (int team = 1; team <= teams; team++) {
        engagements.add(Engagement.builder()
                .practice(PracticeId.of("c" + clinic + "-team" + team))
                .addCoaches(CoachAssignment.of(ana, EngagementRole.POINT_OF_CONTACT),
                        CoachAssignment.of(raj, EngagementRole.TECHNICAL_ASSISTANCE))
                .template(pilot).start(LocalDate.of(2026, 1, 5).plusWeeks(clinic - 1)).build());
    }
}

System.out.println();
System.out.println("== Coach Ana's calendar, January to March 2026");
LocalDate until = LocalDate.of(2026, 4, 1);
record Entry(LocalDate date, PracticeId practice, ScheduledActivity activity) {}
List<Entry> calendar = new ArrayList<>();
for (Engagement e : engagements) {
    for (ScheduledActivity s : e.schedule()) {
        if (s.date().isBefore(until) && s.activity().coachRoles().contains(EngagementRole.POINT_OF_CONTACT)) {
            calendar.add(new Entry(s.date(), e.practice(), s));
        }
    }
}
calendar.sort(Comparator.comparing(Entry::date).thenComparing(x -> x.practice().value()));
calendar.forEach(x -> System.out.printf("  %s  %-9s %s%n", x.date(), x.practice(), x.activity().activity().name()));

// The coaches log each activity that took place up to March as one encounter in the facilitation log, every
// coach the activity names present (the site visits are joint); c2-team4 went quiet after February.
List<Engagement> logged = new ArrayList<>();
for (Engagement e : engagements) {
    Engagement updated = e;
    for (ScheduledActivity s : e.schedule()) {
        boolean quiet = e.practice().value().equals("c2-team4") && s.date().isAfter(LocalDate.of(2026, 2, 10));
        if (s.date().isBefore(until) && !quiet) {
            Encounter.Builder visit = Encounter.builder().practice(e.practice()).date(s.date()).mode(s.activity().mode())
                    .minutes(s.activity().expectedMinutes()).activity(s.activity().type())
                    .addAllKeyChanges(s.activity().keyChanges());
            s.activity().practiceRoles().forEach(role -> visit.putStaff(role, 1));
            e.coaches().stream().filter(c -> s.activity().coachRoles().contains(c.role())).forEach(c -> visit.addCoaches(c.coach()));
            updated = updated.record(visit.build());
        }
    }
    logged.add(updated);
}

Map<PracticeId, PracticeProgress> progress = new LinkedHashMap<>();
Random random = new Random(11);
for (Engagement e : logged) {
    progress.put(e.practice(), PracticeProgress.builder().practice(e.practice()).asOf(LocalDate.of(2026, 3, 31))
            .pdsaCyclesCompleted(random.nextInt(3)).qiLeadNamed(random.nextBoolean()).regularTeamMeetings(true)
            .putIndicators("no-show-rate", (random.nextInt(9) - 5) / 100.0).build());
}

System.out.println();
MonthlyReview review = MonthlyReview.of(ana, YearMonth.of(2026, 3), logged, progress);
System.out.println(review);
if (!review.practices().stream().filter(p -> p.practice().value().equals("c2-team4")).findFirst().orElseThrow()
        .flags().contains(ReviewFlag.NO_CONTACT_30_DAYS)) {
    throw new AssertionError("the quiet team should be flagged");
}

System.out.println();
System.out.println("== Program: EvidenceNOW classing of each point-of-contact coach");
// "Improved" over a named indicator set, practices without data left out and listed.
IndicatorSet noShows = IndicatorSet.of("the no-show rate", Map.of("no-show-rate", Better.LOWER));
MonthlyReview.effectiveness(logged, progress, noShows, MissingIndicators.LEAVE_OUT).values()
        .forEach(c -> System.out.println("  " + c));

System.out.println();
System.out.println("== Exit decision for c1-team1 at the end of the pilot");
PracticeProgress atEnd = PracticeProgress.builder().practice(PracticeId.of("c1-team1")).asOf(LocalDate.of(2026, 11, 5))
        .pdsaCyclesCompleted(4).acicChange(1.3).qiLeadNamed(true).regularTeamMeetings(true).readinessFollowUp(4).build();
System.out.println(ExitRules.defaults().decide(atEnd, logged.get(0)));

System.out.println();
System.out.println("== Fidelity at the end of March: the coaching planned against what took place");
// Each team's scheduled activities due by 31 March, matched to those completed; c2-team4 went quiet.
for (Engagement e : logged) {
    EngagementFidelity f = Fidelity.assess(e, LocalDate.of(2026, 3, 31));
    System.out.printf("  %-9s %s%n", e.practice(), f.frequency());
}
EngagementFidelity quiet = Fidelity.assess(logged.stream().filter(e -> e.practice().value().equals("c2-team4"))
        .findFirst().orElseThrow(), LocalDate.of(2026, 3, 31));
if (quiet.frequency().missed() == 0) {
    throw new AssertionError("the quiet team missed activities: " + quiet);
}
