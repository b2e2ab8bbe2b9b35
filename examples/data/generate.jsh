// Generates the synthetic program in examples/data/: every practice, person and number here is made
// up (no real patient data). Seeded, so it regenerates byte for byte:
//     bin/ccm-shell examples/data/generate.jsh
// Shaped like the AHRQ pilot manual's pilot (2 coaches, 9 practice teams at 2 clinics, January to
// December 2026) and a regional scale-up (12 coaches, 120 practices) for allocation.

import org.ccmcoach.assessment.csv.*;

Path dir = examples.resolve("data");   // examples: the examples folder, defined by bin/ccm-startup.jsh
Files.createDirectories(dir);
Random random = new Random(20260105);
LocalDate asOf = LocalDate.of(2026, 11, 20);
LocalDate baselineDate = LocalDate.of(2026, 1, 20);
LocalDate followUpDate = LocalDate.of(2026, 11, 10);   // 10 months on

// ---- The pilot: 2 coaches, 9 teams at 2 clinics about 20 km apart.
GeoPoint clinicNorth = GeoPoint.of(45.59, -122.68);
GeoPoint clinicSouth = GeoPoint.of(45.42, -122.62);
CoachId ana = CoachId.of("coach-ana");
CoachId raj = CoachId.of("coach-raj");
List<CoachProfile> pilotCoaches = List.of(
        CoachProfile.of(Coach.builder().id(ana).name("Ana Ortiz").homeLocation(GeoPoint.of(45.52, -122.68))
                .addExpertise("self-management-support").build()),
        // The pilot's technical-assistance coach, shared by all nine teams.
        CoachProfile.builder().coach(Coach.builder().id(raj).name("Raj Patel").homeLocation(GeoPoint.of(45.50, -122.60))
                .addExpertise("ehr-reporting", "registry").build()).role(EngagementRole.TECHNICAL_ASSISTANCE).build());
List<PracticeId> teams = new ArrayList<>();
List<PracticeProfile> pilotPractices = new ArrayList<>();
for (int clinic = 1; clinic <= 2; clinic++) {
    for (int team = 1; team <= (clinic == 1 ? 5 : 4); team++) {
        PracticeId id = PracticeId.of("c" + clinic + "-team" + team);
        teams.add(id);
        pilotPractices.add(PracticeProfile.builder()
                .practice(Practice.builder().id(id).name((clinic == 1 ? "North" : "South") + " Clinic, Team " + team)
                        .organization(clinic == 1 ? "North Clinic" : "South Clinic")
                        .location(clinic == 1 ? clinicNorth : clinicSouth)
                        .panelSize(1400 + 100 * random.nextInt(12)).clinicianCount(2 + random.nextInt(3)).build())
                .triage(team % 3 == 0 ? TriageLevel.LOW_FUNCTIONAL : TriageLevel.FUNCTIONAL)
                .readiness(5 + random.nextInt(4))
                .intensity(Intensity.LIGHT)   // the pilot was low intensity: two site visits in ten months
                .build());
    }
}
JsonLines.write(dir.resolve("pilot-coaches.jsonl"), pilotCoaches);
JsonLines.write(dir.resolve("pilot-practices.jsonl"), pilotPractices);

