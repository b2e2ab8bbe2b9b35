package org.ccmcoach.fhir.observation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.MissingDataPolicy;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubscaleScore;
import org.ccmcoach.fhir.Canonicals;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;

/**
 * A {@link ScoreReport} as a FHIR R4 {@code Observation}: one resource per scored response.
 *
 * <p>The shape: category {@code survey} (HL7's observation categories); code the instrument's
 * score ({@link Canonicals#INSTRUMENT_SCORES}, the instrument's id, its title as display); the
 * overall score as {@code valueQuantity} in UCUM's {@code {score}}, rounded to 4 decimals; one
 * {@code component} per subscale, coded in the instrument's subscale code system, with its score or,
 * when not scored, a {@code dataAbsentReason} of {@code not-performed} whose text is ccm's reason;
 * a level band, when the instrument has them, as the {@code interpretation}'s text. The
 * {@code method} names the instrument and the missing-data policy the scores follow (coded in
 * {@link Canonicals#MISSING_DATA_POLICIES}, its description as text), and a {@code note} says how
 * many items the score rests on. Made from a QuestionnaireResponse, the Observation refers to it
 * in {@code derivedFrom}, takes whom it is about from the response's subject and its {@code source}
 * as performer; otherwise it is about the report's subject, an identifier in
 * {@link Canonicals#SUBJECTS}.
 *
 * <p>Whom it is about goes where R4 allows (our choice, so that a server enforcing reference
 * targets stores it): a Patient, Group, Device or Location, the only targets R4 gives
 * {@code Observation.subject}, is the {@code subject}; anything else (an Organization or CareTeam,
 * as a team's survey names, or ccm's bare team identifier) is the {@code focus}, with no subject.
 *
 * <p>A caller may give a standard code for the score beside ccm's own, such as LOINC
 * {@code 44261-6} for a PHQ-9 total: it is the code's second coding, ccm's staying first.
 *
 * <pre>{@code
 * Observation o = ScoreObservations.toObservation(report, Instruments.pacic20(), questionnaireResponse);
 * Observation phq = ScoreObservations.toObservation(report, phq9, response,
 *         new Coding("http://loinc.org", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"));
 * }</pre>
 */
public final class ScoreObservations {

    /** HL7's observation category code system. */
    static final String CATEGORIES = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
    static final String UCUM = "http://unitsofmeasure.org";

    private ScoreObservations() {
    }

    /**
     * A report as an Observation whose subject is the report's, as an identifier.
     *
     * @param report  the report, not null
     * @param instrument  the instrument that scored it, not null
     * @return a new Observation
     * @throws IllegalArgumentException if the report is not of the instrument
     */
    public static Observation toObservation(ScoreReport report, Instrument instrument) {
        return toObservation(report, instrument, (Coding) null);
    }

    /**
     * A report as an Observation about the report's subject, coded also with a standard code.
     *
     * @param report  the report, not null
     * @param instrument  the instrument that scored it, not null
     * @param code  a further code of the score, kept beside ccm's, such as LOINC 44261-6 for a PHQ-9
     *        total; null for none
     * @return a new Observation, its subject (an identifier: ccm's ids name practices and teams) in {@code focus}
     * @throws IllegalArgumentException if the report is not of the instrument, or the code lacks a system or code
     */
    public static Observation toObservation(ScoreReport report, Instrument instrument, Coding code) {
        Observation o = base(report, instrument, code);
        Subjects.place(o, new Reference().setIdentifier(new Identifier().setSystem(Canonicals.SUBJECTS)
                .setValue(report.subject().toString())).setDisplay(report.subject().toString()));
        return o;
    }

    /**
     * A report as an Observation derived from the QuestionnaireResponse it scored, with its subject.
     *
     * @param report  the report, not null
     * @param instrument  the instrument that scored it, not null
     * @param from  the response scored; it needs an id for the Observation to refer to it
     * @return a new Observation
     * @throws IllegalArgumentException if the report is not of the instrument, or the response has no id
     */
    public static Observation toObservation(ScoreReport report, Instrument instrument, QuestionnaireResponse from) {
        return toObservation(report, instrument, from, null);
    }

