package org.ccmcoach.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.ccmcoach.core.value.Decimals;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and prints each against its baseline and target, as a table.
 *
 * <p>{@code bin/ccm-bench} starts it. Arguments: {@code quick} for a short smoke run (rough
 * figures, 100,000 responses), {@code hostile} for the hostile-input sizes only ({@link HostileSizes}),
 * and allocation sizes as {@code practices=1000,2000,4000} (one coach
 * per ten practices; by default 1,000, 2,000, 4,000, 8,000 and 10,000). The growth exponent is
 * fitted over the sizes from 1,000 to 8,000 practices, as the target states it.
 */
public final class BenchMain {

    /**
     * The growth benchmarks of issue 33's hostile inputs, each at a size and a tenth of it, as
     * {@link HostileSizes}: FHIR reading, allocation and capacity planning, fidelity and dose.
     */
    private static final List<String> GROWTH = List.of("FhirGrowth", "AllocationGrowth", "EvaluationGrowth");

    private BenchMain() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean quick = List.of(args).contains("quick");
        boolean hostileOnly = List.of(args).contains("hostile");
        // The four rows issue 28 set targets for, without allocation, FHIR and the hostile sizes.
        boolean table = List.of(args).contains("table");
        String sizes = List.of(args).stream().filter(a -> a.startsWith("practices=")).map(a -> a.substring(10))
                .findFirst().orElse(quick ? "1000,2000" : "1000,2000,4000,8000,10000");
        // Timed loops: warm-up and measurement set here.
        ChainedOptionsBuilder timed = new OptionsBuilder()
                .include(AcicReading.class.getSimpleName())
                .include(RunChartAnalysis.class.getSimpleName())
                .include(table ? AcicReading.class.getSimpleName() : FhirReading.class.getSimpleName())
                .forks(1)
                .warmupIterations(quick ? 1 : 3).warmupTime(TimeValue.seconds(quick ? 1 : 2))
                .measurementIterations(quick ? 2 : 5).measurementTime(TimeValue.seconds(quick ? 1 : 2));
        // Single runs of seconds to minutes: the iterations their classes declare.
        ChainedOptionsBuilder single = new OptionsBuilder()
                .include(PacicStreaming.class.getSimpleName())
                .include(table ? PacicStreaming.class.getSimpleName() : AllocationScaling.class.getSimpleName())
                .param("practices", sizes.split(","));
        if (quick) {
            single.param("responses", "100000");
        }
        List<RunResult> results = new ArrayList<>();
        if (!hostileOnly) {
            results.addAll(new Runner(timed.build()).run());
            results.addAll(new Runner(single.build()).run());
        }
        ChainedOptionsBuilder hostile = new OptionsBuilder().include(HostileSizes.class.getSimpleName());
        for (String growth : GROWTH) {
            hostile.include(growth);
        }
        if (quick) {
            hostile.warmupIterations(1).measurementIterations(2);
        }
        if (!table) {
            results.addAll(new Runner(hostile.build()).run());
        }
        Map<String, Double> score = new TreeMap<>();
        Map<String, String> unit = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
            String practices = r.getParams().getParam("practices");
            if (practices != null) {
                name = name + "@" + practices;
            }
            String tenths = r.getParams().getParam("tenths");
            if (tenths != null) {
                name = name + "@" + tenths;
            }
            score.put(name, r.getPrimaryResult().getScore());
            unit.put(name, r.getPrimaryResult().getScoreUnit());
        }
        System.out.println();
        System.out.println("ccm benchmarks on " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + (quick ? " (quick: rough figures)" : ""));
        System.out.println();
        System.out.println("| comparison | ccm | baseline | ratio | target | met |");
        System.out.println("|---|---|---|---|---|---|");
        row(score, unit, "read + validate ACIC JSON vs plain Jackson record (throughput)", "AcicReading.readValidated",
                "AcicReading.bindPlainRecord", true, 0.6, "≥ 0.6×");
        // A computed report checks its invariants in plain code; reports read from JSON are checked in full.
        row(score, unit, "score vs read an ACIC response (throughput)", "AcicReading.score", "AcicReading.readValidated",
                true, 5, "≥ 5×");
        if (!table) {
            row(score, unit, "read + map a FHIR PACIC QuestionnaireResponse vs HAPI's parser alone (throughput)",
                    "FhirReading.readAndMap", "FhirReading.hapiParseOnly", true, 0, "none set");
        }
        row(score, unit, "PACIC JSON Lines → scores CSV vs streaming parse only (time, -Xmx256m)",
                "PacicStreaming.scoreToCsv", "PacicStreaming.parseOnly", false, 4, "≤ 4×");
        row(score, unit, "run chart of 1,000,000 points vs sorting a copy (time)", "RunChartAnalysis.analyse",
                "RunChartAnalysis.sortCopy", false, 1, "≤ 1×");
        if (table) {
            return;
        }
        scaling(score, "series of 100,000 points in 20,000 parts, read from JSON, run and I charts", "seriesManyParts");
        scaling(score, "every subscale of a 5,000-subscale report, scored and looked up by id", "subscalesLookedUp");
        scaling(score, "report of an allocation with 50,000 unserved practices", "allocationReport");
        scaling(score, "1,000,000 bad CSV rows read as PACIC responses", "badRowsRead");
        scaling(score, "ten-year daily schedule (3,653 dates)", "scheduleTenYearsDaily");
        // Issue 33's growth benchmarks.
        growth(score, "FHIR Questionnaire choice of 80,000 options", "FhirGrowth.choiceOptions");
        growth(score, "FHIR Questionnaire: 1,000 questions naming one value set of 10,000 codes", "FhirGrowth.valueSetQuestions");
        growth(score, "FHIR Questionnaire: 5,000 questions under 5,000 variables", "FhirGrowth.formVariables");
        growth(score, "FHIR Bundle of 38,400 Observations read and mapped", "FhirGrowth.bundleOfObservations");
        growth(score, "allocation, 60,000 coaches within reach of one practice", "AllocationGrowth.coachesForOnePractice");
        growth(score, "allocation, dense region of 2,000 coaches × 2,000 practices (4 M eligible pairs)", "AllocationGrowth.denseRegion");
        growth(score, "capacity plan of 500 practices, coaches fitting one each", "AllocationGrowth.capacityPlan");
        growth(score, "fidelity of 365,200 scheduled occurrences and 20,000 completions", "EvaluationGrowth.fidelityMatching");
        growth(score, "dose-response CSV of 80,000 practices", "EvaluationGrowth.doseResponseCsv");
        Map<Integer, Double> allocation = new TreeMap<>();
        score.forEach((name, seconds) -> {
            if (name.startsWith("AllocationScaling.allocate@")) {
                allocation.put(Integer.parseInt(name.substring(name.indexOf('@') + 1)), seconds);
            }
        });
        List<double[]> points = new ArrayList<>();
        allocation.forEach((n, seconds) -> {
            if (n >= 1_000 && n <= 8_000) {
                points.add(new double[] {n, seconds});
            }
            System.out.printf(Locale.ROOT, "| allocation, %d coaches × %d practices | %s s | | | ≤ 10 s at 1,000 × 10,000 | %s |%n",
                    n / 10, n, Decimals.fixed(seconds, 2), n == 10_000 ? (seconds <= 10 ? "yes" : "no") : "—");
        });
        if (points.size() >= 2) {
            double exponent = exponent(points);
            System.out.printf(Locale.ROOT, "| allocation growth exponent over %d sizes, 1,000 to 8,000 practices | %s | | | ≤ 1.5 | %s |%n",
                    points.size(), Decimals.fixed(exponent, 2), exponent <= 1.5 ? "yes" : "no");
        }
    }

    /**
     * A hostile-size row: the time at the full size over ten times the time at a tenth of it, about
     * 1 for a linear path and 10 for a quadratic one; the target, ≤ 2, is ours.
     */
    private static void scaling(Map<String, Double> score, String what, String benchmark) {
        growth(score, what, "HostileSizes." + benchmark);
    }

    /** A row of {@link #scaling}'s kind for the benchmark {@code Class.method}. */
    private static void growth(Map<String, Double> score, String what, String name) {
        Double full = score.get(name + "@10");
        Double tenth = score.get(name + "@1");
        if (full == null || tenth == null) {
            System.out.println("| " + what + " | not run | | | ≤ 2 (linear) | |");
            return;
        }
        double ratio = full / (10 * tenth);
        System.out.printf(Locale.ROOT, "| %s, time vs 10 × a tenth of the size | %s ms | %s ms × 10 | %s | ≤ 2 (linear) | %s |%n",
                what, Decimals.significant(full, 4), Decimals.significant(tenth, 4), Decimals.fixed(ratio, 2),
                ratio <= 2 ? "yes" : "no");
    }

    private static void row(Map<String, Double> score, Map<String, String> unit, String what, String ccm, String baseline,
                            boolean throughput, double target, String targetText) {
        Double a = score.get(ccm);
        Double b = score.get(baseline);
        if (a == null || b == null) {
            System.out.println("| " + what + " | not run | | | " + targetText + " | |");
            return;
        }
        double ratio = a / b;
        boolean met = throughput ? ratio >= target : ratio <= target;
        System.out.printf(Locale.ROOT, "| %s | %s %s | %s %s | %s× | %s | %s |%n", what, Decimals.significant(a, 4),
                unit.get(ccm), Decimals.significant(b, 4), unit.get(baseline), Decimals.fixed(ratio, 2), targetText,
                met ? "yes" : "no");
    }

    /** The slope of log(time) on log(size), by least squares. */
    static double exponent(List<double[]> points) {
        SimpleRegression fit = new SimpleRegression();
        points.forEach(p -> fit.addData(Math.log(p[0]), Math.log(p[1])));
        return fit.getSlope();
    }
}