// ---- The region: 12 coaches, 120 practices over about 150 × 150 km.
String[] areas = {"registry", "ehr-reporting", "self-management-support"};
List<CoachProfile> regionCoaches = new ArrayList<>();
for (int c = 1; c <= 12; c++) {
    regionCoaches.add(CoachProfile.of(Coach.builder().id(CoachId.of(String.format("coach-%02d", c))).name("Coach " + c)
            .fte(c % 3 == 0 ? 0.5 : 0.7)
            .homeLocation(GeoPoint.of(45.0 + random.nextDouble() * 1.4, -123.0 + random.nextDouble() * 1.9))
            .addExpertise(areas[c % 3]).build()));
}
List<PracticeProfile> regionPractices = new ArrayList<>();
for (int p = 1; p <= 120; p++) {
    double draw = random.nextDouble();
    TriageLevel level = draw < 0.08 ? TriageLevel.EXEMPLAR : draw < 0.5 ? TriageLevel.FUNCTIONAL
            : draw < 0.88 ? TriageLevel.LOW_FUNCTIONAL : TriageLevel.SURVIVAL;
    PracticeProfile.Builder b = PracticeProfile.builder()
            .practice(Practice.builder().id(PracticeId.of(String.format("p-%03d", p))).name("Practice " + p)
                    .organization("Network " + (1 + p % 7))
                    .location(GeoPoint.of(45.0 + random.nextDouble() * 1.4, -123.0 + random.nextDouble() * 1.9)).build())
            .triage(level)
            .wantsToEngage(level == TriageLevel.SURVIVAL && random.nextBoolean())
            .readiness(2 + random.nextInt(7))
            .intensity(random.nextDouble() < 0.2 ? Intensity.LIGHT : random.nextDouble() < 0.8 ? Intensity.STANDARD
                    : Intensity.INTENSIVE)
            .scope(random.nextDouble() < 0.3 ? ChangeScope.SYSTEM_WIDE : ChangeScope.SINGLE_CONDITION)
            .maturity(Maturity.values()[random.nextInt(3)]);
    if (random.nextDouble() < 0.2) b.addOtherResources(FacilitationResource.IT_EHR_EXPERT);
    if (random.nextDouble() < 0.1) b.addRequiredExpertise(areas[random.nextInt(3)]);
    if (random.nextDouble() < 0.3) b.currentCoach(regionCoaches.get(random.nextInt(12)).id());
    regionPractices.add(b.build());
}
JsonLines.write(dir.resolve("region-coaches.jsonl"), regionCoaches);
JsonLines.write(dir.resolve("region-practices.jsonl"), regionPractices);

// ---- Engagements and their facilitation log: the pilot template, teams staggered a week apart by
// clinic. Baseline assessments in January, kick-off in February. c2-team4 went quiet after 10 March;
// everything else took place as scheduled up to the 20th of November, bar a missed activity now and then.
// Each activity that took place is one encounter: a joint site visit is one line with both coaches.
// The encounters' content is drawn to look like a coach's log (synthetic, as everything here): the
// calls work through the toolkit's key changes in order, staff present follow the activity's roles.
InterventionTemplate pilot = InterventionTemplates.ahrqSafetyNetPilot();
List<Engagement> engagements = new ArrayList<>();
List<Encounter> facilitationLog = new ArrayList<>();
// The log has a generator of its own, so that a change to the template's schedule or to the log's
// content leaves the assessments and measures below as they were.
Random log = new Random(20260202);
Map<KeyChange, CcmElement> elementOf = Map.of(
        KeyChange.ORGANIZE_LEAD_QI_TEAM, CcmElement.HEALTH_SYSTEM, KeyChange.FAMILIARIZE_TEAM, CcmElement.HEALTH_SYSTEM,
        KeyChange.USE_DATA_TO_SET_PRIORITIES, CcmElement.CLINICAL_INFORMATION_SYSTEMS,
        KeyChange.SELECT_PERFORMANCE_MEASURES, CcmElement.CLINICAL_INFORMATION_SYSTEMS,
        KeyChange.BUILD_MEASUREMENT_CAPACITY, CcmElement.CLINICAL_INFORMATION_SYSTEMS,
        KeyChange.ORGANIZE_CARE_TEAM, CcmElement.DELIVERY_SYSTEM_DESIGN, KeyChange.DEFINE_PATIENT_PANELS,
        CcmElement.CLINICAL_INFORMATION_SYSTEMS, KeyChange.SUPPORT_PATIENTS_AT_EVERY_VISIT, CcmElement.DELIVERY_SYSTEM_DESIGN,
        KeyChange.PLAN_CARE, CcmElement.DECISION_SUPPORT, KeyChange.ASSURE_SELF_MANAGEMENT_SUPPORT,
        CcmElement.SELF_MANAGEMENT_SUPPORT);
