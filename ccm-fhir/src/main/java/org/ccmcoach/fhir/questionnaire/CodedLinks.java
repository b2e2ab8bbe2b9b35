package org.ccmcoach.fhir.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.StandardCode;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.fhir.FhirProblems;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;

/**
 * Which of a sender's linkIds ask which of an instrument's items, found by the items' standard
 * codes ({@link Item#code()}) on the sender's Questionnaire: LHC-Forms asks the PHQ-9's first item
 * as {@code /44250-9}, HL7's SDC example as {@code H1/T1/Q1}, and both code it LOINC 44250-9.
 *
 * @param items  each coded linkId's item id
 * @param unscored  the linkIds of questions the instrument does not score: its overall score's code (a
 *     form's calculated total) or a code that is one of its {@link Instrument#unscoredQuestions()}
 * @param problems  the instrument's items the form does not ask, and codes asked twice
 */
record CodedLinks(Map<String, String> items, Set<String> unscored, List<Problem> problems) {

    /** Links nothing: each linkId is an item id, as in a form ccm wrote. */
    static final CodedLinks NONE = new CodedLinks(Map.of(), Set.of(), List.of());

    static CodedLinks of(Questionnaire form, Instrument instrument) {
        if (instrument.items().stream().allMatch(i -> i.code().isEmpty())) {
            throw new IllegalArgumentException(instrument.id() + " gives its items no standard codes, so a form's"
                    + " codes cannot name them; map the response with FhirResponses.toAssessment(response, instrument)");
        }
        Map<String, String> byCode = new HashMap<>();
        instrument.items().forEach(i -> i.code().ifPresent(c -> byCode.put(c.toString(), i.id())));
        Map<String, String> items = new LinkedHashMap<>();
        Set<String> unscored = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, String> linkOfItem = new HashMap<>();
        walk(form.getItem(), "Questionnaire", (question, at) -> {
            for (Coding c : question.getCode()) {
                String key = c.getSystem() + "|" + c.getCode();
                String item = byCode.get(key);
                if (item != null) {
                    String before = linkOfItem.putIfAbsent(item, question.getLinkId());
                    if (before != null && !before.equals(question.getLinkId())) {
                        problems.add(FhirProblems.of(at + ".code", "must not ask item " + item + " (" + key
                                + ") twice: linkId " + before + " asks it already", question.getLinkId()));
                    } else {
                        items.put(question.getLinkId(), item);
                    }
                    return;
                }
                boolean total = instrument.overallCode().map(o -> o.matches(c.getSystem(), c.getCode())).orElse(false);
                if (total || c.getCode() != null && instrument.unscoredQuestions().contains(c.getCode())) {
                    unscored.add(question.getLinkId());
                    return;
                }
            }
        });
        List<String> unasked = instrument.items().stream().filter(i -> i.code().isPresent() && !linkOfItem.containsKey(i.id()))
                .map(i -> i.id() + " (" + i.code().map(StandardCode::toString).orElseThrow() + ")").toList();
        if (!unasked.isEmpty()) {
            problems.add(FhirProblems.of("Questionnaire.item", "must ask every item of " + instrument.id()
                    + " by its code; not asked: " + String.join(", ", unasked.subList(0, Math.min(6, unasked.size())))
                    + (unasked.size() > 6 ? " and " + (unasked.size() - 6) + " more" : "")));
        }
        return new CodedLinks(Map.copyOf(items), Set.copyOf(unscored), List.copyOf(problems));
    }

    private interface Visitor {
        void visit(QuestionnaireItemComponent question, String at);
    }

    private static void walk(List<QuestionnaireItemComponent> items, String parent, Visitor visitor) {
        for (int i = 0; i < items.size(); i++) {
            QuestionnaireItemComponent item = items.get(i);
            String at = parent + ".item[" + i + "]";
            if (item.getLinkId() != null) {
                visitor.visit(item, at);
            }
            walk(item.getItem(), at, visitor);
        }
    }
}
