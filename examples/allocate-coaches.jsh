// Who coaches whom: the pilot's 2 coaches for 9 teams, then a regional program of 12 coaches and
// 120 practices, with the plan, the waitlist and the reasons, the plan as CSV, a check of a plan
// made by hand, and how many coaches the region would need. Practices, people and places are synthetic.
// Run: bin/ccm-shell examples/allocate-coaches.jsh

AllocationPolicy policy = AllocationPolicy.defaults();
System.out.println("Default policy: " + policy.coachingHours() + " off-site h/month, " + policy.visitsPerMonth()
        + " visits/month, " + policy.hoursPerFteMonth() + " h per FTE, travel limit " + policy.maxOneWayMinutes() + " min");

// == The pilot: two full-time coaches, nine teams at two clinics about 20 km apart. The AHRQ pilot was low
// intensity (two site visits in ten months, phone contact between): LIGHT, with 0.2 visits a month.
GeoPoint clinicNorth = GeoPoint.of(45.59, -122.68);
GeoPoint clinicSouth = GeoPoint.of(45.42, -122.62);
List<CoachProfile> pilotCoaches = List.of(
        CoachProfile.of(Coach.builder().id(CoachId.of("coach-ana")).name("Ana").homeLocation(GeoPoint.of(45.52, -122.68)).build()),
        CoachProfile.of(Coach.builder().id(CoachId.of("coach-ben")).name("Ben").homeLocation(GeoPoint.of(45.50, -122.60)).build()));
List<PracticeProfile> teams = new ArrayList<>();
for (int t = 1; t <= 9; t++) {
    GeoPoint clinic = t <= 5 ? clinicNorth : clinicSouth;
    teams.add(PracticeProfile.builder()
            .practice(Practice.builder().id(PracticeId.of("team-" + t)).name("Team " + t)
                    .organization(t <= 5 ? "North Clinic" : "South Clinic").location(clinic).build())
            .triage(t % 3 == 0 ? TriageLevel.LOW_FUNCTIONAL : TriageLevel.FUNCTIONAL)
            .readiness(5 + t % 4)
            .intensity(Intensity.LIGHT)
            .build());
}
AllocationPolicy pilotPolicy = policy.withVisitsPerMonth(Map.of(Intensity.LIGHT, 0.2, Intensity.STANDARD, 1.0,
        Intensity.INTENSIVE, 2.0));
AllocationProblem pilot = AllocationProblem.builder().policy(pilotPolicy).coaches(pilotCoaches).practices(teams).build();
Allocation pilotPlan = Allocator.heuristic().allocate(pilot);
System.out.println();
System.out.println("== The pilot");
System.out.println(pilotPlan.report());
if (!pilotPlan.unserved().isEmpty()) {
    throw new AssertionError("two coaches serve the pilot's nine teams: " + pilotPlan);
}

// == A regional program: 12 coaches, 120 practices over about 150 × 150 km, from the synthetic
// program's data (examples/data, made by examples/data/generate.jsh).
Path data = examples.resolve("data");   // examples: the examples folder, defined by bin/ccm-startup.jsh
List<CoachProfile> coaches = JsonLines.read(data.resolve("region-coaches.jsonl"), CoachProfile.class);
List<PracticeProfile> practices = JsonLines.read(data.resolve("region-practices.jsonl"), PracticeProfile.class);
AllocationProblem region = AllocationProblem.builder().policy(policy).coaches(coaches).practices(practices).build();
Allocation plan = Allocator.heuristic().allocate(region);
System.out.println("== The region: " + region);
System.out.println(plan);
System.out.println("First ten assignments:");
plan.assignments().stream().limit(10).forEach(a -> System.out.println("  " + a));
System.out.println("Waitlist, first ten of " + plan.waitlist().size() + ":");
plan.waitlist().stream().limit(10).forEach(u -> System.out.println("  " + u));
System.out.println("Why practices wait: " + plan.waitlist().stream()
        .collect(Collectors.groupingBy(Unserved::reason, TreeMap::new, Collectors.counting())));