FacilitationStrategy[] strategies = FacilitationStrategy.values();
for (PracticeId team : teams) {
    int clinic = team.value().startsWith("c1") ? 1 : 2;
    Engagement e = Engagement.builder().practice(team)
            .addCoaches(CoachAssignment.of(ana, EngagementRole.POINT_OF_CONTACT),
                    CoachAssignment.of(raj, EngagementRole.TECHNICAL_ASSISTANCE))
            .template(pilot).start(LocalDate.of(2026, 2, 2).plusWeeks(clinic - 1)).build();
    boolean quietTeam = team.value().equals("c2-team4");
    int call = 0;
    for (ScheduledActivity s : e.schedule()) {
        boolean quiet = quietTeam && s.date().isAfter(LocalDate.of(2026, 3, 10));
        if (s.date().isAfter(asOf) || quiet || log.nextDouble() < 0.04) {
            continue;   // not yet due, or missed
        }
        Activity a = s.activity();
        int minutes = Math.max(15, a.expectedMinutes() + 5 * (log.nextInt(5) - 2));
        Encounter.Builder b = Encounter.builder().practice(team).date(s.date()).mode(a.mode()).minutes(minutes)
                .activity(a.type());
        e.coaches().stream().filter(c -> a.coachRoles().contains(c.role())).forEach(c -> b.addCoaches(c.coach()));
        for (String role : a.practiceRoles()) {
            b.putStaff(role, role.endsWith("lead") ? 1 : 3 + log.nextInt(4));
        }
        if (a.mode() == ContactMode.ON_SITE && log.nextDouble() < 0.6) {
            b.putStaff("physician", 1);
        }
        // Calls work through the activity's key changes in the toolkit's order, one or two a call;
        // a key change is sometimes left for a later call.
        List<KeyChange> planned = a.keyChanges();
        if (a.type() == ActivityType.COACHING_CALL && !planned.isEmpty()) {
            KeyChange k = planned.get(Math.min(call++, planned.size() - 1));
            if (log.nextDouble() < 0.85) b.addKeyChanges(k);
            if (log.nextDouble() < 0.3) b.addKeyChanges(planned.get(log.nextInt(planned.size())));
        } else if (!planned.isEmpty()) {
            b.addKeyChanges(planned.get(log.nextInt(planned.size())));
        }
        Encounter draft = b.build();
        draft.keyChanges().forEach(k -> b.addElements(elementOf.get(k)));
        b.addStrategies(strategies[log.nextInt(strategies.length)]);
        if (log.nextDouble() < 0.4) b.addStrategies(strategies[log.nextInt(strategies.length)]);
        if (a.type() == ActivityType.COACHING_CALL && log.nextDouble() < 0.6) {
            b.addActionItems(ActionItem.of("Bring run-chart data to the next call", "QI team lead", s.date().plusDays(14)));
        }
        if (log.nextDouble() < 0.8) b.quality(3 + log.nextInt(3));
        if (log.nextDouble() < 0.8) b.responsiveness(quietTeam ? 1 + log.nextInt(2) : 3 + log.nextInt(3));
        facilitationLog.add(b.build());
    }
    // Unplanned contacts: a short check-in by phone or email in some months, the point of contact alone.
    for (LocalDate month = e.start().plusMonths(1); month.isBefore(asOf) && month.isBefore(e.end()); month = month.plusMonths(1)) {
        boolean quiet = quietTeam && month.isAfter(LocalDate.of(2026, 3, 10));
        if (!quiet && log.nextDouble() < 0.35) {
            facilitationLog.add(Encounter.builder().practice(team).date(month.plusDays(log.nextInt(20)))
                    .mode(log.nextBoolean() ? ContactMode.PHONE : ContactMode.EMAIL).minutes(10 + 5 * log.nextInt(3))
                    .addCoaches(ana).putStaff("QI team lead", 1)
                    .addStrategies(FacilitationStrategy.PROVIDING_ACCOUNTABILITY).build());
        }
    }
    engagements.add(e);
}
facilitationLog.sort(Comparator.comparing(Encounter::date).thenComparing(c -> c.practice().value()));
JsonLines.write(dir.resolve("facilitation-log.jsonl"), facilitationLog);
JsonLines.write(dir.resolve("engagements.jsonl"), engagements);

