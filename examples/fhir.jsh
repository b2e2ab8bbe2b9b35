// FHIR R4 in and out: a synthetic patient portal's PACIC-20 QuestionnaireResponses scored, the
// scores sent back as Observations, the PACIC as a Questionnaire, and an EHR's Bundle of monthly
// no-show Observations charted, the chart returned as Observations.
//     bin/ccm-shell examples/fhir.jsh          (writes to ccm-report/fhir, or $CCM_REPORT/fhir)

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.ccmcoach.assessment.csv.ResponseCsv;

Path data = examples.resolve("data/fhir");   // examples: the examples folder, defined by bin/ccm-startup.jsh
Path out = Path.of(System.getenv().getOrDefault("CCM_REPORT", "ccm-report")).resolve("fhir");
Files.createDirectories(out);
Instrument pacic = Instruments.pacic20();

// ---- 1. The PACIC as a Questionnaire a portal can render: subscales as groups, 1..5 answers.
Questionnaire questionnaire = InstrumentQuestionnaires.toQuestionnaire(pacic);
FhirJson.write(out.resolve("Questionnaire-pacic-20.json"), questionnaire);
System.out.println(questionnaire.getUrl() + "|" + questionnaire.getVersion() + ": " + questionnaire.getItem().size() + " groups");

// ---- 2. Each QuestionnaireResponse scored; each score back as an Observation derived from it.
List<ScoreReport> reports = new ArrayList<>();
try (Stream<Path> files = Files.list(data.resolve("pacic-c1-team1"))) {
    for (Path file : files.sorted().toList()) {
        QuestionnaireResponse qr = FhirJson.read(file, QuestionnaireResponse.class);
        ScoreReport report = pacic.score(FhirResponses.toAssessment(qr, pacic));
        reports.add(report);
        FhirJson.write(out.resolve("Observation-" + qr.getIdElement().getIdPart() + ".json"),
                ScoreObservations.toObservation(report, pacic, qr));
    }
}
// The same answers from the CSV score the same (the test FhirResponsesTest checks every one).
ScoreReport fromCsv = ResponseCsv.read(examples.resolve("data/pacic-10-months.csv"), pacic).stream()
        .filter(r -> r.respondent().orElse("").equals("c1-team1-f01")).map(pacic::score).findFirst().orElseThrow();
if (reports.size() != 27 || !reports.get(0).equals(fromCsv)) {
    throw new AssertionError("the portal's responses should score as the CSV's: " + reports.get(0) + " vs " + fromCsv);
}
System.out.println(reports.size() + " responses scored; the first:");
System.out.println(reports.get(0));
// The mean over the responses with an overall score, n counting those only (not every response).
double[] overall = reports.stream().filter(r -> r.overall().isPresent()).mapToDouble(r -> r.overall().getAsDouble()).toArray();
System.out.printf("team c1-team1, mean PACIC at 10 months: %s (n = %d of %d responses)%n",
        Decimals.fixed(Arrays.stream(overall).average().orElse(Double.NaN), 2), overall.length, reports.size());

// ---- 3. A malformed response is refused with every problem located.
String bad = Files.readString(data.resolve("pacic-c1-team1/pacic-c1-team1-f01.json"))
        .replaceFirst("\"linkId\": \"20\"", "\"linkId\": \"21\"")
        .replaceFirst("\"valueInteger\": 3", "\"valueInteger\": 7");
try {
    FhirResponses.parse(bad, pacic);
    throw new AssertionError("a value of 7 and an unknown linkId were accepted");
} catch (CcmFhirException e) {
    System.out.println(e.getMessage());
    if (e.problems().size() != 2) {
        throw new AssertionError("both problems should be listed: " + e.problems());
    }
}

// ---- 4. The EHR's monthly no-show Observations as a series, a p chart, and back as Observations.
Series noShows = MeasureBundles.read(data.resolve("no-shows-c1-team1.json"), "No-show rate, c1-team1");
ControlChart chart = ControlChart.of(ChartType.P, noShows);
System.out.println(chart.verdict() + ": " + chart.signals().size() + " signal(s) in " + chart.size() + " months");
Bundle chartBundle = ChartObservations.toBundle(chart,
        new org.hl7.fhir.r4.model.Coding("http://clinic.example.org/measures", "no-show-rate", "No-show rate, diabetes visits"),
        new org.hl7.fhir.r4.model.Reference("Organization/c1-team1"));
FhirJson.write(out.resolve("Bundle-no-show-chart.json"), chartBundle);
System.out.println(chartBundle.getEntry().size() + " Observations written to " + out);
if (chartBundle.getEntry().size() != noShows.observations().size() + 1) {
    throw new AssertionError("one Observation per month and one for the chart");
}