    /**
     * A report as an Observation derived from the QuestionnaireResponse it scored, coded also with a
     * standard code.
     *
     * @param report  the report, not null
     * @param instrument  the instrument that scored it, not null
     * @param from  the response scored; it needs an id for the Observation to refer to it
     * @param code  a further code of the score, kept beside ccm's, such as LOINC 44261-6 for a PHQ-9
     *        total; null for none
     * @return a new Observation, the response's subject in {@code subject} when R4 allows it there, else in {@code focus}
     * @throws IllegalArgumentException if the report is not of the instrument, the response has no id,
     *         or the code lacks a system or code
     */
    public static Observation toObservation(ScoreReport report, Instrument instrument, QuestionnaireResponse from,
                                            Coding code) {
        if (!from.getIdElement().hasIdPart()) {
            throw new IllegalArgumentException("from: the QuestionnaireResponse must have an id for the Observation's"
                    + " derivedFrom to refer to it");
        }
        Observation o = base(report, instrument, code);
        o.addDerivedFrom(new Reference("QuestionnaireResponse/" + from.getIdElement().getIdPart()));
        if (from.hasSubject()) {
            Subjects.place(o, from.getSubject());
        } else {
            Subjects.place(o, new Reference().setIdentifier(new Identifier().setSystem(Canonicals.SUBJECTS)
                    .setValue(report.subject().toString())));
        }
        if (from.hasSource()) {
            o.addPerformer(from.getSource().copy());
        }
        return o;
    }

    private static Observation base(ScoreReport report, Instrument instrument, Coding code) {
        if (!report.instrument().equals(instrument.id())) {
            throw new IllegalArgumentException("report: must be of " + instrument.id() + " (was " + report.instrument() + ")");
        }
        if (code != null && (code.getSystem() == null || code.getSystem().isBlank() || code.getCode() == null
                || code.getCode().isBlank())) {
            throw new IllegalArgumentException("code: must have a system and a code, such as http://loinc.org and 44261-6");
        }
        Observation o = new Observation();
        o.setStatus(ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(CATEGORIES, "survey", "Survey")));
        o.setCode(new CodeableConcept(new Coding(Canonicals.INSTRUMENT_SCORES, instrument.id().toString(),
                instrument.title())).setText(instrument.title() + " score"));
        if (code != null) {
            o.getCode().addCoding(code.copy());
        } else { // the instrument's own standard code for its score, such as the PHQ-9 total's LOINC 44261-6
            instrument.overallCode().ifPresent(c -> o.getCode().addCoding(new Coding(c.system(), c.code(), c.display().orElse(null))));
        }
        o.setEffective(new DateTimeType(report.date().toString())); // a day, as the report dates it
        score(report.overall()).ifPresentOrElse(o::setValue,
                () -> o.setDataAbsentReason(absent(report.overallReason())));
        report.overallLevel().ifPresent(l -> o.addInterpretation(new CodeableConcept().setText("level " + l)));
        MissingDataPolicy policy = report.policy();
        o.setMethod(new CodeableConcept(new Coding(Canonicals.MISSING_DATA_POLICIES, policy.name(), null))
                .setText("Scored by " + instrument.id() + " (" + instrument.title() + "), " + rule(instrument)
                        + "; missing-data policy " + policy.name() + policy.description().map(d -> ": " + d).orElse("")));
        o.addNote().setText("Rests on " + report.answered() + " of " + (report.answered() + report.missing())
                + " items answered.");
        String system = Canonicals.subscales(instrument.id());
        for (SubscaleScore s : report.subscales()) {
            ObservationComponentComponent c = o.addComponent();
            c.setCode(new CodeableConcept(new Coding(system, s.id(), s.title())));
            score(s.score()).ifPresentOrElse(c::setValue, () -> c.setDataAbsentReason(absent(s.reason())));
            s.level().ifPresent(l -> c.addInterpretation(new CodeableConcept().setText("level " + l)));
        }
        return o;
    }

    private static String rule(Instrument instrument) {
        return "subscales by " + Canonicals.code(instrument.subscaleRule()).replace('-', ' ')
                + ", overall by " + Canonicals.code(instrument.overallRule()).replace('-', ' ');
    }

    private static Optional<Quantity> score(OptionalDouble value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Quantity().setValue(BigDecimal.valueOf(value.getAsDouble())
                        .setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros())
                .setUnit("score").setSystem(UCUM).setCode("{score}"));
    }

    private static CodeableConcept absent(Optional<String> reason) {
        return new CodeableConcept(new Coding(DATA_ABSENT, "not-performed", "Not Performed"))
                .setText("not scored: " + reason.orElse("no reason recorded"));
    }
}
