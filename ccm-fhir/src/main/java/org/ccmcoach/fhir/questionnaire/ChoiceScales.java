package org.ccmcoach.fhir.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.ccmcoach.assessment.AnswerCode;
import org.ccmcoach.assessment.ScaleAnchor;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.fhir.FhirProblems;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemAnswerOptionComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;

/**
 * The coded options of a form's choice questions, read as scores: each question's scale from its
 * options' weights, and every code the form offers as one of the instrument's
 * {@link AnswerCode}s, the same code scored the same wherever it is asked.
 */
final class ChoiceScales {

    private final AnswerWeights weights;
    private final List<Problem> problems;
    private final Map<String, AnswerCode> codes = new LinkedHashMap<>();
    private final Map<String, String> codeFirstAt = new HashMap<>();
    private final Set<String> valueSetsReported = new HashSet<>();
    private final Map<String, Boolean> weightedSets = new HashMap<>();
    private final Map<String, Optional<QuestionScale>> setScales = new HashMap<>();

    /**
     * @param problems  the reading's problems, which this adds to
     */
    ChoiceScales(Questionnaire questionnaire, List<? extends MetadataResource> terminology, List<Problem> problems) {
        this.weights = new AnswerWeights(questionnaire, terminology);
        this.problems = problems;
    }

    /** {@return every code offered so far, in the order first offered} */
    Collection<AnswerCode> codes() {
        return codes.values();
    }

    /** {@return whether any option of a choice question carries a weight (or one that cannot be read)} */
    boolean weighted(QuestionnaireItemComponent item) {
        Optional<String> valueSet = valueSet(item);
        if (valueSet.isPresent()) {
            return weightedSets.computeIfAbsent(valueSet.get(), k -> weighedOptions(item));
        }
        return weighedOptions(item);
    }

    private boolean weighedOptions(QuestionnaireItemComponent item) {
        List<AnswerWeights.Offered> options = options(item, "", "");
        return options == null || options.stream().anyMatch(o -> o.weight() != null);
    }

    /** The value set a question's options are, if it names one. */
    private static Optional<String> valueSet(QuestionnaireItemComponent item) {
        return item.hasAnswerValueSet() ? QuestionnaireReader.value(item.getAnswerValueSetElement()).map(v -> item.getAnswerValueSet())
                : Optional.empty();
    }

    /**
     * A choice question's options with their weights: its answerOptions (a weight on the option or
     * on its Coding), or the codes of its answerValueSet. Problems are recorded at {@code at} when
     * it is given; with an empty {@code at} the options are only looked at, and null means some
     * weight is there but cannot be read.
     */
    private List<AnswerWeights.Offered> options(QuestionnaireItemComponent item, String at, String named) {
        boolean record = !at.isEmpty();
        List<AnswerWeights.Offered> offered = new ArrayList<>();
        if (item.hasAnswerValueSet() && QuestionnaireReader.value(item.getAnswerValueSetElement()).isPresent()) {
            String canonical = item.getAnswerValueSet();
            try {
                Optional<List<AnswerWeights.Offered>> set = weights.offered(canonical);
                if (set.isEmpty() && record && valueSetsReported.add(canonical)) {
                    problems.add(FhirProblems.of(at + ".answerValueSet", named + " names a value set that is neither contained"
                            + " nor given: pass it (and its CodeSystem) to InstrumentQuestionnaires.toInstrument", canonical));
                }
                return set.orElse(List.of());
            } catch (IllegalArgumentException e) {
                if (!record) {
                    return null; // weighed, but not readably: the reading records why
                }
                if (valueSetsReported.add(canonical)) { // once per value set, however many questions name it
                    problems.add(FhirProblems.of(at + ".answerValueSet", named + " names a value set that " + e.getMessage(),
                            canonical));
                }
                return List.of();
            }
        }
        List<QuestionnaireItemAnswerOptionComponent> options = item.getAnswerOption();
        for (int i = 0; i < options.size(); i++) {
            QuestionnaireItemAnswerOptionComponent option = options.get(i);
            String here = at + ".answerOption[" + i + "]";
            if (!(option.getValue() instanceof Coding c) || QuestionnaireReader.value(c.getCodeElement()).isEmpty()) {
                if (record) {
                    problems.add(FhirProblems.of(here, named + " must offer coded options (valueCoding with a code): ccm"
                            + " scores a choice by the code chosen"));
                }
                continue;
            }
            try {
                Optional<BigDecimal> onOption = AnswerWeights.weight(option);
                Optional<BigDecimal> onCoding = AnswerWeights.weight(c);
                if (onOption.isPresent() && onCoding.isPresent() && onOption.get().compareTo(onCoding.get()) != 0) {
                    throw new IllegalArgumentException("gives two different weights, " + onOption.get().toPlainString()
                            + " on the option and " + onCoding.get().toPlainString() + " on its Coding");
                }
                offered.add(new AnswerWeights.Offered(c, onOption.or(() -> onCoding).orElse(null), here));
            } catch (IllegalArgumentException e) {
                if (!record) {
                    return null; // weighed, but not readably: the reading records why
                }
                problems.add(FhirProblems.of(here, named + " " + e.getMessage()));
            }
        }
        return offered;
    }

