// The program-evaluation tour: a synthetic coaching program from end to end. It allocates coaches,
// lays out the intervention, scores the ACIC and PACIC, follows three PDSA ramps on run and control
// charts, compares baseline with follow-up, reviews a coach's month, prices the program and checks
// that the coaching planned was delivered. It prints a short report
// and writes CSV tables, SVG and PNG charts and an index.html to ccm-report/ (or the folder named
// by -Dccm.report or CCM_REPORT). The data in examples/data/ is synthetic: see its README.md.
//
// Run: bin/ccm-shell examples/program-evaluation.jsh

Path data = examples.resolve("data");   // examples: the examples folder, defined by bin/ccm-startup.jsh
Path out = Path.of(System.getProperty("ccm.report", System.getenv().getOrDefault("CCM_REPORT", "ccm-report")));
Files.createDirectories(out);
LocalDate asOf = LocalDate.of(2026, 11, 20);
List<String> written = new ArrayList<>();

void csv(String name, List<String> header, List<List<String>> rows) {
    CsvTable.of(header, rows).write(out.resolve(name));
    written.add(name);
}
void csv(String name, CsvTable table) {
    table.write(out.resolve(name));
    written.add(name);
}
void chart(String name, Figure figure) {
    figure.writeSvg(out.resolve(name + ".svg"));
    figure.writePng(out.resolve(name + ".png"));
    written.add(name + ".svg");
    written.add(name + ".png");
}
String n(double x) { return Decimals.show(x); }
String n(OptionalDouble x) { return x.isPresent() ? Decimals.show(x.getAsDouble()) : ""; }
String f1(OptionalDouble x) { return x.isPresent() ? Decimals.fixed(x.getAsDouble(), 1) : "  – "; }
void heading(String title) { System.out.println(); System.out.println("== " + title); }

// ---- 1. Who coaches whom: the pilot, then the region with its waitlist.
AllocationPolicy policy = AllocationPolicy.defaults();
// The pilot: Ana the point of contact for all nine teams, Raj their shared technical-assistance coach.
AllocationProblem pilot = AllocationProblem.builder().policy(policy)
        .coaches(JsonLines.read(data.resolve("pilot-coaches.jsonl"), CoachProfile.class))
        .practices(JsonLines.read(data.resolve("pilot-practices.jsonl"), PracticeProfile.class)).build();
Allocation pilotPlan = Allocator.heuristic().allocate(pilot);
AllocationProblem region = AllocationProblem.builder().policy(policy)
        .coaches(JsonLines.read(data.resolve("region-coaches.jsonl"), CoachProfile.class))
        .practices(JsonLines.read(data.resolve("region-practices.jsonl"), PracticeProfile.class)).build();
Allocation plan = Allocator.heuristic().allocate(region);
heading("1. Allocation");
System.out.println("Pilot: " + pilotPlan + "; technical assistance for " + pilotPlan.technicalAssistance().size()
        + " teams by " + pilotPlan.technicalAssistance().stream().map(a -> a.coach().value()).distinct().toList());
System.out.println("Region: " + plan);
System.out.println("Waitlist, in priority order (first 8 of " + plan.waitlist().size() + "):");
plan.waitlist().stream().limit(8).map(Object::toString)
        .forEach(u -> System.out.println("  " + (u.length() <= 150 ? u : u.substring(0, 149) + "…")));
System.out.println("Why practices wait: " + plan.waitlist().stream()
        .collect(Collectors.groupingBy(Unserved::reason, TreeMap::new, Collectors.counting())));
csv("allocation-pilot.csv", AllocationCsv.table(pilotPlan));
csv("allocation-region.csv", AllocationCsv.table(plan));
csv("coach-utilization.csv", AllocationCsv.coachLoads(plan));
chart("coach-utilization", Figures.utilization(plan, "Region: coach utilization"));

// ---- 2. Where each pilot practice is in the intervention, and what comes next. The engagements hold the
// plan and status history; the facilitation log (one line per encounter, a joint visit once) is joined to them.
FacilitationLog facilitationLog = FacilitationLog.of(JsonLines.read(data.resolve("facilitation-log.jsonl"), Encounter.class));
List<Engagement> engagements = facilitationLog.applyTo(JsonLines.read(data.resolve("engagements.jsonl"), Engagement.class));
heading("2. Phases on " + asOf);
List<List<String>> phaseRows = new ArrayList<>();
for (Engagement e : engagements) {
    String phase = e.phaseOn(asOf).map(Phase::name).orElse("(ended)");
    List<ScheduledActivity> next = e.schedule().stream().filter(s -> s.date().isAfter(asOf)).limit(2).toList();
    System.out.printf("  %-9s %-9s %s; next: %s%n", e.practice(), e.status(), phase, next.isEmpty()
            ? "nothing before the engagement ends on " + e.end()
            : next.stream().map(s -> s.date() + " " + s.activity().name()).collect(Collectors.joining("; ")));
    phaseRows.add(List.of(e.practice().value(), e.status().name(), phase, String.valueOf(e.encounters().size()),
            next.stream().map(s -> s.date() + " " + s.activity().name()).collect(Collectors.joining("; "))));
}
csv("phases.csv", List.of("practice", "status", "phase", "encounters", "next_activities"), phaseRows);

