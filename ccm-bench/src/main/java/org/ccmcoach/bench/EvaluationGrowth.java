package org.ccmcoach.bench;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ccmcoach.assessment.csv.DoseCsv;
import org.ccmcoach.assessment.dose.DosePoint;
import org.ccmcoach.assessment.dose.DoseResponse;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.Activity;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.CoachAssignment;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.coaching.InterventionTemplate;
import org.ccmcoach.core.coaching.Phase;
import org.ccmcoach.core.coaching.TemplateId;
import org.ccmcoach.core.coaching.Timing;
import org.ccmcoach.core.fidelity.Fidelity;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The evaluation paths that were quadratic before issue 33, at the size that exposed them
 * ({@code tenths = 10}) and at a tenth of it ({@code tenths = 1}); the target, as for
 * {@link HostileSizes}, is time(10) / (10 × time(1)) ≤ 2. The full sizes:
 *
 * <ul>
 *   <li>fidelity matching: a ten-year template with 100 daily activities of one type (365,200
 *       occurrences) and 20,000 completions of that type, each of which scanned every occurrence
 *       (33.5 s); a tenth is 10 daily activities (36,520) and 2,000 completions;
 *   <li>a dose–response table of 80,000 practices written as CSV, which looked each point's third up
 *       with {@code List.contains} (34 s); a tenth is 8,000.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluationGrowth {

    /** 10: the full size; 1: a tenth. */
    @Param({"1", "10"})
    public int tenths;

    private Engagement engagement;
    private LocalDate asOf;
    private List<DosePoint> points;

    @Setup
    public void setUp() {
        engagement = fidelityEngagement(10 * tenths, 2_000 * tenths);
        asOf = engagement.end().minusDays(1);
        points = dosePoints(8_000 * tenths);
    }

    /** Match 20,000 completions to 365,200 occurrences (a tenth: 2,000 to 36,520) and count them. */
    @Benchmark
    public int fidelityMatching() {
        return Fidelity.assess(engagement, asOf).records().size();
    }

    /** The dose–response table of 80,000 practices (a tenth: 8,000), thirds and all, as CSV text. */
    @Benchmark
    public int doseResponseCsv() {
        return DoseCsv.doseResponse(DoseResponse.of(points, List.of())).toCsv().length();
    }

    /**
     * An engagement of a ten-year template with {@code daily} activities of one type every day, and
     * {@code completions} encounters of that type spread evenly over it, as issue 33's reproduction.
     *
     * @param daily  the daily activities: 100 give 365,200 occurrences from 5 January 2026
     * @param completions  the encounters, at most 100,000
     * @return the engagement
     */
    public static Engagement fidelityEngagement(int daily, int completions) {
        CoachId ana = CoachId.of("coach-ana");
        Phase.Builder phase = Phase.builder();
        phase.name("daily").duration(Period.ofYears(10));
        for (int k = 0; k < daily; k++) {
            phase.addActivities(Activity.builder().type(ActivityType.COACHING_CALL).name("call " + k).mode(ContactMode.PHONE)
                    .timing(Timing.every(Period.ofDays(1), Period.ZERO)).expectedMinutes(30)
                    .addCoachRoles(EngagementRole.POINT_OF_CONTACT).build());
        }
        InterventionTemplate template = InterventionTemplate.builder().id(TemplateId.of("daily")).name("Daily")
                .addPhases(phase.build()).build();
        LocalDate start = LocalDate.of(2026, 1, 5);
        Engagement e = Engagement.builder().practice(PracticeId.of("p-1"))
                .addCoaches(CoachAssignment.of(ana, EngagementRole.POINT_OF_CONTACT)).template(template).start(start).build();
        long days = start.until(e.end(), java.time.temporal.ChronoUnit.DAYS);
        List<Encounter> done = new ArrayList<>(completions);
        for (int i = 0; i < completions; i++) {
            done.add(Encounter.builder().practice(e.practice()).date(start.plusDays(i * days / completions))
                    .mode(ContactMode.PHONE).minutes(30).addCoaches(ana).activity(ActivityType.COACHING_CALL).build());
        }
        return e.withEncounters(done);
    }

    /**
     * Dose points with doses in tenths of an hour from 0 to 200 (so many ties) and changes from −2 to 2.
     *
     * @param n  the practices
     * @return the points, practice ids p-0 to p-(n−1)
     */
    public static List<DosePoint> dosePoints(int n) {
        Random random = new Random(33);
        List<DosePoint> points = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            points.add(new DosePoint(PracticeId.of("p-" + i), random.nextInt(2001) / 10.0, random.nextInt(41) / 10.0 - 2));
        }
        return points;
    }
}
