// A synthetic patient portal's FHIR R4 output, from the synthetic program's CSVs (no real patient
// data): team c1-team1's PACIC-20 answers at ten months as QuestionnaireResponses, and its monthly
// no-show counts as a Bundle of Observations, as an EHR's search would return them. Written with
// HAPI FHIR's own model, not with ccm-fhir's mapping, so the mapping is tested on files it did not
// make. Regenerates byte for byte:
//     bin/ccm-shell examples/data/generate-fhir.jsh

import org.ccmcoach.assessment.csv.*;
import org.ccmcoach.fhir.*;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;

Path dir = examples.resolve("data");   // examples: the examples folder, defined by bin/ccm-startup.jsh
Path out = dir.resolve("fhir");
Path pacicDir = out.resolve("pacic-c1-team1");
Files.createDirectories(pacicDir);
try (Stream<Path> old = Files.list(pacicDir)) { old.forEach(p -> { try { Files.delete(p); } catch (java.io.IOException e) { throw new java.io.UncheckedIOException(e); } }); }

// ---- PACIC-20: the portal's own layout, one flat list of questions with its own wording of the
// item (a short label here), the patient as source and the team as subject; a blank answer is a
// question with no answer, as portals send it. Times of day are made up, in the clinic's zone.
Instrument pacic = Instruments.pacic20();
int n = 0;
for (AssessmentResponse r : ResponseCsv.read(dir.resolve("pacic-10-months.csv"), pacic)) {
    if (!r.subject().toString().equals("c1-team1")) {
        continue;
    }
    n++;
    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setId("pacic-" + r.respondent().orElseThrow());
    qr.setQuestionnaire("http://ccmcoach.org/fhir/Questionnaire/pacic-20|20-item");
    qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    qr.setSubject(new Reference("Organization/" + r.subject()).setDisplay("Clinic 1, team 1"));
    qr.setSource(new Reference("Patient/" + r.respondent().orElseThrow()));
    qr.setAuthoredElement(new DateTimeType(r.date() + "T" + String.format("%02d:%02d:00-08:00", 8 + n % 10, (n * 7) % 60)));
    for (Item item : pacic.items()) {
        QuestionnaireResponse.QuestionnaireResponseItemComponent q = qr.addItem().setLinkId(item.id())
                .setText("PACIC question " + item.id());
        r.answer(item.id()).ifPresent(v -> q.addAnswer().setValue(new IntegerType((int) v)));
    }
    FhirJson.write(pacicDir.resolve(qr.getIdElement().getIdPart() + ".json"), qr);
}
System.out.println(n + " PACIC QuestionnaireResponses in " + pacicDir);

// ---- No-show rate of c1-team1: 24 monthly Observations, each a ratio of visits not attended to
// visits booked, dated by the month, in a searchset Bundle.
Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
bundle.setId("no-shows-c1-team1");
for (CsvRow row : CsvTable.read(dir.resolve("monthly-measures.csv")).rows()) {
    if (!row.get("practice").orElse("").equals("c1-team1") || !row.get("measure").orElse("").equals("no-show-rate")) {
        continue;
    }
    String month = row.get("month").orElseThrow().substring(0, 7);
    org.hl7.fhir.r4.model.Observation o = new org.hl7.fhir.r4.model.Observation();
    o.setId("no-show-c1-team1-" + month);
    o.setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL);
    o.setCode(new CodeableConcept(new Coding("http://clinic.example.org/measures", "no-show-rate",
            "No-show rate, diabetes visits")));
    o.setSubject(new Reference("Organization/c1-team1"));
    o.setEffective(new DateTimeType(month));
    o.setValue(new Ratio().setNumerator(new Quantity(Long.parseLong(row.get("numerator").orElseThrow())))
            .setDenominator(new Quantity(Long.parseLong(row.get("denominator").orElseThrow()))));
    bundle.addEntry().setFullUrl("http://clinic.example.org/fhir/Observation/" + o.getIdElement().getIdPart())
            .setResource(o).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
}
bundle.setTotal(bundle.getEntry().size());
FhirJson.write(out.resolve("no-shows-c1-team1.json"), bundle);
System.out.println(bundle.getEntry().size() + " monthly Observations in " + out.resolve("no-shows-c1-team1.json"));