// ---- 3. ACIC: each team's consensus at baseline and 10 months, per element, with level changes.
Instrument acic = Instruments.acic35();
List<AssessmentResponse> acicBefore = ResponseCsv.read(data.resolve("acic-baseline.csv"), acic);
List<AssessmentResponse> acicAfter = ResponseCsv.read(data.resolve("acic-10-months.csv"), acic);
List<ScoreReport> acicBase = acicBefore.stream().filter(AssessmentResponse::consensus).map(acic::score).toList();
List<ScoreReport> acicFollow = acicAfter.stream().filter(AssessmentResponse::consensus).map(acic::score).toList();
heading("3. ACIC consensus per element, baseline → 10 months (level)");
System.out.println("Before the consensus meeting, " + TeamAggregate.of(acic, acicBefore.stream()
        .filter(r -> r.subject().value().equals("c1-team1") && !r.consensus()).toList()).label());
List<List<String>> acicChangeRows = new ArrayList<>();
// Columns are numbered and named in full below the table: a title cut to fit a column misleads.
System.out.printf("  %-9s", "");
for (int k = 1; k <= acic.subscales().size(); k++) {
    System.out.printf(" %-16s", "(" + k + ")");
}
System.out.println();
for (ScoreReport before : acicBase) {
    ScoreReport after = acicFollow.stream().filter(r -> r.subject().equals(before.subject())).findFirst().orElseThrow();
    AssessmentChange change = AssessmentChange.between(before, after);
    System.out.printf("  %-9s", before.subject());
    for (ScoreChange c : change.subscales()) {
        String levels = c.levelChanged() ? " " + c.levelTransition().orElse("") : "";
        System.out.printf(" %-16s", f1(c.before()) + "→" + f1(c.after()) + levels);
        acicChangeRows.add(List.of(before.subject().value(), c.measure(), n(c.before()), n(c.after()), n(c.delta()),
                c.levelBefore().orElse(""), c.levelAfter().orElse("")));
    }
    System.out.println();
    chart("acic-profile-" + before.subject(), Figures.profile(acic, before.subject() + ": ACIC by element",
            List.of(before), List.of(after)));
}
for (int k = 0; k < acic.subscales().size(); k++) {
    System.out.println("  (" + (k + 1) + ") " + acic.subscales().get(k).title());
}
csv("acic-scores.csv", ScoreCsv.table(acic, Stream.concat(acicBase.stream(), acicFollow.stream()).toList()));
csv("acic-change.csv", List.of("practice", "measure", "baseline", "follow_up", "change", "level_baseline",
        "level_follow_up"), acicChangeRows);
chart("acic-profile-program", Figures.profile(acic, "The pilot's nine teams: ACIC by element", acicBase, acicFollow));

// ---- 4. PACIC: about 30 patients per team each time; the team's mean per subscale.
Instrument pacic = Instruments.pacic20();
List<ScoreReport> pacicBase = ResponseCsv.read(data.resolve("pacic-baseline.csv"), pacic).stream().map(pacic::score).toList();
List<ScoreReport> pacicFollow = ResponseCsv.read(data.resolve("pacic-10-months.csv"), pacic).stream().map(pacic::score).toList();
OptionalDouble meanOf(List<ScoreReport> reports, String subject, String measure) {
    return reports.stream().filter(r -> r.subject().value().equals(subject)).map(r -> r.score(measure))
            .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
}
heading("4. PACIC, mean of patients per team (1–5): overall, then each subscale; baseline → 10 months");
List<String> pacicMeasures = new ArrayList<>(List.of("overall"));
pacic.subscales().forEach(s -> pacicMeasures.add(s.id()));
List<List<String>> pacicRows = new ArrayList<>();
List<String> subjects = acicBase.stream().map(r -> r.subject().value()).toList();
for (String subject : subjects) {
    StringBuilder line = new StringBuilder(String.format("  %-9s", subject));
    for (String m : pacicMeasures) {
        OptionalDouble b = meanOf(pacicBase, subject, m);
        OptionalDouble a = meanOf(pacicFollow, subject, m);
        line.append(String.format(" %s→%s", f1(b), f1(a)));
        pacicRows.add(List.of(subject, m, String.valueOf(pacicBase.stream().filter(r -> r.subject().value().equals(subject)).count()),
                String.valueOf(pacicFollow.stream().filter(r -> r.subject().value().equals(subject)).count()), n(b), n(a)));
    }
    System.out.println(line);
}
System.out.println("  (columns: " + String.join(", ", pacicMeasures) + ")");
csv("pacic-scores.csv", ScoreCsv.table(pacic, Stream.concat(pacicBase.stream(), pacicFollow.stream()).toList()));
csv("pacic-practices.csv", List.of("practice", "measure", "patients_baseline", "patients_follow_up", "baseline",
        "follow_up"), pacicRows);
