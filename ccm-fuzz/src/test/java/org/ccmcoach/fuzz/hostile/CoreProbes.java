package org.ccmcoach.fuzz.hostile;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccmcoach.assessment.csv.DoseCsv;
import org.ccmcoach.assessment.dose.DoseGroup;
import org.ccmcoach.assessment.dose.DosePoint;
import org.ccmcoach.assessment.dose.DoseResponse;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.Activity;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.CoachAssignment;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.coaching.InterventionTemplate;
import org.ccmcoach.core.coaching.InterventionTemplates;
import org.ccmcoach.core.coaching.Phase;
import org.ccmcoach.core.coaching.TemplateId;
import org.ccmcoach.core.coaching.Timing;
import org.ccmcoach.core.cost.CostModel;
import org.ccmcoach.core.cost.EngagementCosting;
import org.ccmcoach.core.cost.Trip;
import org.ccmcoach.core.fidelity.EngagementFidelity;
import org.ccmcoach.core.fidelity.Fidelity;
import org.ccmcoach.core.fidelity.FidelityCount;
import org.ccmcoach.core.value.CcmInputException;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.ccmcoach.json.csv.CsvTable;
import org.ccmcoach.pdsa.Direction;
import org.ccmcoach.pdsa.Measure;
import org.ccmcoach.pdsa.MeasureId;
import org.ccmcoach.pdsa.MeasureType;
import org.ccmcoach.pdsa.businesscase.BusinessCase;
import org.ccmcoach.pdsa.businesscase.BusinessCaseResult;

/**
 * Issue 33's reproductions for fidelity, dose, business cases and the small items: each ends in
 * ccm's exception or a correct result; a wrong result throws {@link AssertionError}.
 */
final class CoreProbes {

    private CoreProbes() {
    }

    private static final CoachId ANA = CoachId.of("coach-ana");

