package org.ccmcoach.fhir.questionnaire;

import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.fhir.FhirProblems;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ccmcoach.assessment.AnswerCode;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.ResponseScale;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.core.Identifier;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.fhir.CcmFhirException;
import org.ccmcoach.fhir.FhirJson;
import org.hl7.fhir.r4.model.Questionnaire;
import org.ccmcoach.core.value.Problem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;

/**
 * A FHIR R4 {@code QuestionnaireResponse} as an {@link AssessmentResponse} of an instrument.
 *
 * <p>Each answered question's linkId is an item id and its {@code valueInteger} (or
 * {@code valueDecimal} on a scale of any value) the answer. On an instrument with coded answers
 * (read from a Questionnaire whose options carry weights), a {@code valueCoding} is scored from the
 * code chosen, as the instrument's form scores it: a weight the answer carries itself
 * ({@code ordinalValue}, {@code itemWeight}) must agree, and a code the form leaves unscored (such
 * as {@code asked-declined}) is a missing answer. A question without an answer, a value given only
 * as an extension (R4 allows it, to say why a value is absent), or an item of the instrument the
 * response leaves out, is missing. Groups of any layout are walked into; answers to the
 * instrument's {@link Instrument#unscoredQuestions()} (a "how difficult" question, a calculated
 * total) are skipped. The subject is the id of {@code subject}'s reference (or its identifier's
 * value), unless the caller gives one; the respondent the id of {@code source} (else
 * {@code author}) and the role its resource type in lower case ({@code Patient} is
 * {@code patient}); the date the day of {@code authored} as written, in its own time zone (the day
 * the respondent saw).
 *
 * <p>Every problem is found before any is reported, each at its FHIRPath with 0-based indexes
 * ({@code QuestionnaireResponse.item[3].answer[0]}) and the rule: an unknown linkId, a repeated
 * one, more than one answer, an answer of another type (text where an integer belongs), a value
 * off the scale, a code the instrument does not offer, a decimal of more than 15 significant digits
 * (ccm holds answers as doubles and does not round one onto the scale), a status other than
 * {@code completed} or {@code amended} (a form in progress or entered in error is not a finished
 * response: our choice, against scoring half a form), a {@code questionnaire} that names another
 * instrument or version, no {@code questionnaire} with no item of the instrument answered, or no
 * {@code authored} date. A response that names no questionnaire but answers the instrument's items
 * is taken as the instrument's (LHC-Forms' exports of forms without a URL name none): the caller
 * named the instrument.
 *
 * <pre>{@code
 * AssessmentResponse r = FhirResponses.read(Path.of("qr-17.json"), Instruments.pacic20());
 * ScoreReport report = Instruments.pacic20().score(r);
 * }</pre>
 */
public final class FhirResponses {

    private FhirResponses() {
    }

