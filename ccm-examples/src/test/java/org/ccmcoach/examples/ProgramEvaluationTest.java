package org.ccmcoach.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.comparison.PairedComparison;
import org.ccmcoach.assessment.csv.ResponseCsv;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.AllocationPolicy;
import org.ccmcoach.allocation.AllocationProblem;
import org.ccmcoach.allocation.Allocator;
import org.ccmcoach.allocation.Assignment;
import org.ccmcoach.allocation.CoachLoad;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.cost.CostModel;
import org.ccmcoach.core.cost.EngagementCost;
import org.ccmcoach.core.cost.EngagementCosting;
import org.ccmcoach.core.cost.Trip;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.FacilitationLog;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.fidelity.Fidelity;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.JsonLines;
import org.ccmcoach.pdsa.chart.SeriesPoint;
import org.ccmcoach.json.csv.CsvRow;
import org.ccmcoach.json.csv.CsvTable;
import org.ccmcoach.pdsa.PdsaRamp;
import org.ccmcoach.pdsa.chart.Annotation;
import org.ccmcoach.pdsa.chart.RunChart;
import org.ccmcoach.pdsa.chart.Series;
import org.ccmcoach.pdsa.chart.Signal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code examples/program-evaluation.jsh} in process, as {@code bin/ccm-shell} would, into a
 * temporary folder; then checks that the report holds every file, that the SVGs are well-formed
 * and show their signals, and that the numbers in the CSV tables are what the library's API
 * returns when this test computes them again from {@code examples/data}.
 */
class ProgramEvaluationTest {

    private static final Path ROOT = Path.of(System.getProperty("ccm.repository.root", "..")).toAbsolutePath().normalize();
    private static final Path DATA = ROOT.resolve("examples/data");
    private static final List<String> PRACTICES = List.of("c1-team1", "c1-team2", "c1-team3", "c1-team4", "c1-team5",
            "c2-team1", "c2-team2", "c2-team3", "c2-team4");
    private static final List<String> MEASURES = List.of("no-show-rate", "foot-exam-rate", "goal-setting-rate");

    @TempDir
    static Path report;
    static String printed;

