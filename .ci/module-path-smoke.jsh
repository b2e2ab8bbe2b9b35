// Run by .ci/run with the library on the MODULE path: the module descriptors' opens (for Hibernate
// Validator and Jackson) and resource loading must work there too. Exits 0 only if every check holds.
int status = 1;
var p = org.ccmcoach.core.Practice.builder().id(org.ccmcoach.core.PracticeId.of("p-1")).name("A").organization("B").build();
boolean json = org.ccmcoach.json.CcmJson.parse(org.ccmcoach.json.CcmJson.toJson(p), org.ccmcoach.core.Practice.class).equals(p);
String rule = "";
try { p.withName(" "); } catch (org.ccmcoach.core.value.CcmValidationException e) { rule = e.getMessage(); }
String plain = "";
try { p.withName("A\u0007"); } catch (org.ccmcoach.core.value.CcmValidationException e) { plain = e.getMessage(); }
// ccm's own constraint validators (@PlainText) are found and run by Hibernate Validator on the module path.
boolean validated = rule.equals("Practice.name: must not be blank (was \" \")") && plain.startsWith("Practice.name: must not contain the control character U+0007");
boolean resources = org.ccmcoach.assessment.Instruments.acic35().items().size() == 34;
var t = org.ccmcoach.core.coaching.InterventionTemplates.ahrqSafetyNetPilot();
boolean coaching = org.ccmcoach.json.CcmJson.parse(org.ccmcoach.json.CcmJson.toJson(t), org.ccmcoach.core.coaching.InterventionTemplate.class).equals(t);
boolean charts = org.ccmcoach.pdsa.chart.RunChart.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).lastPart().centreLine() == 6.5;
var ana = org.ccmcoach.core.Coach.builder().id(org.ccmcoach.core.CoachId.of("ana")).name("Ana").build();
var problem = org.ccmcoach.allocation.AllocationProblem.builder().addCoaches(org.ccmcoach.allocation.CoachProfile.of(ana)).addPractices(org.ccmcoach.allocation.PracticeProfile.of(p)).addTravelTimes(org.ccmcoach.allocation.TravelTime.of(ana.id(), p.id(), 20)).build();
var plan = org.ccmcoach.allocation.Allocator.heuristic().allocate(problem);
// ccm-json reads ccm-allocation only when it is present (requires static): the plan as JSON and as CSV.
boolean allocation = plan.coachOf(p.id()).isPresent() && org.ccmcoach.json.CcmJson.parse(org.ccmcoach.json.CcmJson.toJson(plan), org.ccmcoach.allocation.Allocation.class).equals(plan) && org.ccmcoach.json.csv.AllocationCsv.table(plan).toCsv().startsWith("practice,status,coach,reason,coaching_hours,travel_hours,one_way_minutes,explanation,displaced_by\np-1,served,ana,");
// The exported capacity package is opened to Jackson too: a capacity plan is written and read back.
var capacity = org.ccmcoach.allocation.capacity.CapacityPlanner.plan(problem.policy(), problem.practices(), problem.coaches().get(0), problem.travelTimes());
boolean capacityPlan = capacity.coachesNeeded().getAsInt() == 1 && org.ccmcoach.json.CcmJson.parse(org.ccmcoach.json.CcmJson.toJson(capacity), org.ccmcoach.allocation.capacity.CapacityPlan.class).equals(capacity);
// ojAlgo, an optional module (requires static), added with --add-modules: the exact allocator proves the plan.
boolean exact = new org.ccmcoach.allocation.ExactAllocator(java.time.Duration.ofSeconds(10)).solve(problem).proven();
String svg = org.ccmcoach.charts.Figures.runChart(org.ccmcoach.pdsa.chart.RunChart.of(1, 2, 3, 4, 5, 6, 7, 8)).toSvg();
boolean figures = svg.startsWith("<?xml") && svg.contains("run chart");
// Key driver diagrams: read (the driver package opened to Jackson and Hibernate Validator) and laid out by ELK,
// whose jars are automatic modules, then drawn.
var kdd = org.ccmcoach.json.CcmJson.read(java.nio.file.Path.of("examples/data/key-driver-diagram.json"), org.ccmcoach.pdsa.driver.KeyDriverDiagram.class);
boolean driverDiagram = kdd.changeIdeas().size() == 3 && org.ccmcoach.json.CcmJson.parse(org.ccmcoach.json.CcmJson.toJson(kdd), org.ccmcoach.pdsa.driver.KeyDriverDiagram.class).equals(kdd) && org.ccmcoach.charts.Figures.keyDriverDiagram(kdd).toSvg().contains(">ramp reminders-1<");
// commons-text on the module path: a near-miss header gets its suggestion.
boolean csv = org.ccmcoach.assessment.csv.ResponseCsv.read(org.ccmcoach.json.csv.CsvTable.parse("Subject,date\n"), org.ccmcoach.assessment.Instruments.acic35(), org.ccmcoach.assessment.csv.ErrorMode.COLLECT_ALL).problems().get(0).rule().endsWith("did you mean \"subject\"?") && org.ccmcoach.json.csv.CsvTable.of(java.util.List.of("role"), java.util.List.of(java.util.List.of("=1+1"))).toCsv().equals("role\n'=1+1\n");
// Costs (Joda-Money, a named module), fidelity and dose tables: read and written on the module path.
var model = org.ccmcoach.core.cost.CostModel.culler2013();
boolean costs = org.ccmcoach.json.CcmJson.parse(org.ccmcoach.json.CcmJson.toJson(model), org.ccmcoach.core.cost.CostModel.class).equals(model) && model.price(org.ccmcoach.core.cost.Workload.builder().siteVisits(6).coachMinutes(522).practiceStarts(1).practiceMonths(12).putActivities(org.ccmcoach.core.coaching.ActivityType.ASSESSMENT_DAY, 1.0).putActivities(org.ccmcoach.core.coaching.ActivityType.CHECK_IN, 1.0).build()).total().toString().equals("USD 9468.02");
var engagement = org.ccmcoach.core.coaching.Engagement.builder().practice(p.id()).addCoaches(org.ccmcoach.core.coaching.CoachAssignment.of(ana.id(), org.ccmcoach.core.coaching.EngagementRole.POINT_OF_CONTACT)).template(t).start(java.time.LocalDate.of(2026, 1, 5)).build();
var fidelity = org.ccmcoach.core.fidelity.Fidelity.assess(engagement, java.time.LocalDate.of(2026, 3, 1));
var dose = org.ccmcoach.assessment.dose.DoseResponse.of(java.util.List.of(new org.ccmcoach.assessment.dose.DosePoint(p.id(), 1.5, 0.25)), java.util.List.of());
boolean fidelityAndDose = fidelity.frequency().missed() == 3 && org.ccmcoach.json.CcmJson.toJson(fidelity).contains("\"delivery\":\"MISSED\"") && org.ccmcoach.json.CcmJson.parse(org.ccmcoach.json.CcmJson.toJson(dose), org.ccmcoach.assessment.dose.DoseResponse.class).equals(dose);
System.out.println("module path: costs " + costs + ", fidelity and dose " + fidelityAndDose);
System.out.println("module path: csv " + csv + ", json " + json + ", validation " + validated + ", resources " + resources + ", coaching " + coaching + ", charts " + charts + ", allocation " + allocation + ", capacity " + capacityPlan + ", exact " + exact + ", figures " + figures + ", key driver diagram " + driverDiagram);
if (costs && fidelityAndDose && csv && json && validated && resources && coaching && charts && allocation && capacityPlan && exact && figures && driverDiagram) status = 0;
/exit status
