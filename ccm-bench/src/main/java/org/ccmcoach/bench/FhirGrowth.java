package org.ccmcoach.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.OverallRule;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.fhir.observation.MeasureBundles;
import org.ccmcoach.fhir.questionnaire.InstrumentQuestionnaires;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.ValueSet;
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
 * The FHIR readers' paths that grew with the square of a form's or Bundle's size (issue 33), at the
 * full size ({@code tenths = 10}) and a tenth of it ({@code tenths = 1}), as {@link HostileSizes}
 * measures its own: a linear path takes ten times as long at the full size, a quadratic one a
 * hundred; the target, time(10) / (10 × time(1)) ≤ 2, is ours. The full sizes:
 *
 * <ul>
 *   <li>a choice question of 80,000 weighted options read as an instrument (it took 27.9 s when
 *       each option searched the anchors before it);
 *   <li>1,000 choice questions naming one value set of 10,000 codes whose weights a given CodeSystem
 *       holds (each code searched the CodeSystem, and each question listed the value set again);
 *   <li>5,000 questions under 5,000 variables of the form (each question copied every variable);
 *   <li>a Bundle of 38,400 Observations, at most FhirJson's 500,000 JSON values, read and charted
 *       as one series: the pre-check that counts values, entries and numbers' lengths, HAPI's
 *       parser and the mapping.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FhirGrowth {

    private static final String ITEM_WEIGHT = "http://hl7.org/fhir/StructureDefinition/itemWeight";

    /** The size in tenths of the full size: 1 or 10. */
    @Param({"1", "10"})
    public int tenths;

    private Questionnaire manyOptions;
    private Questionnaire sharedValueSet;
    private List<org.hl7.fhir.r4.model.MetadataResource> weights;
    private Questionnaire manyVariables;
    private byte[] observations;

    @Setup
    public void setUp() {
        manyOptions = form("many-options");
        QuestionnaireItemComponent choice = manyOptions.addItem().setLinkId("1").setText("Choose")
                .setType(QuestionnaireItemType.CHOICE);
        for (int i = 0; i < 8_000 * tenths; i++) {
            choice.addAnswerOption().setValue(new Coding("http://example.org/options", "o" + i, "Option " + i))
                    .addExtension(ITEM_WEIGHT, new DecimalType(i));
        }

        String system = "http://example.org/codes";
        CodeSystem codes = new CodeSystem().setUrl(system).setStatus(Enumerations.PublicationStatus.ACTIVE)
                .setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        ValueSet set = new ValueSet().setUrl("http://example.org/ValueSet/shared").setStatus(Enumerations.PublicationStatus.ACTIVE);
        ValueSet.ConceptSetComponent include = set.getCompose().addInclude().setSystem(system);
        for (int i = 0; i < 1_000 * tenths; i++) {
            codes.addConcept().setCode("c" + i).setDisplay("Code " + i).addProperty().setCode("itemWeight")
                    .setValue(new DecimalType(BigDecimal.valueOf(i)));
            include.addConcept().setCode("c" + i).setDisplay("Code " + i);
        }
        weights = List.of(codes, set);
        sharedValueSet = form("shared-value-set");
        for (int q = 0; q < 100 * tenths; q++) {
            sharedValueSet.addItem().setLinkId("q" + q).setText("Question " + q).setType(QuestionnaireItemType.CHOICE)
                    .setAnswerValueSet(set.getUrl());
        }
        // carried as a resource the form's canonical resolves to, as toInstrument's terminology
        sharedValueSet.setUrl("http://example.org/Questionnaire/shared-value-set");

        manyVariables = form("many-variables");
        for (int i = 0; i < 500 * tenths; i++) {
            manyVariables.addExtension("http://hl7.org/fhir/StructureDefinition/variable", new Expression()
                    .setName("v" + i).setLanguage("text/fhirpath").setExpression("'" + i + "'"));
            QuestionnaireItemComponent question = manyVariables.addItem().setLinkId("q" + i).setText("Question " + i)
                    .setType(QuestionnaireItemType.INTEGER);
            question.addExtension("http://hl7.org/fhir/StructureDefinition/minValue", new org.hl7.fhir.r4.model.IntegerType(0));
            question.addExtension("http://hl7.org/fhir/StructureDefinition/maxValue", new org.hl7.fhir.r4.model.IntegerType(4));
        }

        StringBuilder bundle = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
        java.time.LocalDate day = java.time.LocalDate.of(1920, 1, 1);
        for (int i = 0; i < 3_840 * tenths; i++) {
            bundle.append(i == 0 ? "" : ",").append("{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\","
                    + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"1234-5\"}]},\"subject\":{\"reference\":"
                    + "\"Organization/o1\"},\"effectiveDateTime\":\"").append(day.plusDays(i)).append("\",\"valueInteger\":")
                    .append(i % 50).append("}}");
        }
        observations = bundle.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Questionnaire form(String id) {
        Questionnaire q = new Questionnaire();
        q.setUrl("http://example.org/Questionnaire/" + id).setTitle(id).setStatus(Enumerations.PublicationStatus.ACTIVE);
        return q;
    }

    /** A choice of 80,000 weighted options (a tenth: 8,000) read as an instrument's scale. */
    @Benchmark
    public int choiceOptions() {
        return InstrumentQuestionnaires.toInstrument(manyOptions, OverallRule.SUM_OF_ITEMS).scale().codes().size();
    }

    /** 1,000 questions naming one value set of 10,000 CodeSystem-weighted codes (a tenth: 100 and 1,000). */
    @Benchmark
    public int valueSetQuestions() {
        Instrument read = InstrumentQuestionnaires.toInstrument(sharedValueSet, OverallRule.SUM_OF_ITEMS, weights);
        return read.items().size() + read.scale().codes().size();
    }

    /** 5,000 bounded integer questions under 5,000 variables of the form (a tenth: 500 and 500). */
    @Benchmark
    public int formVariables() {
        return InstrumentQuestionnaires.toInstrument(manyVariables, OverallRule.SUM_OF_ITEMS).items().size();
    }

    /** A Bundle of 38,400 Observations (a tenth: 3,840) read from JSON and mapped to a series. */
    @Benchmark
    public int bundleOfObservations() {
        Bundle bundle = FhirJson.parse(observations, Bundle.class);
        return MeasureBundles.toSeries(bundle, "points").observations().size();
    }
}