    @BeforeAll
    static void runTheTour() throws Exception {
        System.setProperty("ccm.examples", ROOT.resolve("examples").toString());
        System.setProperty("ccm.report", report.toString());
        // The local engine runs the snippets in this JVM: what they print goes to System.out.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            shell.addToClasspath(System.getProperty("java.class.path"));
            run(shell, ROOT.resolve("bin/ccm-startup.jsh"));
            run(shell, ROOT.resolve("examples/program-evaluation.jsh"));
        } finally {
            System.setOut(console);
        }
        printed = out.toString(StandardCharsets.UTF_8);
    }

    /** Evaluates a script snippet by snippet; fails at the first that does not compile or throws. */
    private static void run(JShell shell, Path script) throws Exception {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = Files.readString(script);
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            remaining = info.remaining();
            for (SnippetEvent e : shell.eval(info.source())) {
                if (e.status() == Snippet.Status.REJECTED) {
                    throw new AssertionError(script.getFileName() + ": does not compile: " + info.source() + "\n"
                            + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
                }
                if (e.exception() != null) {
                    throw new AssertionError(script.getFileName() + ": threw at " + info.source(), e.exception());
                }
            }
        }
    }

    private static CsvTable csv(String name) {
        return CsvTable.read(report.resolve(name));
    }

    private static double number(CsvRow row, String column) {
        return Double.parseDouble(row.get(column).orElseThrow());
    }

    @Test
    void the_report_holds_every_table_chart_and_the_index() {
        List<String> expected = new ArrayList<>(List.of("index.html", "allocation-pilot.csv", "allocation-region.csv",
                "coach-utilization.csv", "phases.csv", "acic-scores.csv", "acic-change.csv", "pacic-scores.csv",
                "pacic-practices.csv", "paired-change.csv", "signals.csv", "monthly-review.csv", "plan-cost.csv",
                "engagement-costs.csv", "budget-sensitivity.csv", "business-cases.csv", "fidelity.csv",
                "fidelity-activities.csv", "fidelity-program.csv", "dose-response.csv", "collaborative-fidelity.csv",
                "collaborative-activities.csv", "collaborative-costs.csv", "cost-model.json"));
        List<String> charts = new ArrayList<>(List.of("coach-utilization", "acic-profile-program", "pacic-profile-program",
                "dose-delivered", "fidelity-parts"));
        PRACTICES.forEach(p -> charts.add("acic-profile-" + p));
        MEASURES.forEach(m -> charts.addAll(List.of("run-chart-" + m, "p-chart-" + m)));
        charts.forEach(c -> expected.addAll(List.of(c + ".svg", c + ".png")));
        for (String file : expected) {
            assertTrue(Files.isRegularFile(report.resolve(file)), "missing " + file);
        }
        // The index, 22 tables, the cost model, and 20 charts (utilization, 2 program profiles, 9 practice
        // profiles, a run chart and a p chart for each of 3 ramps, dose delivered, fidelity parts) in two formats.
        assertEquals(1 + 22 + 1 + 20 * 2, expected.size());
        String index = read(report.resolve("index.html"));
        charts.forEach(c -> assertTrue(index.contains("src=\"" + c + ".svg\""), "index shows " + c));
        assertTrue(printed.contains("== 7. Monthly review"), printed);
        assertTrue(printed.contains("== 8. Costs"), printed);
        assertTrue(printed.contains("== 9. Fidelity"), printed);
        assertTrue(printed.contains("== 10. Learning collaborative"), printed);
    }

    @Test
    void the_fidelity_table_shows_carrolls_parts_and_the_practice_dose_apart_from_coach_time() {
        Map<String, CsvRow> fidelity = new HashMap<>();
        csv("fidelity.csv").rows().forEach(r -> fidelity.put(r.get("practice").orElseThrow(), r));
        for (CsvRow row : fidelity.values()) {
            // Each team had a joint Assessment Day: its coaches' minutes exceed the minutes the practice received.
            assertTrue(number(row, "delivered_coach_minutes") > number(row, "delivered_minutes"), row.toString());
            for (String part : List.of("frequency", "duration_ratio", "content_share", "coverage_share")) {
                assertTrue(row.get(part).isPresent(), part);
            }
        }
        // c2-team4 went quiet in March: it worked on 1 of the 10 key changes its due activities planned.
        assertEquals(0.1, number(fidelity.get("c2-team4"), "content_share"), 1e-9);
        // The collaborative's table: c2-team4 missed its later sessions; the others missed one call each.
        Map<String, CsvRow> collaborative = new HashMap<>();
        csv("collaborative-fidelity.csv").rows().forEach(r -> collaborative.put(r.get("practice").orElseThrow(), r));
        assertEquals(9, collaborative.size());
        assertEquals(1, (int) number(collaborative.get("c1-team1"), "missed"));
        assertTrue(number(collaborative.get("c2-team4"), "missed") > 1);
        assertTrue(csv("collaborative-costs.csv").header().contains("activity_expenses"));
    }

    @Test
    void every_svg_is_well_formed_and_each_run_chart_shows_its_signals() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (Stream<Path> files = Files.list(report)) {
            for (Path svg : files.filter(f -> f.toString().endsWith(".svg")).toList()) {
                assertEquals("svg", factory.newDocumentBuilder()
                        .parse(new ByteArrayInputStream(Files.readAllBytes(svg))).getDocumentElement().getNodeName(), svg.toString());
            }
        }
        CsvTable signals = csv("signals.csv");
        for (String measure : MEASURES) {
            String svg = read(report.resolve("run-chart-" + measure + ".svg"));
            List<CsvRow> rows = signals.rows().stream().filter(r -> r.get("measure").orElseThrow().equals(measure)
                    && r.get("chart").orElseThrow().equals("run chart")).toList();
            if (rows.isEmpty()) {
                assertTrue(svg.contains("No signal under the"), measure);
            }
            for (CsvRow row : rows) {
                assertTrue(svg.contains("Signal: "), measure);
                if (!row.get("cycle").orElseThrow().isEmpty()) {
                    assertTrue(svg.contains("← PDSA cycle " + row.get("cycle").orElseThrow()), measure + " " + row);
                }
            }
        }
        // The data was made with a real shift after the adopted reminders: it must be there and drawn.
        assertTrue(signals.rows().stream().anyMatch(r -> r.cells().subList(1, 5).equals(
                List.of("no-show-rate", "run chart", "IHI_RUN_CHART", "SHIFT"))));
    }

    @Test
    void allocation_and_utilization_tables_match_the_allocator() {
        AllocationProblem region = AllocationProblem.builder().policy(AllocationPolicy.defaults())
                .coaches(JsonLines.read(DATA.resolve("region-coaches.jsonl"), CoachProfile.class))
                .practices(JsonLines.read(DATA.resolve("region-practices.jsonl"), PracticeProfile.class)).build();
        Allocation plan = Allocator.heuristic().allocate(region);
        Map<String, String> coachOf = new HashMap<>();
        for (CsvRow row : csv("allocation-region.csv").rows()) {
            coachOf.put(row.get("practice").orElseThrow(), row.get("coach").orElseThrow());
        }
        assertEquals(region.practices().size(), coachOf.size());
        for (Assignment a : plan.assignments()) {
            assertEquals(a.coach().value(), coachOf.get(a.practice().value()), a.practice().value());
        }
        plan.unserved().forEach(u -> assertEquals("", coachOf.get(u.practice().value()), u.practice().value()));
        List<CsvRow> loads = csv("coach-utilization.csv").rows();
        assertEquals(plan.coachLoads().size(), loads.size());
        for (int i = 0; i < loads.size(); i++) {
            CoachLoad load = plan.coachLoads().get(i);
            assertEquals(load.coach().value(), loads.get(i).get("coach").orElseThrow());
            // Written with 3 decimals (AllocationCsv.coachLoads): within half a thousandth of the allocator's share.
            assertEquals(load.utilization(), number(loads.get(i), "utilization"), 0.0005);
            assertEquals(load.caseloadCap().isPresent() ? String.valueOf(load.caseloadCap().getAsInt()) : "",
                    loads.get(i).get("caseload_cap").orElseThrow());
            assertEquals(load.caseload(), (int) number(loads.get(i), "practices"));
        }
    }

    @Test
    void costs_and_fidelity_tables_match_the_api() {
        LocalDate asOf = LocalDate.of(2026, 11, 20);
        // The tour's own cost figures, as it wrote them beside its tables.
        CostModel model = CcmJson.read(report.resolve("cost-model.json"), CostModel.class);
        // docs/tour.md states them: a coach at USD 84,000 a year, USD 4,500 start-up a practice.
        assertEquals(org.joda.money.Money.parse("USD 84000"), model.coachCostPerFteYear());
        assertEquals(org.joda.money.Money.parse("USD 4500"), model.startUpPerPractice());
        List<Engagement> engagements = FacilitationLog.of(JsonLines.read(DATA.resolve("facilitation-log.jsonl"),
                Encounter.class)).applyTo(JsonLines.read(DATA.resolve("engagements.jsonl"), Engagement.class));
        AllocationProblem pilot = AllocationProblem.builder().policy(AllocationPolicy.defaults())
                .coaches(JsonLines.read(DATA.resolve("pilot-coaches.jsonl"), CoachProfile.class))
                .practices(JsonLines.read(DATA.resolve("pilot-practices.jsonl"), PracticeProfile.class)).build();
        // The pilot's shape: Ana the point of contact for all nine, Raj technical assistance for all nine.
        List<CsvRow> support = csv("allocation-pilot.csv").rows().stream()
                .filter(r -> r.get("status").orElseThrow().equals("technical_assistance")).toList();
        assertEquals(9, support.size());
        assertTrue(support.stream().allMatch(r -> r.get("coach").orElseThrow().equals("coach-raj")));
        Map<String, CsvRow> fidelity = new HashMap<>();
        csv("fidelity.csv").rows().forEach(r -> fidelity.put(r.get("practice").orElseThrow(), r));
        Map<String, CsvRow> delivered = new HashMap<>();
        csv("engagement-costs.csv").rows().stream().filter(r -> r.get("basis").orElseThrow().equals("delivered"))
                .forEach(r -> delivered.put(r.get("practice").orElseThrow(), r));
        for (Engagement e : engagements) {
            EngagementFidelity f = Fidelity.assess(e, asOf);
            CsvRow row = fidelity.get(e.practice().value());
            assertEquals(f.deliveredDose().minutes(), (long) number(row, "delivered_minutes"));
            assertEquals(f.frequency().missed(), (int) number(row, "missed"));
            Map<CoachId, Trip> trips = new HashMap<>();
            e.coaches().forEach(c -> trips.put(c.coach(), pilot.trip(c.coach(), e.practice())));
            EngagementCost cost = EngagementCosting.of(model, e, trips, asOf);
            assertEquals(cost.delivered().total().getAmount().toPlainString(),
                    delivered.get(e.practice().value()).get("total").orElseThrow());
        }
        // c2-team4 went quiet after 10 March (examples/data/README.md): 3 activities delivered, 12 missed.
        assertEquals(3, (int) number(fidelity.get("c2-team4"), "on_time") + (int) number(fidelity.get("c2-team4"), "late"));
        assertEquals(12, (int) number(fidelity.get("c2-team4"), "missed"));
        assertTrue(csv("dose-response.csv").rows().get(9).get("note").orElseThrow().startsWith("Observational"));
    }

    @Test
    void acic_scores_and_the_paired_change_match_scoring_and_the_t_test() {
        Instrument acic = Instruments.acic35();
        List<ScoreReport> before = consensus(acic, "acic-baseline.csv");
        List<ScoreReport> after = consensus(acic, "acic-10-months.csv");
        Map<String, ScoreReport> byKey = new HashMap<>();
        Stream.concat(before.stream(), after.stream()).forEach(r -> byKey.put(r.subject().value() + "@" + r.date(), r));
        List<CsvRow> rows = csv("acic-scores.csv").rows();
        assertEquals(18, rows.size(), "9 teams, 2 times");
        for (CsvRow row : rows) {
            ScoreReport r = byKey.get(row.get("subject").orElseThrow() + "@" + row.get("date").orElseThrow());
            assertEquals(r.overall().getAsDouble(), number(row, "overall"));
            acic.subscales().forEach(s -> assertEquals(r.subscale(s.id()).score().getAsDouble(), number(row, s.id())));
        }
        PairedComparison overall = PairedComparison.of(before, after, "overall");
        CsvRow row = csv("paired-change.csv").rows().stream()
                .filter(r -> r.cells().subList(0, 2).equals(List.of("ACIC", "overall"))).findFirst().orElseThrow();
        assertEquals(overall.n(), (int) number(row, "n"));
        assertEquals(overall.meanChange(), number(row, "mean_change"));
        assertEquals(overall.lower95(), number(row, "lower95"));
        assertEquals(overall.upper95(), number(row, "upper95"));
        assertEquals(overall.p(), number(row, "p"));
    }

    @Test
    void pacic_practice_means_match_the_patients_scores() {
        Instrument pacic = Instruments.pacic20();
        List<ScoreReport> before = ResponseCsv.read(DATA.resolve("pacic-baseline.csv"), pacic).stream().map(pacic::score).toList();
        for (CsvRow row : csv("pacic-practices.csv").rows()) {
            if (!row.get("measure").orElseThrow().equals("overall")) {
                continue;
            }
            String practice = row.get("practice").orElseThrow();
            OptionalDouble mean = before.stream().filter(r -> r.subject().value().equals(practice))
                    .map(ScoreReport::overall).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
            assertEquals(mean.getAsDouble(), number(row, "baseline"), 1e-12, practice);
            assertEquals(before.stream().filter(r -> r.subject().value().equals(practice)).count(),
                    (long) number(row, "patients_baseline"));
        }
    }

    @Test
    void the_no_show_signals_match_the_run_chart_of_the_monthly_data() {
        Series.Builder b = Series.builder().name("No-show rate").direction(org.ccmcoach.pdsa.Direction.DOWN);
        for (CsvRow row : CsvTable.read(DATA.resolve("monthly-measures.csv")).rows()) {
            if (row.get("measure").orElseThrow().equals("no-show-rate")) {
                b.addObservations(SeriesPoint.proportion(LocalDate.parse(row.get("month").orElseThrow()),
                        (long) number(row, "numerator"), (long) number(row, "denominator")));
            }
        }
        // The reminders ramp's cycles, as the tour annotates them: the first (Feb 2026) is the change
        // a signal is placed against.
        for (PdsaRamp ramp : JsonLines.read(DATA.resolve("pdsa-ramps.jsonl"), PdsaRamp.class)) {
            if (ramp.cycles().get(0).plan().measures().get(0).value().equals("no-show-rate")) {
                ramp.cycles().forEach(c -> b.addAnnotations(Annotation.of(c.start(), "cycle " + c.number(), c.id())));
            }
        }
        Series series = b.build();
        List<String> expected = new ArrayList<>();
        for (Signal s : RunChart.of(series).signals()) {
            expected.add(s.ruleSet().name() + " " + s.rule().name() + " " + s.meaning() + " "
                    + (s.points().isEmpty() ? "" : series.observations().get(s.points().get(0)).date()));
        }
        List<String> reported = csv("signals.csv").rows().stream()
                .filter(r -> r.get("measure").orElseThrow().equals("no-show-rate") && r.get("chart").orElseThrow().equals("run chart"))
                .map(r -> r.get("rule_set").orElseThrow() + " " + r.get("rule").orElseThrow() + " "
                        + r.get("meaning").orElseThrow() + " " + r.get("from").orElseThrow()).toList();
        assertEquals(expected, reported);
    }

    @Test
    void no_signal_that_begins_before_the_first_cycle_is_called_an_improvement_or_a_deterioration() {
        // Each measure's first PDSA cycle, from the ramps; a row's "from" is its first point's month.
        Map<String, LocalDate> firstCycle = new HashMap<>();
        for (PdsaRamp ramp : JsonLines.read(DATA.resolve("pdsa-ramps.jsonl"), PdsaRamp.class)) {
            firstCycle.merge(ramp.cycles().get(0).plan().measures().get(0).value(), ramp.cycles().get(0).start(),
                    (x, y) -> x.isBefore(y) ? x : y);
        }
        List<CsvRow> rows = csv("signals.csv").rows();
        int before = 0;
        for (CsvRow row : rows) {
            String from = row.get("from").orElseThrow();
            if (!from.isEmpty() && LocalDate.parse(from).isBefore(firstCycle.get(row.get("measure").orElseThrow()))) {
                before++;
                assertTrue(!List.of("IMPROVEMENT", "DETERIORATION").contains(row.get("meaning").orElseThrow()), row.cells().toString());
            }
        }
        assertTrue(before > 0, "the baseline has signals of its own: " + rows.size() + " rows");
        assertTrue(printed.contains("(before the change: no direction)"), "the tour says so in words");
    }

    private static List<ScoreReport> consensus(Instrument instrument, String file) {
        return ResponseCsv.read(DATA.resolve(file), instrument).stream().filter(AssessmentResponse::consensus)
                .map(instrument::score).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