    /**
     * Fidelity of a ten-year template with 100 daily activities of one type (365,200 occurrences) and
     * 20,000 completions of that type: took 33.5 s (each completion scanned every occurrence); ≤ 5 s.
     * Every completion has an occurrence to match, so 20,000 are delivered and none added.
     */
    @Probe(heapMb = 256, seconds = 5)
    static String fidelityOf365200OccurrencesAnd20000Completions() {
        Phase.Builder phase = Phase.builder();
        phase.name("daily").duration(Period.ofYears(10));
        for (int k = 0; k < 100; k++) {
            phase.addActivities(Activity.builder().type(ActivityType.COACHING_CALL).name("call " + k).mode(ContactMode.PHONE)
                    .timing(Timing.every(Period.ofDays(1), Period.ZERO)).expectedMinutes(30)
                    .addCoachRoles(EngagementRole.POINT_OF_CONTACT).build());
        }
        InterventionTemplate template = InterventionTemplate.builder().id(TemplateId.of("daily")).name("Daily")
                .addPhases(phase.build()).build();
        LocalDate start = LocalDate.of(2026, 1, 5);
        Engagement e = Engagement.builder().practice(PracticeId.of("p-1"))
                .addCoaches(CoachAssignment.of(ANA, EngagementRole.POINT_OF_CONTACT)).template(template).start(start).build();
        long days = start.until(e.end(), java.time.temporal.ChronoUnit.DAYS);   // 3,652
        List<Encounter> done = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            done.add(Encounter.builder().practice(e.practice()).date(start.plusDays(i * days / 20_000)).mode(ContactMode.PHONE)
                    .minutes(30).addCoaches(ANA).activity(ActivityType.COACHING_CALL).build());
        }
        e = e.withEncounters(done);
        EngagementFidelity f = Fidelity.assess(e, e.end().minusDays(1));
        FidelityCount all = f.frequency();
        if (f.records().size() != 365_200 || all.delivered() != 20_000 || all.added() != 0
                || all.planned() != 365_200 - all.due()) {
            throw new AssertionError("wrong counts: " + f.records().size() + " records, " + all);
        }
        return all.toString();
    }

    /**
     * The dose–response CSV of 80,000 practices: took 34 s (a List.contains a point); ≤ 3 s. Changes
     * as small as 0.00002 must be written as plain decimals, not 2.0E-5.
     */
    @Probe(heapMb = 256, seconds = 3)
    static String doseCsvOf80000Points() {
        List<DosePoint> points = new ArrayList<>(80_000);
        java.util.Random random = new java.util.Random(33);
        for (int i = 0; i < 80_000; i++) {
            points.add(new DosePoint(PracticeId.of("p-" + i), random.nextInt(2001) / 10.0, (random.nextInt(9) + 1) * 1e-5));
        }
        CsvTable t = DoseCsv.doseResponse(DoseResponse.of(points, List.of()));
        if (t.rows().size() != 80_001) {
            throw new AssertionError("rows: " + t.rows().size());
        }
        for (int i = 0; i < 80_000; i++) {
            List<String> cells = t.rows().get(i).cells();
            if (cells.get(2).contains("E") || cells.get(4).contains("E") || cells.get(3).isEmpty()) {
                throw new AssertionError("row " + i + ": " + cells);
            }
        }
        return t.rows().get(0).cells().toString();
    }

    /**
     * Six practices all at 10.0 hours with changes 1, 1, 0, 0, −1, −1: were put in thirds of mean
     * change 1, 0, −1 by the order of their ids. No third may hold a dose another holds.
     */
    @Probe(heapMb = 256, seconds = 10)
    static String tiedDosesAreNotSplitByIds() {
        double[] change = {1, 1, 0, 0, -1, -1};
        List<DosePoint> points = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            points.add(new DosePoint(PracticeId.of("p-" + i), 10.0, change[i]));
        }
        DoseResponse table = DoseResponse.of(points, List.of());
        List<DoseGroup> g = table.groups();
        for (int k = 1; k < g.size(); k++) {
            if (g.get(k - 1).maxHours() >= g.get(k).minHours()) {
                throw new AssertionError("a dose split between thirds, a gradient of ids: " + g);
            }
        }
        if (g.isEmpty() && !table.caveat().contains("No thirds")) {
            throw new AssertionError("no thirds, and no reason given: " + table.caveat());
        }
        return g.isEmpty() ? table.caveat() : g.toString();
    }

    private static final Measure VISITS = Measure.builder().id(MeasureId.of("visits")).name("planned visits")
            .type(MeasureType.PROCESS).definition("planned care visits over all visits").unit("%").direction(Direction.UP)
            .build();

    private static BusinessCaseResult businessCase(double coachHours, double baseline, double current) {
        return BusinessCase.builder().change("Planned visits").measure(VISITS).coachHours(coachHours).staffHours(0)
                .baseline(baseline).current(current).build().evaluate(CostModel.culler2013());
    }

    /** Baseline −1e308 and current 1e308: threw NumberFormatException (an infinite improvement). */
    @Probe(heapMb = 256, seconds = 10)
    static String businessCaseOfExtremeValues() {
        BusinessCaseResult r = businessCase(6, -1e308, 1e308);   // refused with ccm's exception, or:
        if (!Double.isFinite(r.improvement())) {
            throw new AssertionError("an infinite improvement: " + r.statement());
        }
        return r.statement();
    }

    /** Current 1e-300 against 0: printed "0 percentage points" and a cost of 300 digits a point. */
    @Probe(heapMb = 256, seconds = 10)
    static String businessCaseOfATinyImprovement() {
        BusinessCaseResult r = businessCase(6, 0, 1e-300);
        if (r.perPoint().isPresent() && (r.statement().contains(" 0 percentage points")
                || r.perPoint().get().getAmount().precision() > 40)) {
            throw new AssertionError("a cost per point of an improvement it states as 0: " + r.statement());
        }
        return r.statement();
    }

    /** coachHours 1e307: blamed on Workload.coachMinutes, an internal value; must name BusinessCase.coachHours. */
    @Probe(heapMb = 256, seconds = 10)
    static String businessCaseOfHugeCoachHours() {
        try {
            return businessCase(1e307, 10, 20).statement();
        } catch (CcmValidationException e) {
            if (!e.getMessage().contains("BusinessCase.coachHours")) {
                throw new AssertionError("not in the caller's terms: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** EngagementCosting as of LocalDate.MAX: threw DateTimeException. */
    @Probe(heapMb = 256, seconds = 10)
    static String engagementCostingAsOfTheLastDate() {
        Engagement e = Engagement.builder().practice(PracticeId.of("p-1"))
                .addCoaches(CoachAssignment.of(ANA, EngagementRole.POINT_OF_CONTACT))
                .template(InterventionTemplates.ahrqSafetyNetPilot()).start(LocalDate.of(2026, 1, 5)).build();
        return EngagementCosting.of(CostModel.culler2013(), e, Map.of(ANA, Trip.of(60, 40)), LocalDate.MAX).toString();
    }

    /** "panelSize":1e2 read "must be a whole number (was 100.0)", a contradiction in its own words. */
    @Probe(heapMb = 256, seconds = 10)
    static String panelSizeWithAnExponent() {
        String json = "{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"O\",\"panelSize\":1e2}";
        try {
            Practice p = CcmJson.parse(json, Practice.class);
            if (p.panelSize().orElse(-1) != 100) {
                throw new AssertionError("read as " + p.panelSize());
            }
            return "read as 100";
        } catch (CcmJsonException e) {
            if (e.getMessage().contains("(was 100.0)")) {
                throw new AssertionError("says a whole number is not one: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** "latitude":1e-999999999 was read silently as 0.0: an underflow must be refused or read exactly. */
    @Probe(heapMb = 256, seconds = 10)
    static String latitudeThatUnderflows() {
        String json = "{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"O\",\"location\":{\"latitude\":1e-999999999,\"longitude\":1}}";
        Practice p = CcmJson.parse(json, Practice.class);
        double latitude = p.location().orElseThrow().latitude();
        if (latitude == 0) {
            throw new AssertionError("1e-999999999 read as 0");
        }
        return "read as " + latitude;
    }

    /** An amount of 33 to 39 characters: the message was "begin 0, end 40, length 33" (a substring past its end). */
    @Probe(heapMb = 256, seconds = 10)
    static String moneyAmountsJustOverTheLimit() {
        String json = CcmJson.toJson(CostModel.culler2013());
        if (!json.contains("\"USD 153.17\"")) {
            throw new AssertionError("the model's visit expenses moved: " + json);
        }
        StringBuilder said = new StringBuilder();
        for (int length = 33; length <= 39; length++) {
            String amount = "USD " + "9".repeat(length - 4);
            try {
                CcmJson.parse(json.replace("\"USD 153.17\"", "\"" + amount + "\""), CostModel.class);
                throw new AssertionError(length + " characters read");
            } catch (CcmInputException e) {
                if (!e.getMessage().contains("at most 32 characters")) {
                    throw new AssertionError(length + " characters: " + e.getMessage(), e);
                }
                said.append(length).append(": refused; ");
            }
        }
        return said.toString();
    }
}