// ---- Progress at the end of October, for the coach's monthly review.
List<PracticeProgress> progress = new ArrayList<>();
for (PracticeId team : teams) {
    boolean quietTeam = team.value().equals("c2-team4");
    progress.add(PracticeProgress.builder().practice(team).asOf(LocalDate.of(2026, 10, 31))
            .pdsaCyclesCompleted(quietTeam ? 0 : 2 + random.nextInt(5)).qiLeadNamed(!quietTeam)
            .regularTeamMeetings(!quietTeam)
            .putIndicators("no-show-rate", (random.nextInt(9) - (quietTeam ? 0 : 6)) / 100.0).build());
}
JsonLines.write(dir.resolve("progress.jsonl"), progress);

// ---- ACIC: 4 to 6 members rate each item alone, then the team agrees a consensus, at baseline
// and at 10 months. Each team has a level per element; self-management support and decision
// support improve most; the quiet team does not improve.
Instrument acic = Instruments.acic35();
List<AssessmentResponse> acicBaseline = new ArrayList<>();
List<AssessmentResponse> acicFollowUp = new ArrayList<>();
String[] roles = {"physician", "nurse practitioner", "nurse", "medical assistant", "front desk", "manager"};
for (PracticeId team : teams) {
    boolean quietTeam = team.value().equals("c2-team4");
    Map<String, Integer> start = new LinkedHashMap<>();
    Map<String, Integer> gain = new LinkedHashMap<>();
    for (Subscale s : acic.subscales()) {
        start.put(s.id(), 2 + random.nextInt(4));
        int g = switch (s.id()) {
            case "self-management-support" -> 2 + random.nextInt(2);
            case "decision-support" -> 1 + random.nextInt(2);
            default -> random.nextInt(2);
        };
        gain.put(s.id(), quietTeam ? 0 : g);
    }
    int members = 4 + random.nextInt(3);
    for (int time = 0; time < 2; time++) {
        LocalDate date = (time == 0 ? baselineDate : followUpDate).plusDays(random.nextInt(5));
        Map<String, Integer> view = new LinkedHashMap<>();
        for (Subscale s : acic.subscales()) {
            for (String item : s.items()) {
                int v = start.get(s.id()) + (time == 1 ? gain.get(s.id()) : 0) + random.nextInt(3) - 1;
                view.put(item, Math.max(0, Math.min(11, v)));
            }
        }
        List<AssessmentResponse> out = time == 0 ? acicBaseline : acicFollowUp;
        for (int m = 0; m < members; m++) {
            int lean = random.nextInt(3) - 1;
            AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(acic.id())
                    .subject(SubjectId.of(team.value())).respondent(team.value() + "-m" + (m + 1)).role(roles[m]).date(date);
            view.forEach((item, v) -> b.answer(item, Math.max(0, Math.min(11, v + lean + random.nextInt(3) - 1))));
            out.add(b.build());
        }
        AssessmentResponse.Builder consensus = AssessmentResponse.builder().instrument(acic.id())
                .subject(SubjectId.of(team.value())).role(AssessmentResponse.CONSENSUS_ROLE).date(date.plusDays(7));
        view.forEach(consensus::answer);
        out.add(consensus.build());
    }
}
ResponseCsv.table(acic, acicBaseline).write(dir.resolve("acic-baseline.csv"));
ResponseCsv.table(acic, acicFollowUp).write(dir.resolve("acic-10-months.csv"));