System.out.println("Coaches:");
plan.coachLoads().forEach(l -> System.out.println("  " + l));
// The plan as a spreadsheet: one row per practice.
Path planCsv = Files.createTempFile("plan", ".csv");
AllocationCsv.table(plan).write(planCsv);
System.out.println("Plan written to " + planCsv + ": " + Files.readAllLines(planCsv).size() + " lines");
if (Files.readAllLines(planCsv).size() != 121) {
    throw new AssertionError("one header line and one line per practice");
}
Files.delete(planCsv);
if (!AllocationChecker.check(region, plan).isEmpty()) {
    throw new AssertionError("the allocator broke a rule: " + AllocationChecker.check(region, plan));
}

// == A plan made by hand: everyone to the nearest coach, whatever the load.
Map<PracticeId, CoachId> byHand = new LinkedHashMap<>();
for (PracticeProfile p : region.priorityOrder()) {
    region.coaches().stream()
            .min(Comparator.comparingDouble(c -> region.oneWayMinutes(c.id(), p.id())))
            .ifPresent(c -> byHand.put(p.id(), c.id()));
}
List<Breach> breaches = AllocationChecker.check(region, byHand);
System.out.println();
System.out.println("== Nearest coach for everyone, by hand: " + breaches.size() + " broken rules, for example:");
breaches.stream().limit(6).forEach(b -> System.out.println("  " + b));
if (breaches.isEmpty()) {
    throw new AssertionError("the nearest-coach plan overloads coaches");
}

// == How many full-time coaches would serve every candidate in the region?
CoachProfile typical = CoachProfile.of(Coach.builder().id(CoachId.of("coach")).name("Coach")
        .homeLocation(GeoPoint.of(45.7, -122.05)).addExpertise("registry", "ehr-reporting", "self-management-support").build());
CapacityPlan needed = CapacityPlanner.plan(policy, practices, typical);
System.out.println();
System.out.println("== Coaches based at the region's centre needed to serve every candidate: " + needed);

// == The AHRQ pilot's own shape: Ana the point of contact for all nine teams, Ben their shared
// technical-assistance coach (2 off-site hours a month per team and the pilot's 0.2 visits, by default).
AllocationProblem pilotShape = pilot.withCoaches(List.of(pilotCoaches.get(0),
        pilotCoaches.get(1).withRole(EngagementRole.TECHNICAL_ASSISTANCE)));
Allocation shaped = Allocator.heuristic().allocate(pilotShape);
System.out.println();
System.out.println("== The pilot with a technical-assistance coach: " + shaped.assignments().size() + " teams with Ana, "
        + shaped.technicalAssistance().size() + " supported by Ben");
shaped.coachLoads().forEach(l -> System.out.println("  " + l));
if (shaped.technicalAssistance().size() != 9 || !AllocationChecker.check(pilotShape, shaped).isEmpty()) {
    throw new AssertionError("Ben should support all nine teams within every rule: " + shaped.report());
}

// == What those coaches cost, and what a budget buys, with this example's own figures (its choices, not a
// source's): a coach at USD 84,000 a year, USD 0.70 a mile, USD 15 a visit, USD 4,500 start-up and USD 1,500
// materials a practice. CostModel.culler2013() prices Culler et al.'s practice-year; it is not a budget of salaries.
CostModel costs = CostModel.builder().currency(CurrencyUnit.USD).coachCostPerFteYear(Money.parse("USD 84000"))
        .mileageRate(Money.parse("USD 0.70")).visitExpenses(Money.parse("USD 15")).startUpPerPractice(Money.parse("USD 4500"))
        .materialsPerPractice(Money.parse("USD 1500")).build();
BudgetPlan budget = CapacityPlanner.budget(policy, practices, typical, List.of(), costs);
System.out.println();
System.out.println("== Budget for coaches based at the centre: " + budget);
BudgetReach half = CapacityPlanner.reach(policy, practices, typical, List.of(), costs,
        budget.firstYear().total().dividedBy(2, java.math.RoundingMode.DOWN));
System.out.println("Half of it serves " + half.served().size() + " practices; binding " + half.binding() + ": "
        + half.explanation());
if (half.served().size() >= budget.planCost().practices().size() || half.binding() == BindingConstraint.NONE) {
    throw new AssertionError("half the budget should serve fewer practices and say what binds: " + half);
}
