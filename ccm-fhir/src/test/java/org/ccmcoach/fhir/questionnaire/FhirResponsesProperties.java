package org.ccmcoach.fhir.questionnaire;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.fhir.FhirJson;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * Whatever a respondent answers, a QuestionnaireResponse written with HAPI's own model (flat, or in
 * ccm's groups), sent as JSON and read back by ccm is the same response and scores the same.
 */
class FhirResponsesProperties {

    @Property(tries = 200)
    boolean a_response_sent_as_fhir_is_read_back_as_it_was(@ForAll("responses") AssessmentResponse response,
                                                          @ForAll boolean grouped) {
        Instrument instrument = Instruments.find(response.instrument()).orElseThrow();
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setQuestionnaire("http://ccmcoach.org/fhir/Questionnaire/" + instrument.id() + "|" + instrument.version());
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        qr.setSubject(new Reference("Organization/" + response.subject()));
        qr.setSource(new Reference("Patient/" + response.respondent().orElseThrow()));
        qr.setAuthoredElement(new DateTimeType(response.date() + "T23:59:00-11:00"));
        for (var subscale : instrument.subscales()) {
            var group = grouped ? qr.addItem().setLinkId(subscale.id()) : null;
            for (String id : subscale.items()) {
                if (instrument.subscales().stream().filter(s -> s.items().contains(id)).findFirst().orElseThrow() != subscale) {
                    continue;
                }
                var item = grouped ? group.addItem().setLinkId(id) : qr.addItem().setLinkId(id);
                response.answer(id).ifPresent(v -> item.addAnswer().setValue(new IntegerType((int) v)));
            }
        }
        AssessmentResponse back = FhirResponses.parse(FhirJson.toJson(qr), instrument);
        return back.equals(response.withRole("patient")) && instrument.score(back).equals(instrument.score(response.withRole("patient")));
    }

    @Provide
    Arbitrary<AssessmentResponse> responses() {
        return Arbitraries.of(Instruments.pacic20(), Instruments.acic35()).flatMap(instrument -> {
            List<Item> items = instrument.items();
            int min = (int) instrument.scale().min();
            int max = (int) instrument.scale().max();
            Arbitrary<List<Optional<Integer>>> answers = Arbitraries.integers().between(min, max)
                    .optional(0.9).list().ofSize(items.size());
            Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
            return Combinators.combine(answers, dates, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8))
                    .as((given, date, who) -> {
                        AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(instrument.id())
                                .subject(SubjectId.of("team-" + who)).respondent("pt-" + who).role("patient").date(date);
                        for (int i = 0; i < items.size(); i++) {
                            String id = items.get(i).id();
                            given.get(i).ifPresentOrElse(v -> b.answer(id, v), () -> b.missing(id));
                        }
                        return b.build();
                    });
        });
    }
}