// ---- PACIC: about 30 patients per team at each time (25 to 35), answering 1 to 5; teams start
// between "never" and "sometimes" and most gain a little by 10 months; a few items are skipped.
Instrument pacic = Instruments.pacic20();
List<AssessmentResponse> pacicBaseline = new ArrayList<>();
List<AssessmentResponse> pacicFollowUp = new ArrayList<>();
for (PracticeId team : teams) {
    boolean quietTeam = team.value().equals("c2-team4");
    double level = 2.0 + random.nextDouble() * 0.9;
    double gain = quietTeam ? 0.0 : 0.2 + random.nextDouble() * 0.5;
    for (int time = 0; time < 2; time++) {
        int patients = 25 + random.nextInt(11);
        for (int p = 1; p <= patients; p++) {
            double person = level + (time == 1 ? gain : 0) + random.nextGaussian() * 0.6;
            AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(pacic.id())
                    .subject(SubjectId.of(team.value()))
                    .respondent(team.value() + (time == 0 ? "-b" : "-f") + String.format("%02d", p))
                    .role("patient").date((time == 0 ? LocalDate.of(2026, 1, 12) : LocalDate.of(2026, 11, 2))
                            .plusDays(random.nextInt(14)));
            for (Item item : pacic.items()) {
                if (random.nextDouble() < 0.02) continue;   // left blank
                long v = Math.round(person + random.nextGaussian() * 0.7);
                b.answer(item.id(), Math.max(1, Math.min(5, v)));
            }
            (time == 0 ? pacicBaseline : pacicFollowUp).add(b.build());
        }
    }
}
ResponseCsv.table(pacic, pacicBaseline).write(dir.resolve("pacic-baseline.csv"));
ResponseCsv.table(pacic, pacicFollowUp).write(dir.resolve("pacic-10-months.csv"));

// ---- Three PDSA ramps and 24 months (November 2024 to October 2026) of their monthly measure.
record Ramp(String practice, Measure measure, ChangeIdea idea, String prefix, int[] months, ActDecision[] decisions,
            double before, double after, int changeMonth) {}
LocalDate firstMonth = LocalDate.of(2024, 11, 1);
Measure noShows = Measure.builder().id(MeasureId.of("no-show-rate")).name("No-show rate, diabetes visits")
        .type(MeasureType.OUTCOME).definition("Booked diabetes visits not attended, per month, from the scheduling system")
        .unit("%").numerator("visits not attended").denominator("visits booked").direction(Direction.DOWN).target(0.12).build();
Measure footExams = Measure.builder().id(MeasureId.of("foot-exam-rate")).name("Annual foot exam, patients with diabetes")
        .type(MeasureType.PROCESS).definition("Patients with diabetes seen this month whose foot exam is up to date")
        .unit("%").numerator("foot exam within 12 months").denominator("patients with diabetes seen").direction(Direction.UP)
        .target(0.8).build();
Measure goals = Measure.builder().id(MeasureId.of("goal-setting-rate")).name("Self-management goal documented")
        .type(MeasureType.PROCESS).definition("Visits of patients with diabetes with a self-management goal set or reviewed")
        .unit("%").numerator("visits with a goal documented").denominator("diabetes visits").direction(Direction.UP)
        .target(0.5).build();