    /**
     * A choice question's scale, from the weights of its options: the lowest to the highest, in
     * whole points when all are whole, each option's display the label of its score. Each code
     * becomes one of the instrument's answer codes; an option without a weight (declined, unknown)
     * is a code that records no answer.
     */
    Optional<QuestionScale> scale(QuestionnaireItemComponent item, String at, String named) {
        Optional<String> valueSet = valueSet(item);
        if (valueSet.isEmpty()) {
            return scaleOfOptions(item, at, named);
        }
        // The same value set makes the same scale and codes: read once however many questions name it
        // (n questions of a value set of m codes cost n + m, not n × m); its problems are said once.
        Optional<QuestionScale> known = setScales.get(valueSet.get());
        if (known == null) {
            known = scaleOfOptions(item, at, named);
            setScales.put(valueSet.get(), known);
        }
        return known;
    }

    private Optional<QuestionScale> scaleOfOptions(QuestionnaireItemComponent item, String at, String named) {
        int problemsBefore = problems.size();
        List<AnswerWeights.Offered> options = options(item, at, named);
        if (problems.size() > problemsBefore || valueSetsReported.contains(item.getAnswerValueSet())) {
            return Optional.empty(); // said where the options are; nothing more to say of this question
        }
        List<BigDecimal> scores = new ArrayList<>();
        Map<BigDecimal, String> labels = new TreeMap<>();
        for (AnswerWeights.Offered o : options) {
            Coding c = o.coding();
            String key = (c.getSystem() == null ? "" : c.getSystem()) + "|" + c.getCode();
            AnswerCode.Builder code = AnswerCode.builder().code(c.getCode());
            QuestionnaireReader.value(c.getSystemElement()).ifPresent(code::system);
            QuestionnaireReader.value(c.getDisplayElement()).filter(d -> d.length() <= 1000).ifPresent(code::display);
            if (o.weight() != null) {
                if (o.weight().stripTrailingZeros().precision() > 15) {
                    problems.add(FhirProblems.of(o.at(), named + " weighs code " + Problem.show(c.getCode()) + " with more digits than ccm"
                            + " holds exactly (15 significant): round it in the form", o.weight().toPlainString()));
                    continue;
                }
                code.score(o.weight().doubleValue());
                scores.add(o.weight());
                QuestionnaireReader.value(c.getDisplayElement()).filter(d -> d.length() <= 100).ifPresent(d -> labels.putIfAbsent(o.weight(), d));
            }
            Optional<AnswerCode> built = QuestionnaireReader.valid(problems, o.at(), code::build);
            if (built.isEmpty()) {
                continue;
            }
            AnswerCode before = codes.putIfAbsent(key, built.get());
            if (before != null && !before.score().equals(built.get().score())) {
                problems.add(FhirProblems.of(o.at(), named + " scores code " + Problem.show(c.getCode()) + " as "
                        + built.get().score().stream().mapToObj(Decimals::show).findFirst().orElse("no answer")
                        + " where " + codeFirstAt.get(key) + " scores it " + before.score().stream()
                        .mapToObj(Decimals::show).findFirst().orElse("as no answer")
                        + ": one code, one score", c.getCode()));
            }
            codeFirstAt.putIfAbsent(key, o.at());
        }
        if (new HashSet<>(scores.stream().map(BigDecimal::stripTrailingZeros).toList()).size() < 2) {
            problems.add(FhirProblems.of(at + ".answerOption", named + " must offer at least two options with different scores"));
            return Optional.empty();
        }
        boolean integer = scores.stream().allMatch(v -> v.stripTrailingZeros().scale() <= 0);
        List<ScaleAnchor> anchors = new ArrayList<>();
        labels.forEach((score, label) -> QuestionnaireReader.valid(problems, at + ".answerOption", () -> ScaleAnchor.of(score.doubleValue(), label))
                .ifPresent(anchors::add));
        return Optional.of(new QuestionScale(integer, scores.stream().min(BigDecimal::compareTo).orElseThrow(),
                scores.stream().max(BigDecimal::compareTo).orElseThrow(), List.copyOf(anchors)));
    }
}