chart("pacic-profile-program", Figures.profile(pacic, "The pilot's patients: PACIC by subscale", pacicBase, pacicFollow));

// ---- 5. Paired change across the nine practices, with 95 % confidence intervals.
heading("5. Paired change across practices (mean change, 95 % CI, p)");
List<List<String>> pairedRows = new ArrayList<>();
void paired(String instrument, String measure, PairedComparison c) {
    System.out.printf("  %-6s %-30s n=%d  %s  [%s, %s]  %s%n", instrument, measure, c.n(), Decimals.signed(c.meanChange(), 2),
            Decimals.signed(c.lower95(), 2), Decimals.signed(c.upper95(), 2), Decimals.pValue(c.p()));
    pairedRows.add(List.of(instrument, measure, String.valueOf(c.n()), n(c.meanBefore()), n(c.meanAfter()),
            n(c.meanChange()), n(c.lower95()), n(c.upper95()), n(c.t()), n(c.degreesOfFreedom()), n(c.p())));
}
paired("ACIC", "overall", PairedComparison.of(acicBase, acicFollow, "overall"));
List<PairedComparison> elements = acic.subscales().stream()
        .map(s -> PairedComparison.of(acicBase, acicFollow, s.id())).toList();
elements.forEach(c -> paired("ACIC", c.measure(), c));
// Seven elements tested at 5 % each: adjust them as one named family (Holm).
ComparisonFamily family = ComparisonFamily.holm("ACIC elements, baseline to 10 months", elements);
System.out.println(family.toString().indent(2).stripTrailing());
// Teams within one clinic share its leadership and systems: the overall change at the clinic level.
PairedComparison byClinic = PairedComparison.ofClusters(acicBase, acicFollow, "overall", "clinic",
        s -> s.value().substring(0, 2));
System.out.println("  by clinic: " + byClinic);
if (byClinic.n() != 2 || !byClinic.toString().contains("analysed by clinic: 2 clinics of 9 subjects (c1: 5, c2: 4)")) {
    throw new AssertionError("the clustered comparison names its clustering: " + byClinic);
}
for (String m : pacicMeasures) {
    double[] b = subjects.stream().mapToDouble(s -> meanOf(pacicBase, s, m).orElseThrow()).toArray();
    double[] a = subjects.stream().mapToDouble(s -> meanOf(pacicFollow, s, m).orElseThrow()).toArray();
    paired("PACIC", m, PairedComparison.of(b, a));
}
csv("paired-change.csv", List.of("instrument", "measure", "n", "mean_baseline", "mean_follow_up", "mean_change",
        "lower95", "upper95", "t", "df", "p"), pairedRows);