List<Ramp> ramps = List.of(
        // A real shift: the whole-clinic test in April 2026 halves the no-shows, and the team adopts it.
        new Ramp("c1-team1", noShows, ChangeIdea.of("Phone reminders two days before diabetes visits",
                ChangeConcept.TIMELY_REMINDERS), "reminders", new int[] {2, 3, 4},
                new ActDecision[] {ActDecision.ADAPT, ActDecision.ADAPT, ActDecision.ADOPT}, 0.22, 0.11, 17),
        // No shift: the standing order was adopted in May 2026, but the rate stays where it was.
        new Ramp("c1-team3", footExams, ChangeIdea.of("Standing order: medical assistants start the foot exam",
                ChangeConcept.TEAM_ROLES_AND_TASKS), "foot-exams", new int[] {3, 4, 5},
                new ActDecision[] {ActDecision.ADAPT, ActDecision.ADAPT, ActDecision.ADOPT}, 0.62, 0.62, 19),
        // Abandoned after two cycles: the goal form took too long; nothing changes.
        new Ramp("c2-team2", goals, ChangeIdea.of("A one-page goal form at check-in",
                ChangeConcept.SELF_MANAGEMENT_STRATEGIES), "goal-form", new int[] {6, 7},
                new ActDecision[] {ActDecision.ADAPT, ActDecision.ABANDON}, 0.31, 0.31, 99));
List<PdsaRamp> rampValues = new ArrayList<>();
List<List<String>> monthly = new ArrayList<>();
for (Ramp r : ramps) {
    PdsaRamp ramp = PdsaRamp.of(r.idea());
    for (int n = 1; n <= r.months().length; n++) {
        LocalDate start = LocalDate.of(2026, r.months()[n - 1], 1);
        ActDecision decision = r.decisions()[n - 1];
        String scope = n == 1 ? "one clinician for a week" : n == 2 ? "two clinicians for two weeks" : "the whole team for a month";
        CyclePlan plan = CyclePlan.builder().objective(r.idea().description() + ": " + scope)
                .addQuestions(CyclePlan.Question.of("Does the measure move for the patients tested?", "it moves toward the target"))
                .addTasks(CyclePlan.Task.of("run the change as planned", "medical assistant", start, "clinic"))
                .dataCollection("tally on the clinic's log sheet").addMeasures(r.measure().id()).build();
        String learning = switch (decision) {
            case ADOPT -> "adopt: make it standard work and follow the run chart monthly";
            case ABANDON -> "abandon: the form took too long at check-in";
            default -> "adapt: works in part; widen the test";
        };
        ramp = ramp.then(PdsaCycle.plan(CycleId.of(r.prefix() + "-" + n), r.idea().description(), n, start, plan)
                .withScale(TestScale.builder().clinicians(n == 1 ? 1 : n == 2 ? 2 : 6).days(n == 1 ? 7 : n == 2 ? 14 : 30).build())
                .recordDo(DoRecord.builder().asPlanned(true).started(start.plusDays(1)).ended(start.plusDays(n == 3 ? 27 : 12)).build())
                .recordStudy(StudyRecord.builder().addOutcomes(decision == ActDecision.ABANDON ? PredictionOutcome.REFUTED
                        : PredictionOutcome.PARTLY).learning(learning).build())
                .decide(ActRecord.of(decision, learning, start.plusDays(n == 3 ? 28 : 14))));
    }
    rampValues.add(ramp);
    for (int m = 0; m < 24; m++) {
        LocalDate month = firstMonth.plusMonths(m);
        int denominator = 90 + random.nextInt(40);
        double p = m >= r.changeMonth() ? r.after() : r.before();
        int numerator = 0;
        for (int v = 0; v < denominator; v++) {
            if (random.nextDouble() < p) numerator++;
        }
        monthly.add(List.of(r.practice(), r.measure().id().value(), month.toString(), String.valueOf(numerator),
                String.valueOf(denominator)));
    }
}
JsonLines.write(dir.resolve("measures.jsonl"), List.of(noShows, footExams, goals));
JsonLines.write(dir.resolve("pdsa-ramps.jsonl"), rampValues);
CsvTable.of(List.of("practice", "measure", "month", "numerator", "denominator"), monthly)
        .write(dir.resolve("monthly-measures.csv"));

System.out.println("Synthetic program written to " + dir + ":");
try (Stream<Path> files = Files.list(dir)) {
    files.sorted().forEach(f -> System.out.println("  " + f.getFileName()));
}