    /**
     * Reads a QuestionnaireResponse from a JSON file and maps it.
     *
     * @param file  the file, not null
     * @param instrument  the instrument answered, not null
     * @return the response
     * @throws CcmFhirException listing every problem of the JSON or the mapping
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static AssessmentResponse read(Path file, Instrument instrument) {
        return FhirJson.readCollecting(file, QuestionnaireResponse.class).map(r -> toAssessment(r, instrument));
    }

    /**
     * Reads a QuestionnaireResponse from JSON text and maps it.
     *
     * @param json  the JSON, not null
     * @param instrument  the instrument answered, not null
     * @return the response
     * @throws CcmFhirException listing every problem of the JSON or the mapping
     */
    public static AssessmentResponse parse(String json, Instrument instrument) {
        return parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), instrument);
    }

    /**
     * Reads a QuestionnaireResponse from UTF-8 JSON bytes and maps it; the problems of the JSON (an
     * unknown element, {@code "three"} as an integer) and of the mapping come in one exception.
     *
     * @param json  the JSON, not null
     * @param instrument  the instrument answered, not null
     * @return the response
     * @throws CcmFhirException listing every problem of the JSON and the mapping
     */
    public static AssessmentResponse parse(byte[] json, Instrument instrument) {
        return FhirJson.parseCollecting(json, QuestionnaireResponse.class).map(r -> toAssessment(r, instrument));
    }

    /**
     * Maps a QuestionnaireResponse, its subject taken from the resource.
     *
     * @param response  the resource, not null
     * @param instrument  the instrument answered, not null
     * @return the response
     * @throws CcmFhirException listing every problem found
     */
    public static AssessmentResponse toAssessment(QuestionnaireResponse response, Instrument instrument) {
        return new Mapping(response, instrument, Optional.empty()).map();
    }

    /**
     * Maps a QuestionnaireResponse about a subject the caller knows, such as the practice team a
     * portal's patient is registered with when the resource's subject is the patient.
     *
     * @param response  the resource, not null
     * @param instrument  the instrument answered, not null
     * @param subject  whom the assessment is about, not null
     * @return the response
     * @throws CcmFhirException listing every problem found
     */
    public static AssessmentResponse toAssessment(QuestionnaireResponse response, Instrument instrument, SubjectId subject) {
        return new Mapping(response, instrument, Optional.of(subject)).map();
    }

    /**
     * Maps a QuestionnaireResponse to a form from elsewhere that asks an instrument's items under
     * linkIds of its own, finding each item by its standard code on the form: LHC-Forms' PHQ-9 asks
     * {@link org.ccmcoach.assessment.Instruments#phq9()}'s item {@code 44250-9} as {@code /44250-9},
     * HL7's SDC example as {@code H1/T1/Q1}, both coded LOINC 44250-9. A question coded as the
     * instrument's overall score (a form's calculated total) or as one of its unscored questions is
     * skipped. The response's {@code questionnaire}, if given, must name the form.
     *
     * @param response  the resource, not null
     * @param form  the Questionnaire the response answers, not null
     * @param instrument  the instrument the form asks, whose items carry codes, not null
     * @return the response
     * @throws CcmFhirException listing every problem found, the form's items not asked among them
     * @throws IllegalArgumentException if the instrument's items have no codes
     */
    public static AssessmentResponse toAssessment(QuestionnaireResponse response, Questionnaire form, Instrument instrument) {
        return new Mapping(response, instrument, Optional.empty(), Optional.of(form), CodedLinks.of(form, instrument)).map();
    }

    /**
     * Maps a QuestionnaireResponse to a form from elsewhere, as
     * {@link #toAssessment(QuestionnaireResponse, Questionnaire, Instrument)} does, about a subject the
     * caller knows (a response from a portal names no practice).
     *
     * @param response  the resource, not null
     * @param form  the Questionnaire the response answers, not null
     * @param instrument  the instrument the form asks, whose items carry codes, not null
     * @param subject  whom the assessment is about, not null
     * @return the response
     * @throws CcmFhirException listing every problem found
     * @throws IllegalArgumentException if the instrument's items have no codes
     */
    public static AssessmentResponse toAssessment(QuestionnaireResponse response, Questionnaire form, Instrument instrument,
                                                  SubjectId subject) {
        return new Mapping(response, instrument, Optional.of(subject), Optional.of(form), CodedLinks.of(form, instrument)).map();
    }

    /**
     * Reads a QuestionnaireResponse and the Questionnaire it answers from JSON files and maps them
     * as {@link #toAssessment(QuestionnaireResponse, Questionnaire, Instrument)} does.
     *
     * @param response  the response's file, not null
     * @param form  the Questionnaire's file, not null
     * @param instrument  the instrument the form asks, whose items carry codes, not null
     * @return the response
     * @throws CcmFhirException listing every problem of either JSON or the mapping
     * @throws java.io.UncheckedIOException if a file cannot be read
     */
    public static AssessmentResponse read(Path response, Path form, Instrument instrument) {
        Questionnaire questionnaire = FhirJson.readCollecting(form, Questionnaire.class).map(q -> q);
        return FhirJson.readCollecting(response, QuestionnaireResponse.class)
                .map(r -> toAssessment(r, questionnaire, instrument));
    }

    /** One mapping, collecting its problems. */
    private static final class Mapping {
        private static final String QR = "QuestionnaireResponse";

        private final QuestionnaireResponse response;
        private final Instrument instrument;
        private final Optional<SubjectId> subject;
        private final Optional<Questionnaire> form;
        private final CodedLinks links;
        private final Map<String, OptionalDouble> answers = new LinkedHashMap<>();
        private final List<Problem> problems = new ArrayList<>();

        Mapping(QuestionnaireResponse response, Instrument instrument, Optional<SubjectId> subject) {
            this(response, instrument, subject, Optional.empty(), CodedLinks.NONE);
        }

        Mapping(QuestionnaireResponse response, Instrument instrument, Optional<SubjectId> subject,
                Optional<Questionnaire> form, CodedLinks links) {
            this.response = response;
            this.instrument = instrument;
            this.subject = subject;
            this.form = form;
            this.links = links;
            problems.addAll(links.problems());
        }

        AssessmentResponse map() {
            AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(instrument.id());
            status();
            questionnaire();
            Optional<SubjectId> about = subject.isPresent() ? subject : reference(response.getSubject(), QR + ".subject",
                    true).map(SubjectId::of);
            about.ifPresent(b::subject);
            Reference source = response.hasSource() ? response.getSource() : response.getAuthor();
            String sourceAt = QR + (response.hasSource() ? ".source" : ".author");
            if (source != null && !source.isEmpty()) {
                reference(source, sourceAt, false).ifPresent(b::respondent);
                roleOf(source).ifPresent(b::role);
            }
            date().ifPresent(b::date);
            List<QuestionnaireResponseItemComponent> items = response.getItem();
            for (int i = 0; i < items.size(); i++) {
                item(items.get(i), QR + ".item[" + i + "]");
            }
            if (answers.isEmpty() && QuestionnaireReader.value(response.getQuestionnaireElement()).isEmpty()) {
                problems.add(FhirProblems.of(QR + ".questionnaire", "must name the questionnaire answered, such as"
                        + " .../Questionnaire/" + instrument.id() + ", when no item of " + instrument.id()
                        + " is answered: nothing else shows the answers are " + instrument.id() + "'s"));
            }
            for (Item item : instrument.items()) {
                answers.putIfAbsent(item.id(), OptionalDouble.empty());
            }
            b.answers(answers);
            if (!problems.isEmpty()) {
                throw new CcmFhirException(what(), problems);
            }
            try {
                return b.build();
            } catch (CcmValidationException e) {
                for (Problem v : e.problems()) {
                    problems.add(FhirProblems.of(locate(v), v.rule(), v.value().map(String::valueOf)));
                }
                throw new CcmFhirException(what(), problems);
            }
        }

        private String what() {
            return QR + (response.getIdElement().hasIdPart() ? " \"" + response.getIdElement().getIdPart() + "\"" : "");
        }

        private String locate(Problem v) {
            String property = v.atProperty().path().toString();
            if (property.startsWith("respondent")) {
                return QR + (response.hasSource() ? ".source" : ".author");
            }
            return switch (property) {
                case "subject" -> QR + ".subject";
                case "date" -> QR + ".authored";
                case "role" -> QR + ".source";
                default -> QR + " (as " + v.atProperty().type() + "." + property + ")";
            };
        }

        private void status() {
            QuestionnaireResponseStatus status = response.getStatus();
            if (status != QuestionnaireResponseStatus.COMPLETED && status != QuestionnaireResponseStatus.AMENDED) {
                problems.add(status == null
                        ? FhirProblems.of(QR + ".status", "must be given, completed or amended")
                        : FhirProblems.of(QR + ".status", "must be completed or amended: ccm scores finished responses"
                                + " only", status.toCode()));
            }
        }

        /** The questionnaire answered must be the instrument's: its URL's last segment the id, and the same version if one is given. */
        private void questionnaire() {
            String at = QR + ".questionnaire";
            if (QuestionnaireReader.value(response.getQuestionnaireElement()).isEmpty()) {
                return; // the caller names the instrument; linkIds that are not its items are refused one by one
            }
            String canonical = response.getQuestionnaire();
            String url = canonical.contains("|") ? canonical.substring(0, canonical.indexOf('|')) : canonical;
            String version = canonical.contains("|") ? canonical.substring(canonical.indexOf('|') + 1) : null;
            String last = url.replaceAll("/+$", "");
            last = last.substring(last.lastIndexOf('/') + 1);
            if (form.isPresent()) {
                Questionnaire q = form.get();
                boolean named = q.hasUrl() ? url.equals(q.getUrl())
                        : q.getIdElement().hasIdPart() && last.equals(q.getIdElement().getIdPart());
                if (!named) {
                    problems.add(FhirProblems.of(at, "must name the Questionnaire given ("
                            + (q.hasUrl() ? q.getUrl() : "id " + q.getIdElement().getIdPart()) + ")", canonical));
                }
                return;
            }
            if (!last.equals(instrument.id().toString())) {
                problems.add(FhirProblems.of(at, "must be the questionnaire of " + instrument.id()
                        + " (a canonical URL ending in /" + instrument.id() + ")", canonical));
            } else if (version != null && !version.equals(instrument.version())) {
                problems.add(FhirProblems.of(at, "must be version " + instrument.version() + " of " + instrument.id(),
                        canonical));
            }
        }

        /** The id a reference names: its literal reference's id part, else its identifier's value. */
        private Optional<String> reference(Reference reference, String at, boolean required) {
            String id = null;
            String where = at;
            if (reference != null && reference.getReferenceElement_().getValue() != null) {
                id = reference.getReferenceElement().getIdPart();
                where = at + ".reference";
            } else if (reference != null && reference.hasIdentifier() && reference.getIdentifier().getValueElement().getValue() != null) {
                id = reference.getIdentifier().getValue();
                where = at + ".identifier.value";
            }
            if (id == null) {
                if (required) {
                    problems.add(FhirProblems.of(at, "must give whom the assessment is about, as a reference or an identifier"
                            + " (or pass the subject to toAssessment)"));
                }
                return Optional.empty();
            }
            if (!Identifier.isValid(id)) {
                problems.add(FhirProblems.of(where, "must name an id ccm can keep: " + Identifier.FORMAT_RULE, id));
                return Optional.empty();
            }
            return Optional.of(id);
        }

        private static Optional<String> roleOf(Reference reference) {
            String type = reference.getReferenceElement_().getValue() != null ? reference.getReferenceElement().getResourceType()
                    : reference.hasType() ? reference.getType() : null;
            if (type == null || !type.matches("[A-Z][A-Za-z]{0,59}")) {
                return Optional.empty();
            }
            return Optional.of(type.equals("RelatedPerson") ? "related-person"
                    : type.equals("PractitionerRole") ? "practitioner" : type.toLowerCase(Locale.ROOT));
        }

        private Optional<LocalDate> date() {
            String at = QR + ".authored";
            String text = response.getAuthoredElement().getValueAsString();
            if (response.getAuthoredElement().getValue() == null || text == null) { // absent, or only an extension
                problems.add(FhirProblems.of(at, "must be given: ccm dates a response by when it was authored"));
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(text.substring(0, Math.min(10, text.length()))));
            } catch (DateTimeParseException e) {
                problems.add(FhirProblems.of(at, "must give at least the day, such as 2026-03-14", text));
                return Optional.empty();
            }
        }

        private void item(QuestionnaireResponseItemComponent item, String at) {
            String linkId = item.getLinkIdElement().getValue();
            if (linkId == null || linkId.isEmpty()) {
                problems.add(FhirProblems.of(at + ".linkId", "must be given: it names the item answered"));
                return;
            }
            String id = links.items().getOrDefault(linkId, linkId);
            if (links.unscored().contains(linkId) || instrument.unscoredQuestions().contains(id)) {
                return; // asked, not scored: the difficulty question, a calculated total
            }
            boolean question = instrument.item(id).isPresent();
            if (!question) {
                if (item.hasItem() && !item.hasAnswer()) {
                    walk(item, at); // a group, a subscale's or another layout's: its questions are checked one by one
                    return;
                }
                problems.add(FhirProblems.of(at + ".linkId", "must be an item of " + instrument.id()
                        + " (its items are " + range() + ")", linkId));
                return;
            }
            if (answers.containsKey(id)) {
                problems.add(FhirProblems.of(at + ".linkId", "must not repeat: item " + id + " is answered once", linkId));
                return;
            }
            if (item.hasItem()) {
                problems.add(FhirProblems.of(at + ".item", "must be empty: item " + id + " is a question, not a group"));
            }
            List<QuestionnaireResponseItemAnswerComponent> given = item.getAnswer();
            if (given.isEmpty()) {
                answers.put(id, OptionalDouble.empty());
                return;
            }
            if (given.size() > 1) {
                problems.add(FhirProblems.of(at + ".answer", "must hold one answer: item " + id + " does not repeat",
                        given.size() + " answers"));
            }
            for (int a = 0; a < given.size(); a++) {
                if (given.get(a).hasItem()) {
                    problems.add(FhirProblems.of(at + ".answer[" + a + "].item", "must be empty: item " + id
                            + " has no follow-up questions"));
                }
            }
            value(given.get(0).getValue(), at + ".answer[0]", id).ifPresent(v -> answers.put(id, OptionalDouble.of(v)));
            answers.putIfAbsent(id, OptionalDouble.empty());
        }

        private void walk(QuestionnaireResponseItemComponent group, String at) {
            List<QuestionnaireResponseItemComponent> children = group.getItem();
            for (int i = 0; i < children.size(); i++) {
                item(children.get(i), at + ".item[" + i + "]");
            }
        }

        private String range() {
            List<Item> all = instrument.items();
            return all.size() <= 6 ? String.join(", ", all.stream().map(Item::id).toList())
                    : all.get(0).id() + ", " + all.get(1).id() + " … " + all.get(all.size() - 1).id();
        }

        /**
         * An answer's score: a number on the scale, or a code scored as the instrument scores it.
         * Empty when the answer has no value (a value given only as an extension, such as a
         * data-absent-reason, or a code that records no answer) or when it breaks a rule, which is
         * then recorded.
         */
        private Optional<Double> value(Type value, String at, String linkId) {
            ResponseScale scale = instrument.scale();
            String expected = !scale.codes().isEmpty() ? "one of its codes (valueCoding): " + codes()
                    : scale.integer() ? "a whole number (valueInteger) from " + Decimals.show(scale.min()) + " to " + Decimals.show(scale.max())
                    : "a number (valueDecimal or valueInteger) from " + Decimals.show(scale.min()) + " to " + Decimals.show(scale.max());
            double v;
            if (value == null) {
                problems.add(FhirProblems.of(at, "must have a value: item " + linkId + " is answered with " + expected));
                return Optional.empty();
            } else if (value instanceof PrimitiveType<?> p && p.getValue() == null && p.getValueAsString() == null) {
                return Optional.empty(); // R4 lets a value carry only an extension (why it is absent): no answer
            } else if (value instanceof Coding coding) {
                return coded(coding, at, linkId);
            } else if (!scale.codes().isEmpty() && value instanceof PrimitiveType<?> p && p.getValue() != null) {
                problems.add(FhirProblems.of(at, "item " + linkId + " must be answered with " + expected + ", not value"
                        + Character.toUpperCase(value.fhirType().charAt(0)) + value.fhirType().substring(1), p.getValueAsString()));
                return Optional.empty();
            } else if (value instanceof IntegerType i && i.getValue() != null) {
                v = i.getValue();
            } else if (value instanceof DecimalType d && d.getValue() != null && !scale.integer()) {
                if (d.getValue().stripTrailingZeros().precision() > 15) {
                    problems.add(FhirProblems.of(at, "item " + linkId + " must be a number of at most 15 significant digits,"
                            + " which ccm holds exactly; round it", d.getValue().toPlainString()));
                    return Optional.empty();
                }
                v = d.getValue().doubleValue();
            } else if (value instanceof PrimitiveType<?> p && p.getValue() == null && p.getValueAsString() != null) {
                // text HAPI could not read as its type: the same problem FhirJson reports, so it is listed once
                problems.add(FhirProblems.of(at + ".value", "must be a valid FHIR " + p.fhirType(), p.getValueAsString()));
                return Optional.empty();
            } else {
                String shown = value instanceof PrimitiveType<?> p ? p.getValueAsString() : value.fhirType();
                problems.add(FhirProblems.of(at, "item " + linkId + " must be answered with " + expected + ", not value"
                        + Character.toUpperCase(value.fhirType().charAt(0)) + value.fhirType().substring(1), String.valueOf(shown)));
                return Optional.empty();
            }
            if (!scale.contains(v)) {
                problems.add(FhirProblems.of(at, "item " + linkId + " must be " + expected, Decimals.show(v)));
                return Optional.empty();
            }
            return Optional.of(v);
        }

        /**
         * A coded answer scored from its code, as the instrument's form scores it. A weight the
         * answer carries (ordinalValue, itemWeight) must agree: a form whose answers carry other
         * weights than its Questionnaire is not scored by either.
         */
        private Optional<Double> coded(Coding coding, String at, String linkId) {
            ResponseScale scale = instrument.scale();
            String system = coding.getSystemElement().getValue();
            String code = coding.getCodeElement().getValue();
            String shown = (system == null ? "" : system + "|") + code;
            if (scale.codes().isEmpty()) {
                problems.add(FhirProblems.of(at, "item " + linkId + " must be answered with a number: " + instrument.id()
                        + " has no coded answers (read its Questionnaire with InstrumentQuestionnaires.toInstrument to score"
                        + " a form's codes)", shown));
                return Optional.empty();
            }
            Optional<AnswerCode> known = code == null ? Optional.empty() : scale.code(system, code);
            if (known.isEmpty()) {
                problems.add(FhirProblems.of(at + ".value", "item " + linkId + " must be answered with one of "
                        + instrument.id() + "'s codes: " + codes(), shown));
                return Optional.empty();
            }
            Optional<java.math.BigDecimal> carried;
            try {
                carried = AnswerWeights.weight(coding);
            } catch (IllegalArgumentException e) {
                problems.add(FhirProblems.of(at + ".value", "item " + linkId + ": the answer " + e.getMessage(), shown));
                return Optional.empty();
            }
            OptionalDouble score = known.get().score();
            if (carried.isPresent() && (score.isEmpty()
                    || java.math.BigDecimal.valueOf(score.getAsDouble()).compareTo(carried.get()) != 0)) {
                problems.add(FhirProblems.of(at + ".value", "item " + linkId + ": the answer carries weight "
                        + carried.get().toPlainString() + ", but " + instrument.id() + " scores " + code + " ("
                        + known.get().display().orElse(code) + ") as " + (score.isPresent() ? Decimals.show(score.getAsDouble())
                        : "no answer") + ": ccm scores the code chosen; correct or remove the weight",
                        carried.get().toPlainString()));
                return Optional.empty();
            }
            return score.isPresent() ? Optional.of(score.getAsDouble()) : Optional.empty();
        }

        /** The instrument's codes, for messages: at most six, then how many more. */
        private String codes() {
            List<AnswerCode> all = instrument.scale().codes();
            String shown = String.join(", ", all.stream().limit(6).map(AnswerCode::toString).toList());
            return all.size() > 6 ? shown + " and " + (all.size() - 6) + " more" : shown;
        }
    }
}
