package org.ccmcoach.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.InstrumentId;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.ResponseScale;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.assessment.Subscale;
import org.ccmcoach.assessment.csv.ResponseCsv;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.Unserved;
import org.ccmcoach.allocation.UnservedReason;
import org.ccmcoach.core.coaching.CoachAssignment;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.coaching.InterventionTemplate;
import org.ccmcoach.core.coaching.InterventionTemplates;
import org.ccmcoach.core.coaching.Phase;
import org.ccmcoach.core.coaching.TemplateId;
import org.ccmcoach.core.coaching.Timing;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.csv.CsvException;
import org.ccmcoach.pdsa.chart.ChartType;
import org.ccmcoach.pdsa.chart.ControlChart;
import org.ccmcoach.pdsa.chart.SeriesPoint;
import org.ccmcoach.pdsa.chart.Part;
import org.ccmcoach.pdsa.chart.RunChart;
import org.ccmcoach.pdsa.chart.Series;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The inputs that were quadratic or unbounded before issue 15, each at the size that exposed it
 * ({@code tenths = 10}) and at a tenth of it ({@code tenths = 1}): a linear path takes ten times
 * as long at the full size, a quadratic one a hundred. {@link BenchMain} prints the full size's
 * time over ten times the tenth's; the target, ≤ 2, is ours (linear, with room for caches and
 * collection). The full sizes:
 *
 * <ul>
 *   <li>a series of 100,000 points in 20,000 parts, read from JSON and charted (run and I chart);
 *       it took 18 s to read and 57 s to chart;
 *   <li>every subscale of a report of a 5,000-subscale instrument, scored and looked up by id (the
 *       lookup was a linear search);
 *   <li>the report of an allocation with 50,000 unserved practices (72 s);
 *   <li>a CSV of 1,000,000 bad rows read as PACIC responses, a hundred problems kept;
 *   <li>the schedule of a ten-year template with a daily activity (3,653 dates; the longest
 *       allowed, as P100000Y is refused when built, before any scheduling).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HostileSizes {

    /** The size in tenths of the size that exposed the path: 1 or 10. */
    @Param({"1", "10"})
    public int tenths;

    private String manyPartsJson;
    private Instrument wide;
    private AssessmentResponse wideResponse;
    private Allocation waitlisted;
    private Path dir;
    private Path badRows;
    private InterventionTemplate tenYearsDaily;

    @Setup
    public void setUp() throws IOException {
        Random random = new Random(15);
        LocalDate day = LocalDate.of(2000, 1, 1);
        Series.Builder points = Series.builder().name("many parts");
        for (int i = 0; i < 10_000 * tenths; i++) {
            points.addObservations(SeriesPoint.of(day.plusDays(i), 20 + random.nextGaussian()));
        }
        Series.Builder parted = Series.builder().from(points.build());
        for (int p = 1; p < 2_000 * tenths; p++) {
            parted.addParts(Part.of(day.plusDays(p * 5L), "change " + p));
        }
        manyPartsJson = CcmJson.toJson(parted.build());

        Instrument.Builder instrument = Instrument.builder().id(InstrumentId.of("wide")).version("1").title("Wide")
                .citation("benchmark").scale(ResponseScale.ofIntegers(1, 5));
        AssessmentResponse.Builder response = AssessmentResponse.builder().instrument(InstrumentId.of("wide"))
                .subject(SubjectId.of("s")).date(day);
        for (int i = 0; i < 500 * tenths; i++) {
            instrument.addItems(Item.of("i" + i, "item " + i));
            instrument.addSubscales(Subscale.builder().id("s" + i).title("subscale " + i).addItems("i" + i).build());
            response.answer("i" + i, 1 + random.nextInt(5));
        }
        wide = instrument.build();
        wideResponse = response.build();

        Allocation.Builder allocation = Allocation.builder();
        for (int i = 0; i < 5_000 * tenths; i++) {
            allocation.addUnserved(Unserved.builder().practice(PracticeId.of("p-" + i)).reason(UnservedReason.CAPACITY_TAKEN)
                    .explanation("no coach has hours left").build());
        }
        waitlisted = allocation.build();

        dir = Files.createTempDirectory("ccm-hostile");
        badRows = dir.resolve("bad.csv");
        Instrument pacic = Instruments.pacic20();
        StringBuilder header = new StringBuilder("subject,date");
        StringBuilder answers = new StringBuilder();
        pacic.items().forEach(item -> {
            header.append(',').append(item.id());
            answers.append(",3");
        });
        try (BufferedWriter out = Files.newBufferedWriter(badRows, StandardCharsets.UTF_8)) {
            out.write(header + "\n");
            for (int i = 0; i < 100_000 * tenths; i++) {
                out.write("pt-" + i + ",someday" + answers + "\n");
            }
        }

        Phase first = InterventionTemplates.ahrqSafetyNetPilot().phases().get(0);
        Phase daily = Phase.builder().name("daily").duration(Period.ofYears(tenths))
                .addActivities(first.activities().get(0).withTiming(Timing.every(Period.ofDays(1), Period.ZERO))).build();
        tenYearsDaily = InterventionTemplate.builder().id(TemplateId.of("daily")).name("Daily").addPhases(daily).build();
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(badRows);
        Files.deleteIfExists(dir);
    }

    /** 100,000 points in 20,000 parts (a tenth: 10,000 in 2,000) read and charted twice. */
    @Benchmark
    public int seriesManyParts() {
        return chart(manyPartsJson);
    }

    private static int chart(String json) {
        Series series = CcmJson.parse(json, Series.class);
        return RunChart.of(series).signals().size() + ControlChart.of(ChartType.I, series).signals().size();
    }

    /** Score a 5,000-subscale response, then look every subscale up by id. */
    @Benchmark
    public double subscalesLookedUp() {
        ScoreReport report = wide.score(wideResponse);
        double sum = 0;
        for (Subscale s : wide.subscales()) {
            sum += report.subscale(s.id()).score().orElse(0);
        }
        return sum;
    }

    /** The report of 50,000 unserved practices. */
    @Benchmark
    public int allocationReport() {
        return waitlisted.report().length();
    }

    /** 1,000,000 bad rows read as PACIC responses, a hundred problems kept. */
    @Benchmark
    public long badRowsRead() {
        try {
            ResponseCsv.read(badRows, Instruments.pacic20());
            throw new IllegalStateException("the bad rows were read as good");
        } catch (CsvException e) {
            return e.more();
        }
    }

    /** The 3,653 dates of a ten-year daily schedule. */
    @Benchmark
    public int scheduleTenYearsDaily() {
        return engagement().schedule().size();
    }

    private Engagement engagement() {
        return Engagement.builder().practice(PracticeId.of("p-1"))
                .addCoaches(CoachAssignment.of(CoachId.of("coach-ana"), EngagementRole.POINT_OF_CONTACT))
                .template(tenYearsDaily).start(LocalDate.of(2026, 1, 5)).build();
    }
}
