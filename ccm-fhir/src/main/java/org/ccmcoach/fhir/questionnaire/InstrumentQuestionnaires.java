package org.ccmcoach.fhir.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmcoach.assessment.AnswerCode;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.LevelBand;
import org.ccmcoach.assessment.MissingDataPolicy;
import org.ccmcoach.assessment.OverallRule;
import org.ccmcoach.assessment.ResponseScale;
import org.ccmcoach.assessment.ScaleAnchor;
import org.ccmcoach.assessment.Subscale;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.fhir.Canonicals;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * An instrument as a FHIR R4 {@code Questionnaire}, and back.
 *
 * <p>The form: one {@code group} item per subscale (linkId the subscale's id, text its title, code
 * its CCM element), holding the questions first listed in it (a subscale whose items were all asked
 * in earlier groups holds a display item saying so, as R4 wants a group to hold an item); each question's linkId is the item's
 * id and its text the item's short title, or "Item 7" where none is published, since item wording
 * is the authors' copyright. Answers are constrained as FHIR and SDC define it: questions of a
 * whole-point scale are {@code integer} items with one {@code answerOption} per point (up to
 * {@value #MAX_OPTIONS} points), others {@code decimal}; both carry the standard
 * {@code minValue} and {@code maxValue} extensions. A question is {@code required} when the
 * instrument's default missing-data policy lets no answer be missing in a subscale it counts in.
 * The canonical URL is {@code <base>/Questionnaire/<instrument id>}, the version the instrument's.
 *
 * <p>What a Questionnaire has no element for travels in ccm's extensions ({@link Canonicals}):
 * reverse-coding, the other subscales of an item counted in more than one, labelled scale points,
 * the subscale and overall rules, the level bands and the default missing-data policy; so an
 * instrument written and read back is the same instrument, but for the other named policies it
 * offers (not carried: a Questionnaire describes one form, scored one way by default).
 *
 * <pre>{@code
 * Questionnaire q = InstrumentQuestionnaires.toQuestionnaire(Instruments.pacic20());
 * Instrument back = InstrumentQuestionnaires.toInstrument(q);
 * }</pre>
 */
public final class InstrumentQuestionnaires {

    /** The most points of a whole-point scale offered as answer options; a wider scale is a bounded integer. */
    public static final int MAX_OPTIONS = 21;

    static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";
    static final String LEVEL = Canonicals.BASE + "/StructureDefinition/level-band";
    static final String POLICY = Canonicals.BASE + "/StructureDefinition/missing-data-policy";

    private InstrumentQuestionnaires() {
    }

    /**
     * An instrument as a Questionnaire under ccm's canonical base, {@value Canonicals#BASE}.
     *
     * @param instrument  the instrument, not null
     * @return a new Questionnaire
     */
    public static Questionnaire toQuestionnaire(Instrument instrument) {
        return toQuestionnaire(instrument, Canonicals.BASE);
    }

    /**
     * An instrument as a Questionnaire under an application's own canonical base.
     *
     * @param instrument  the instrument, not null
     * @param base  the canonical base, an absolute http(s) URL such as {@code https://example.org/fhir}
     * @return a new Questionnaire
     * @throws IllegalArgumentException if the base is not an absolute http(s) URL without a trailing slash
     */
    public static Questionnaire toQuestionnaire(Instrument instrument, String base) {
        if (!base.matches("https?://[^\\s/?#]+(/[^\\s?#]*[^\\s?#/])?")) {
            throw new IllegalArgumentException("base: must be an absolute http(s) URL without a trailing slash,"
                    + " such as https://example.org/fhir (was \"" + base + "\")");
        }
        Questionnaire q = new Questionnaire();
        q.setId(resourceId(instrument.id().toString()));
        q.setUrl(Canonicals.questionnaire(base, instrument.id()));
        q.setVersion(instrument.version());
        q.setName(computableName(instrument.id().toString()));
        q.setTitle(instrument.title());
        q.setStatus(PublicationStatus.ACTIVE);
        q.setDescription(instrument.citation());
        q.addExtension(Canonicals.SUBSCALE_RULE, new CodeType(Canonicals.code(instrument.subscaleRule())));
        q.addExtension(Canonicals.OVERALL_RULE, new CodeType(Canonicals.code(instrument.overallRule())));
        instrument.code().ifPresent(c -> q.addCode(coding(c)));
        instrument.overallCode().ifPresent(c -> q.addExtension(Canonicals.OVERALL_CODE, coding(c)));
        instrument.unscoredQuestions().forEach(u -> q.addExtension(Canonicals.UNSCORED_QUESTION, new StringType(u)));
        q.addExtension(Canonicals.BETTER, new CodeType(instrument.better().name().toLowerCase(java.util.Locale.ROOT)));
        instrument.levels().forEach(l -> q.addExtension(level(l)));
        q.addExtension(policy(instrument.defaultPolicy()));
        Map<String, List<String>> subscalesOf = new LinkedHashMap<>();
        instrument.subscales().forEach(s -> s.items().forEach(i -> subscalesOf.computeIfAbsent(i, k -> new ArrayList<>()).add(s.id())));
        if (instrument.subscales().isEmpty()) { // scored only as a whole: its questions at the top level
            instrument.items().forEach(item -> q.addItem(question(instrument, item, List.of())));
        }
        for (Subscale subscale : instrument.subscales()) {
            QuestionnaireItemComponent group = q.addItem().setLinkId(subscale.id()).setText(subscale.title())
                    .setType(QuestionnaireItemType.GROUP);
            subscale.element().ifPresent(e -> group.addCode(new Coding(Canonicals.CCM_ELEMENTS, e.name(), e.displayName())));
            for (String itemId : subscale.items()) {
                List<String> in = subscalesOf.get(itemId);
                if (in.get(0).equals(subscale.id())) {
                    group.addItem(question(instrument, instrument.item(itemId).orElseThrow(), in));
                }
            }
            if (!group.hasItem()) { // every item asked in an earlier group; R4 (que-1) wants a group to hold an item
                group.addItem().setLinkId(subscale.id() + "-note").setType(QuestionnaireItemType.DISPLAY)
                        .setText("Scored from items " + String.join(", ", subscale.items()) + ", asked above.");
            }
        }
        return q;
    }

    private static QuestionnaireItemComponent question(Instrument instrument, Item item, List<String> subscales) {
        ResponseScale scale = instrument.scale();
        QuestionnaireItemComponent question = new QuestionnaireItemComponent().setLinkId(item.id())
                .setText(item.title().orElse("Item " + item.id()))
                .setType(scale.integer() ? QuestionnaireItemType.INTEGER : QuestionnaireItemType.DECIMAL)
                .setRequired(required(instrument, subscales));
        question.addExtension(MIN_VALUE, number(scale, scale.min()));
        question.addExtension(MAX_VALUE, number(scale, scale.max()));
        item.code().ifPresent(c -> question.addCode(coding(c)));
        if (item.reverseCoded()) {
            question.addExtension(Canonicals.REVERSE_CODED, new BooleanType(true));
        }
        subscales.stream().skip(1).forEach(s -> question.addExtension(Canonicals.ALSO_IN_SUBSCALE, new CodeType(s)));
        if (!scale.codes().isEmpty()) { // a coded form: a choice of its codes, each with its weight
            question.setType(QuestionnaireItemType.CHOICE);
            question.getExtension().removeIf(e -> MIN_VALUE.equals(e.getUrl()) || MAX_VALUE.equals(e.getUrl()));
            for (AnswerCode code : scale.codes()) {
                Coding coding = new Coding(code.system().orElse(null), code.code(), code.display().orElse(null));
                Questionnaire.QuestionnaireItemAnswerOptionComponent option = question.addAnswerOption().setValue(coding);
                code.score().ifPresent(w -> option.addExtension(AnswerWeights.ORDINAL_VALUE,
                        new DecimalType(BigDecimal.valueOf(w).stripTrailingZeros())));
            }
        } else if (scale.integer() && scale.max() - scale.min() < MAX_OPTIONS) {
            for (int point = (int) scale.min(); point <= (int) scale.max(); point++) {
                Questionnaire.QuestionnaireItemAnswerOptionComponent option = question.addAnswerOption()
                        .setValue(new IntegerType(point));
                int p = point;
                scale.anchors().stream().filter(a -> a.value() == p).findFirst()
                        .ifPresent(a -> option.addExtension(Canonicals.ANCHOR_LABEL, new StringType(a.label())));
            }
        } else {
            scale.anchors().forEach(a -> question.addExtension(anchor(a)));
        }
        return question;
    }

    /** Required when the default policy lets no answer be missing overall or in a subscale the item counts in. */
    private static boolean required(Instrument instrument, List<String> subscales) {
        MissingDataPolicy policy = instrument.defaultPolicy();
        if (policy.maxMissingOverall().orElse(-1) == 0) {
            return true;
        }
        return subscales.stream().anyMatch(s -> Optional.ofNullable(policy.maxMissingBySubscale().get(s))
                .orElse(policy.maxMissing().orElse(-1)) == 0);
    }

    /**
     * A FHIR resource id for an instrument id: FHIR ids allow letters, digits, '-' and '.' only
     * (ccm's also '_' and ':'), so any other character becomes '-'.
     */
    static String resourceId(String id) {
        return id.replaceAll("[^A-Za-z0-9.-]", "-");
    }

    /** que-0: a name usable as an identifier, such as {@code Pacic20} for {@code pacic-20}. */
    static String computableName(String id) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (out.length() == 0 || !Character.isLetter(out.charAt(0))) {
            out.insert(0, "Instrument");
        }
        return out.toString();
    }

    private static Type number(ResponseScale scale, double value) {
        return scale.integer() ? new IntegerType((int) value) : new DecimalType(BigDecimal.valueOf(value).stripTrailingZeros());
    }

    private static Extension level(LevelBand band) {
        Extension e = new Extension(LEVEL);
        e.addExtension("label", new StringType(band.label()));
        e.addExtension("min", new DecimalType(BigDecimal.valueOf(band.min()).stripTrailingZeros()));
        e.addExtension("max", new DecimalType(BigDecimal.valueOf(band.max()).stripTrailingZeros()));
        band.description().ifPresent(d -> e.addExtension("description", new StringType(d)));
        return e;
    }

    private static Extension anchor(ScaleAnchor anchor) {
        Extension e = new Extension(Canonicals.SCALE_POINT);
        e.addExtension("value", new DecimalType(BigDecimal.valueOf(anchor.value()).stripTrailingZeros()));
        e.addExtension("label", new StringType(anchor.label()));
        return e;
    }

    private static Extension policy(MissingDataPolicy policy) {
        Extension e = new Extension(POLICY);
        e.addExtension("name", new StringType(policy.name()));
        policy.description().ifPresent(d -> e.addExtension("description", new StringType(d)));
        policy.maxMissing().ifPresent(n -> e.addExtension("maxMissing", new IntegerType(n)));
        policy.maxMissingOverall().ifPresent(n -> e.addExtension("maxMissingOverall", new IntegerType(n)));
        if (policy.prorated()) {
            e.addExtension("prorated", new org.hl7.fhir.r4.model.BooleanType(true));
        }
        policy.maxMissingBySubscale().forEach((s, n) -> {
            Extension by = new Extension("maxMissingBySubscale");
            by.addExtension("subscale", new CodeType(s));
            by.addExtension("maxMissing", new IntegerType(n));
            e.addExtension(by);
        });
        return e;
    }

    /**
     * The instrument a Questionnaire describes, scored as the Questionnaire states. Every part that
     * does not fit is reported, each at its FHIRPath with the question's linkId, in one exception.
     *
     * <p><b>Questions.</b> Each {@code integer}, {@code decimal} or scored {@code choice} question
     * is an item, its linkId the item id as it is (any R4 linkId but one with a control character:
     * {@code 17}, {@code /44250-9}, {@code H1/T1/Q1}). A group whose linkId is a subscale id (a
     * lower-case key such as {@code goal-setting}, as ccm writes them) is a subscale; any other
     * group only lays the form out. Questions that count in no score (text, a date, a calculated
     * total, a choice whose options carry no score such as the PHQ-9's "how difficult" question)
     * are the instrument's {@link Instrument#unscoredQuestions()}: a response's answers to them are
     * skipped.
     *
     * <p><b>Coded answers.</b> A {@code choice} question's options are Codings, from its
     * {@code answerOption}s or its {@code answerValueSet} (contained, or given to
     * {@link #toInstrument(Questionnaire, OverallRule, List)}); each option's score is its weight,
     * FHIR R4's {@code ordinalValue} or SDC's {@code itemWeight} (on the option, its Coding, the value
     * set's concept or the CodeSystem's concept property). The codes become the scale's
     * {@link ResponseScale#codes()}, so a response is scored from the code chosen; an option without
     * a weight (such as {@code asked-declined}) is a code that records no answer. The scale runs from
     * the lowest weight to the highest, in whole points when all are whole.
     *
     * <p><b>Scoring rule.</b> Read where the Questionnaire states it: ccm's own extensions, else an
     * SDC {@code calculatedExpression} that sums the answers' weights (SDC's and LHC-Forms' PHQ-9
     * write it so), which makes the total the sum of the items it sums. A Questionnaire that states
     * no rule is refused, naming the call that gives one: ccm never guesses a mean where the form is
     * a sum. The subscale rule is ccm's extension, else the sum when the total is a sum and the mean
     * otherwise. The default missing-data policy is ccm's extension, else complete answers only (a
     * sum over fewer items is not the form's total).
     *
     * <p><b>Identity.</b> The id is the last segment of the canonical URL, else the resource id,
     * else the form's first code (LHC-Forms' PHQ-9 has only its LOINC code, 44249-1); the version
     * the Questionnaire's, or {@code unversioned} (our choice: forms from elsewhere often have none);
     * the citation the description, else the copyright, the publisher, or the title.
     *
     * @param questionnaire  the Questionnaire, not null
     * @return the instrument, not registered
     * @throws org.ccmcoach.fhir.CcmFhirException listing every part that does not fit
     */
    public static Instrument toInstrument(Questionnaire questionnaire) {
        return new QuestionnaireReader(questionnaire, Optional.empty(), List.of()).instrument();
    }

    /**
     * The instrument a Questionnaire describes, scored by the rule the caller gives, for a form
     * that states none or one ccm does not read, such as the PHQ-9's total.
     *
     * @param questionnaire  the Questionnaire, not null
     * @param rule  how the overall score is made, such as {@link OverallRule#SUM_OF_ITEMS}, not null
     * @return the instrument, not registered
     * @throws org.ccmcoach.fhir.CcmFhirException listing every part that does not fit
     */
    public static Instrument toInstrument(Questionnaire questionnaire, OverallRule rule) {
        return new QuestionnaireReader(questionnaire, Optional.of(rule), List.of()).instrument();
    }

    /**
     * The instrument a Questionnaire describes, its scoring rule read from the form, with the value
     * sets and code systems its {@code answerValueSet}s name (SDC's PHQ-9 keeps the weights in a
     * CodeSystem's {@code itemWeight} property).
     *
     * @param questionnaire  the Questionnaire, not null
     * @param terminology  ValueSets and CodeSystems, found by their canonical URL, not null
     * @return the instrument, not registered
     * @throws org.ccmcoach.fhir.CcmFhirException listing every part that does not fit
     */
    public static Instrument toInstrument(Questionnaire questionnaire, List<? extends MetadataResource> terminology) {
        return new QuestionnaireReader(questionnaire, Optional.empty(), terminology).instrument();
    }

    /**
     * The instrument a Questionnaire describes, scored by the rule the caller gives, with the value
     * sets and code systems its {@code answerValueSet}s name.
     *
     * @param questionnaire  the Questionnaire, not null
     * @param rule  how the overall score is made, not null
     * @param terminology  ValueSets and CodeSystems, found by their canonical URL, not null
     * @return the instrument, not registered
     * @throws org.ccmcoach.fhir.CcmFhirException listing every part that does not fit
     */
    public static Instrument toInstrument(Questionnaire questionnaire, OverallRule rule,
                                          List<? extends MetadataResource> terminology) {
        return new QuestionnaireReader(questionnaire, Optional.of(rule), terminology).instrument();
    }

    private static Coding coding(org.ccmcoach.assessment.StandardCode code) {
        return new Coding(code.system(), code.code(), code.display().orElse(null));
    }

    /** The CCM element a group's code names, if it names one. */
    static Optional<CcmElement> element(QuestionnaireItemComponent group) {
        return group.getCode().stream().filter(c -> Canonicals.CCM_ELEMENTS.equals(c.getSystem())).findFirst()
                .flatMap(c -> java.util.Arrays.stream(CcmElement.values()).filter(e -> e.name().equals(c.getCode())).findFirst());
    }
}