// ---- 6. The PDSA ramps on run and control charts, each signal tied to its cycle.
heading("6. PDSA ramps and their measures, November 2024 to October 2026");
List<Measure> measures = JsonLines.read(data.resolve("measures.jsonl"), Measure.class);
List<PdsaRamp> ramps = JsonLines.read(data.resolve("pdsa-ramps.jsonl"), PdsaRamp.class);
CsvTable monthly = CsvTable.read(data.resolve("monthly-measures.csv"));
List<List<String>> signalRows = new ArrayList<>();
Map<MeasureId, Series> seriesOf = new LinkedHashMap<>();
for (PdsaRamp ramp : ramps) {
    MeasureId id = ramp.cycles().get(0).plan().measures().get(0);
    Measure measure = measures.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    Series.Builder series = Series.builder().name(measure.name()).measure(id).direction(measure.direction());
    String practice = "";
    for (CsvRow row : monthly.rows()) {
        if (row.get("measure").orElseThrow().equals(id.value())) {
            practice = row.get("practice").orElseThrow();
            series.addObservations(SeriesPoint.proportion(LocalDate.parse(row.get("month").orElseThrow()),
                    Long.parseLong(row.get("numerator").orElseThrow()), Long.parseLong(row.get("denominator").orElseThrow())));
        }
    }
    for (PdsaCycle c : ramp.cycles()) {
        series.addAnnotations(Annotation.of(c.start(), "cycle " + c.number() + ": "
                + c.decision().map(d -> d.name().toLowerCase(Locale.ROOT)).orElse("open"), c.id()));
    }
    Series s = series.build();
    seriesOf.put(id, s);
    RunChart run = RunChart.of(s);
    ControlChart p = ControlChart.of(ChartType.P, s);
    System.out.println(practice + ": " + ramp.summary());
    for (Object[] pair : new Object[][] {{"run chart", run.signals(), run}, {"p chart", p.signals(), p}}) {
        @SuppressWarnings("unchecked") List<Signal> signals = (List<Signal>) pair[1];
        ProcessChart chart = (ProcessChart) pair[2];
        System.out.println("  " + pair[0] + ": " + chart.verdicts().stream().map(Object::toString)
                .collect(Collectors.joining("; ")));
        for (Signal signal : signals) {
            Optional<CycleId> cycle = chart.cycle(signal);
            String from = signal.points().isEmpty() ? "" : s.observations().get(signal.points().get(0)).date().toString();
            String to = signal.points().isEmpty() ? ""
                    : s.observations().get(signal.points().get(signal.points().size() - 1)).date().toString();
            System.out.println("    " + signal.ruleSet().displayName() + ": " + signal.rule().label()
                    + (from.isEmpty() ? "" : " " + from + (to.equals(from) ? "" : " to " + to)) + ", " + signal.detail()
                    + " (" + signal.meaning().label() + ")" + cycle.map(c -> " ← " + c).orElse(""));
            signalRows.add(List.of(practice, id.value(), (String) pair[0], signal.ruleSet().name(), signal.rule().name(),
                    from, to, String.valueOf(signal.points().size()), signal.meaning().name(),
                    cycle.map(CycleId::value).orElse(""), signal.detail()));
        }
    }
    chart("run-chart-" + id, Figures.runChart(run));
    chart("p-chart-" + id, Figures.controlChart(p));
}
csv("signals.csv", List.of("practice", "measure", "chart", "rule_set", "rule", "from", "to", "points", "meaning",
        "cycle", "detail"), signalRows);

// ---- 7. The point-of-contact coach's monthly review for October.
Map<PracticeId, PracticeProgress> progress = new LinkedHashMap<>();
JsonLines.read(data.resolve("progress.jsonl"), PracticeProgress.class).forEach(pr -> progress.put(pr.practice(), pr));
MonthlyReview review = MonthlyReview.of(CoachId.of("coach-ana"), YearMonth.of(2026, 10), engagements, progress);
heading("7. Monthly review");
System.out.println(review);
csv("monthly-review.csv", List.of("practice", "role", "phase", "status", "encounters", "minutes", "action_items_due",
                "pdsa_cycles", "flags"),
        review.practices().stream().map(pm -> List.of(pm.practice().value(), pm.role().name(), pm.phase().orElse(""),
                pm.status().name(), String.valueOf(pm.encounters()),
                String.valueOf(pm.minutesByMode().values().stream().mapToLong(Long::longValue).sum()),
                String.valueOf(pm.actionItemsDue().size()),
                pm.pdsaCycles().isPresent() ? String.valueOf(pm.pdsaCycles().getAsInt()) : "",
                pm.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")))).toList());


// ---- 8. What it costs. First Culler et al. 2013's practice-year of 6 visits, the model built from their Table 2
// (CostModel.culler2013() says how each input follows from the paper), with the shares their abstract gives.
// Then this synthetic program priced with its own figures: a coach at USD 84,000 a year over 1,680 hours, USD
// 0.70 a mile, USD 15 a visit, USD 4,500 start-up and USD 1,500 materials a practice are the tour's choices,
// not a source's (Culler's model is not a budget: its time is not a wage, and its travel is not by the mile).
heading("8. Costs");
CostBreakdown cullerYear = CostModel.culler2013().price(Workload.builder().siteVisits(6).coachMinutes(6 * 87).practiceStarts(1)
        .putActivities(ActivityType.ASSESSMENT_DAY, 1.0).putActivities(ActivityType.CHECK_IN, 1.0).build());
double cullerTotal = cullerYear.total().getAmount().doubleValue();
System.out.println("Culler et al. 2013's practice-year of 6 visits, built from their Table 2: " + cullerYear.total()
        + " (their median total USD 9670); start-up " + Decimals.fixed(100 * cullerYear.line(CostLine.START_UP).getAmount()
        .doubleValue() / cullerTotal, 1) + " % (abstract: about 50 %), facilitation " + Decimals.fixed(100 * cullerYear
        .line(CostLine.COACH_TIME).plus(cullerYear.line(CostLine.MATERIALS)).getAmount().doubleValue() / cullerTotal, 1)
        + " % (abstract: 31 %), travel and food the rest");
CostModel model = CostModel.builder().currency(CurrencyUnit.USD).coachCostPerFteYear(Money.parse("USD 84000"))
        .mileageRate(Money.parse("USD 0.70")).visitExpenses(Money.parse("USD 15")).startUpPerPractice(Money.parse("USD 4500"))
        .materialsPerPractice(Money.parse("USD 1500")).build();
System.out.println("This program's figures: " + model);
CcmJson.write(out.resolve("cost-model.json"), model);   // the figures every cost table below rests on
written.add("cost-model.json");
PlanCost pilotCost = PlanCosting.of(pilot, pilotPlan, model);
System.out.println("Pilot plan: " + pilotCost);
csv("plan-cost.csv", AllocationCsv.planCost(pilotCost));
List<EngagementCost> engagementCosts = new ArrayList<>();
for (Engagement e : engagements) {
    Map<CoachId, Trip> trips = new LinkedHashMap<>();
    e.coaches().forEach(c -> trips.put(c.coach(), pilot.trip(c.coach(), e.practice())));
    EngagementCost c = EngagementCosting.of(model, e, trips, asOf);
    engagementCosts.add(c);
    // The share is of the cost, start-up and materials charged in full: section 9 gives the share of coaching.
    System.out.printf("  %-9s planned %s, delivered to %s %s (%s %% of the planned cost)%n", e.practice(),
            c.planned().total(), asOf, c.delivered().total(), Decimals.fixed(100 * c.deliveredShare().orElse(0), 0));
}
csv("engagement-costs.csv", CostCsv.table(engagementCosts));
Money deliveredCost = engagementCosts.stream().map(c -> c.delivered().total()).reduce(Money.zero(model.currency()), Money::plus);
// Improved: the team's ACIC overall score is higher at 10 months than at baseline (this tour's criterion).
Map<PracticeId, Double> acicOverallChange = new LinkedHashMap<>();
for (ScoreReport before : acicBase) {
    ScoreReport after = acicFollow.stream().filter(r -> r.subject().equals(before.subject())).findFirst().orElseThrow();
    acicOverallChange.put(PracticeId.of(before.subject().value()),
            after.score("overall").getAsDouble() - before.score("overall").getAsDouble());
}
long improved = acicOverallChange.values().stream().filter(d -> d > 0).count();
System.out.println("Delivered in all: " + deliveredCost + "; per practice " + deliveredCost.dividedBy(engagements.size(),
        java.math.RoundingMode.HALF_UP) + "; per practice improved (ACIC overall higher, " + improved + " of "
        + engagements.size() + "): " + (improved == 0 ? "none improved"
        : deliveredCost.dividedBy(improved, java.math.RoundingMode.HALF_UP)));
// What the region's 120 practices would need, with copies of its first coach (coaches based elsewhere would
// reach other practices: those beyond this one's travel limit are named as needing another kind of coach).
CoachProfile typical = region.coaches().get(0);
BudgetPlan regionBudget = CapacityPlanner.budget(policy, region.practices(), typical, List.of(), model);
System.out.println("Region, coaches like " + typical.id() + ": " + regionBudget);
BudgetReach reach = CapacityPlanner.reach(policy, region.practices(), typical, List.of(), model, Money.parse("USD 600000"));
System.out.println("USD 600,000 a year serves " + reach.served().size() + " practices with " + reach.coaches()
        + " coaches; binding: " + reach.binding() + ": " + reach.explanation());
List<BudgetScenario> scenarios = CapacityPlanner.sensitivity(policy, region.practices(), typical, List.of(), model);
// Shorter drives bring more practices within the travel limit, so more coaches: the served count moves too.
scenarios.forEach(r -> System.out.println("  " + r.scenario() + ": " + r.coachesNeeded().orElse(0) + " coaches for "
        + r.practicesServed() + " practices, " + r.firstYearBudget()));
csv("budget-sensitivity.csv", AllocationCsv.sensitivity(scenarios));
// The business case of each ramp. Hours are this synthetic program's (2 coach and 6 staff hours a cycle), the
// staff wage of USD 30 an hour its choice: the cost model assumes none, and refuses staff time without one.
try {
    BusinessCase.of(ramps.get(0)).measure(measures.get(0)).coachHours(2).staffHours(6).baseline(0).current(0).build()
            .evaluate(model);
    throw new AssertionError("staff time without a wage must be refused");
} catch (CcmValidationException refused) {
    System.out.println("Without a wage: " + refused.getMessage());
}
CostModel withWage = model.withStaffHourlyCost(Money.parse("USD 30.00"));
List<List<String>> caseRows = new ArrayList<>();
for (PdsaRamp ramp : ramps) {
    MeasureId id = ramp.cycles().get(0).plan().measures().get(0);
    Measure measure = measures.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    Series s = seriesOf.get(id);
    LocalDate firstCycle = ramp.cycles().get(0).start();
    // Percent before the first cycle (the 12 months up to it) and over the last 6 months.
    double before = 100 * s.observations().stream().filter(o -> o.date().isBefore(firstCycle)
            && !o.date().isBefore(firstCycle.minusMonths(12))).mapToDouble(o -> o.numerator().orElseThrow()).sum()
            / s.observations().stream().filter(o -> o.date().isBefore(firstCycle)
            && !o.date().isBefore(firstCycle.minusMonths(12))).mapToDouble(o -> o.denominator().orElseThrow()).sum();
    List<SeriesPoint> last = s.observations().subList(s.observations().size() - 6, s.observations().size());
    double since = 100 * last.stream().mapToDouble(o -> o.numerator().orElseThrow()).sum()
            / last.stream().mapToDouble(o -> o.denominator().orElseThrow()).sum();
    BusinessCaseResult result = BusinessCase.of(ramp).measure(measure).coachHours(2.0 * ramp.cycles().size())
            .staffHours(6.0 * ramp.cycles().size()).baseline(Math.round(before * 10) / 10.0)
            .current(Math.round(since * 10) / 10.0).build().evaluate(withWage);
    System.out.println("  " + result.statement());
    caseRows.add(result.row());
}
csv("business-cases.csv", BusinessCaseResult.HEADER, caseRows);

// ---- 9. Fidelity: did each team receive the coaching planned? In Carroll et al.'s parts: content (the planned
// key changes worked on), frequency (activities matched to the schedule), duration, coverage (the practice roles
// reached), with quality and responsiveness where rated; the practice's dose (a joint visit once) apart from
// the coaches' time; the program's spread, and dose beside the ACIC change (observational, as the table says).
heading("9. Fidelity to " + asOf);
List<EngagementFidelity> fidelities = engagements.stream().map(e -> Fidelity.assess(e, asOf)).toList();
System.out.printf("  %-9s %9s %8s %7s %8s %13s %13s %s%n", "practice", "frequency", "duration", "content", "coverage",
        "practice h", "coach h", "moderators");
String pct(OptionalDouble x) { return x.isPresent() ? Decimals.fixed(100 * x.getAsDouble(), 0) + " %" : "–"; }
for (EngagementFidelity f : fidelities) {
    System.out.printf("  %-9s %9s %8s %7s %8s %6s of %4s %6s of %4s %s%n", f.practice(), pct(f.frequency().fidelity()),
            pct(f.duration().ratio()), pct(f.content().share()), pct(f.coverage().share()),
            Decimals.fixed(f.deliveredDose().hours(), 1), Decimals.fixed(f.plannedDose().hours(), 1),
            Decimals.fixed(f.deliveredCoachTime().hours(), 1), Decimals.fixed(f.plannedCoachTime().hours(), 1), f.moderators());
}
ProgramFidelity programFidelity = ProgramFidelity.of(fidelities);
System.out.println("Program: " + programFidelity);
DoseResponse doseResponse = DoseResponse.of(fidelities, acicOverallChange);
doseResponse.groups().forEach(g -> System.out.printf("  %-13s %s–%s h: mean ACIC change %s (%d teams)%n",
        g.label(), Decimals.fixed(g.minHours(), 1), Decimals.fixed(g.maxHours(), 1), Decimals.signed(g.meanChange(), 2),
        g.practices().size()));
System.out.println("  " + doseResponse.caveat());
csv("fidelity.csv", FidelityCsv.practices(fidelities));
csv("fidelity-activities.csv", FidelityCsv.activities(fidelities));
csv("fidelity-program.csv", DoseCsv.program(programFidelity));
csv("dose-response.csv", DoseCsv.doseResponse(doseResponse));
chart("dose-delivered", Figures.dose(fidelities, "The pilot: practice hours planned and delivered to " + asOf));
chart("fidelity-parts", Figures.fidelityParts(fidelities, "The pilot: fidelity in Carroll's parts to " + asOf));
EngagementFidelity quiet = fidelities.stream().filter(f -> f.practice().value().equals("c2-team4")).findFirst().orElseThrow();
if (fidelities.stream().anyMatch(f -> f.frequency().fidelity().orElse(0) < quiet.frequency().fidelity().orElse(0))) {
    throw new AssertionError("the team that went quiet in March should have the lowest fidelity");
}
// A joint visit is one encounter for the practice and each coach's time for the cost: the coaches' hours
// exceed the practice's wherever both coaches visited together.
if (fidelities.stream().anyMatch(f -> f.deliveredCoachTime().minutes() <= f.deliveredDose().minutes())) {
    throw new AssertionError("every team had a joint site visit: its coaches' time must exceed its dose");
}

// ---- 10. A learning collaborative: the nine teams also join a Breakthrough Series collaborative from 16 February
// 2026 (three learning sessions, action periods of four months, InterventionTemplates.learningCollaborative). Each
// team's attendance is logged like any encounter (faculty-led: no coach present); c2-team4 stops coming after
// 10 March, and each other team misses one action-period call. Sessions cost USD 1,500 a team and calls USD 25
// (the tour's choices), with no start-up or materials of their own (the coaching program pays those).
heading("10. Learning collaborative to " + asOf);
InterventionTemplate collaborative = InterventionTemplates.learningCollaborative(3, Period.ofMonths(4));
CostModel collaborativeCosts = CostModel.builder().from(model).startUpPerPractice(Money.zero(CurrencyUnit.USD))
        .materialsPerPractice(Money.zero(CurrencyUnit.USD))
        .putActivityExpenses(ActivityType.LEARNING_SESSION, Money.parse("USD 1500"))
        .putActivityExpenses(ActivityType.ACTION_PERIOD_CALL, Money.parse("USD 25")).build();
List<EngagementFidelity> collaborativeFidelity = new ArrayList<>();
List<EngagementCost> collaborativeCost = new ArrayList<>();
int teamIndex = 0;
for (Engagement coached : engagements) {
    Engagement member = Engagement.builder().practice(coached.practice()).coaches(coached.coaches())
            .template(collaborative).start(LocalDate.of(2026, 2, 16)).build();
    boolean quietTeam = coached.practice().value().equals("c2-team4");
    int call = 0;
    for (ScheduledActivity s : member.schedule()) {
        if (s.date().isAfter(asOf) || (quietTeam && s.date().isAfter(LocalDate.of(2026, 3, 10)))) {
            continue;
        }
        if (s.activity().type() == ActivityType.ACTION_PERIOD_CALL && call++ == 1 + teamIndex % 6) {
            continue;   // the call this team missed
        }
        member = member.record(Encounter.builder().practice(member.practice()).date(s.date()).mode(s.activity().mode())
                .minutes(s.activity().expectedMinutes()).activity(s.activity().type()).putStaff("QI team", 3).build());
    }
    teamIndex++;
    collaborativeFidelity.add(Fidelity.assess(member, asOf));
    collaborativeCost.add(EngagementCosting.of(collaborativeCosts, member, Map.of(), asOf));
}
for (int i = 0; i < collaborativeFidelity.size(); i++) {
    EngagementFidelity f = collaborativeFidelity.get(i);
    System.out.printf("  %-9s %s; sessions and calls %s of %s planned%n", f.practice(), f.frequency(),
            collaborativeCost.get(i).delivered().line(CostLine.ACTIVITY_EXPENSES),
            collaborativeCost.get(i).planned().line(CostLine.ACTIVITY_EXPENSES));
}
csv("collaborative-fidelity.csv", FidelityCsv.practices(collaborativeFidelity));
csv("collaborative-activities.csv", FidelityCsv.activities(collaborativeFidelity));
csv("collaborative-costs.csv", CostCsv.table(collaborativeCost));
if (collaborativeFidelity.stream().noneMatch(f -> f.records(Delivery.MISSED).stream()
        .anyMatch(r -> r.type() == ActivityType.LEARNING_SESSION))) {
    throw new AssertionError("c2-team4 stopped coming: its learning sessions should be missed");
}

// ---- 11. index.html: every table and chart on one page.
String esc(String s) { return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); }
String table(String file, int maxRows) {
    CsvTable t = CsvTable.read(out.resolve(file));
    StringBuilder h = new StringBuilder("<p class=\"file\"><a href=\"" + file + "\">" + file + "</a> · " + t.rows().size()
            + " rows</p><div class=\"scroll\"><table><tr>");
    t.header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
    h.append("</tr>");
    t.rows().stream().limit(maxRows).forEach(r -> {
        h.append("<tr>");
        r.cells().forEach(c -> h.append("<td>").append(esc(c.matches("-?\\d+\\.\\d{4,}")
                ? Decimals.fixed(Double.parseDouble(c), 3) : c)).append("</td>"));
        h.append("</tr>");
    });
    return h.append("</table></div>").toString();
}
String img(String name) {
    return "<figure><a href=\"" + name + ".svg\"><img src=\"" + name + ".svg\" alt=\"" + esc(name) + "\"></a>"
            + "<figcaption><a href=\"" + name + ".svg\">SVG</a> · <a href=\"" + name + ".png\">PNG</a></figcaption></figure>";
}
StringBuilder html = new StringBuilder("""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Program evaluation (synthetic data)</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222}
        h1{margin-bottom:.2rem} h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2.5rem}
        .note{color:#666} .file{margin:.3rem 0;color:#555;font-size:.9rem}
        .scroll{overflow-x:auto;max-height:24rem;overflow-y:auto;border:1px solid #eee}
        table{border-collapse:collapse;font-size:.82rem} th,td{padding:.2rem .5rem;border-bottom:1px solid #eee;text-align:left;white-space:nowrap}
        th{background:#f5f5f5;position:sticky;top:0} figure{margin:1rem 0} img{max-width:100%;border:1px solid #eee}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:.5rem}
        </style></head><body>
        <h1>Program evaluation</h1>
        <p class="note">Synthetic data (examples/data), made by ccm's program-evaluation tour. No real practice, person or patient.</p>
        """);
html.append("<h2>1. Allocation</h2><p>").append(esc(plan.toString())).append("</p>").append(img("coach-utilization"))
        .append(table("allocation-region.csv", 200)).append(table("coach-utilization.csv", 50))
        .append(table("allocation-pilot.csv", 20));
html.append("<h2>2. Phases on ").append(asOf).append("</h2>").append(table("phases.csv", 20));
html.append("<h2>3. ACIC by element</h2>").append(img("acic-profile-program")).append(table("acic-change.csv", 100))
        .append("<div class=\"grid\">");
subjects.forEach(s -> html.append(img("acic-profile-" + s)));
html.append("</div>").append(table("acic-scores.csv", 30));
html.append("<h2>4. PACIC</h2>").append(img("pacic-profile-program")).append(table("pacic-practices.csv", 100));
html.append("<h2>5. Paired change across practices</h2>").append(table("paired-change.csv", 30));
html.append("<h2>6. PDSA ramps on run and control charts</h2>").append(table("signals.csv", 50));
for (PdsaRamp ramp : ramps) {
    MeasureId id = ramp.cycles().get(0).plan().measures().get(0);
    html.append("<h3>").append(esc(ramp.summary())).append("</h3>").append(img("run-chart-" + id)).append(img("p-chart-" + id));
}
html.append("<h2>7. Monthly review</h2><pre>").append(esc(review.toString())).append("</pre>").append(table("monthly-review.csv", 20));
html.append("<h2>8. Costs</h2><p class=\"note\">This synthetic program's own figures (the tour's choices): "
        + esc(model.toString()) + ". Culler et al. 2013's practice-year, built from their Table 2: " + cullerYear.total()
        + ".</p><p>").append(esc(pilotCost.toString())).append("</p>")
        .append(table("plan-cost.csv", 20)).append(table("engagement-costs.csv", 20)).append(table("budget-sensitivity.csv", 10))
        .append(table("business-cases.csv", 10));
html.append("<h2>9. Fidelity</h2>").append(img("fidelity-parts")).append(img("dose-delivered")).append(table("fidelity.csv", 20))
        .append(table("fidelity-program.csv", 5)).append("<p>").append(esc(doseResponse.caveat())).append("</p>")
        .append(table("dose-response.csv", 20)).append(table("fidelity-activities.csv", 200));
html.append("<h2>10. Learning collaborative</h2>").append(table("collaborative-fidelity.csv", 20))
        .append(table("collaborative-costs.csv", 20)).append(table("collaborative-activities.csv", 300));
html.append("</body></html>\n");
Files.writeString(out.resolve("index.html"), html);
written.add("index.html");

heading("Report");
System.out.println(written.size() + " files in " + out.toAbsolutePath().normalize() + "; open index.html");
if (plan.assignments().isEmpty() || !AllocationChecker.check(region, plan).isEmpty()) {
    throw new AssertionError("the regional plan should serve practices without breaking a rule");
}
if (signalRows.stream().noneMatch(r -> r.get(1).equals("no-show-rate") && r.get(4).equals("SHIFT")
        && r.get(8).equals("IMPROVEMENT") && r.get(9).startsWith("reminders-"))) {
    throw new AssertionError("the adopted reminders should show as an improving shift tied to a reminders cycle");
}
