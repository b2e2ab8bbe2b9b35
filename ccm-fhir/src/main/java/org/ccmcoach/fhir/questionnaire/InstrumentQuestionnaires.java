package org.ccmcoach.fhir.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.LevelBand;
import org.ccmcoach.assessment.MissingDataPolicy;
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
    /** FHIR R4's extension giving a coded answer its score (on Coding and on answerOption). */
    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
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
        instrument.levels().forEach(l -> q.addExtension(level(l)));
        q.addExtension(policy(instrument.defaultPolicy()));
        Map<String, List<String>> subscalesOf = new LinkedHashMap<>();
        instrument.subscales().forEach(s -> s.items().forEach(i -> subscalesOf.computeIfAbsent(i, k -> new ArrayList<>()).add(s.id())));
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
        if (item.reverseCoded()) {
            question.addExtension(Canonicals.REVERSE_CODED, new BooleanType(true));
        }
        subscales.subList(1, subscales.size()).forEach(s -> question.addExtension(Canonicals.ALSO_IN_SUBSCALE, new CodeType(s)));
        if (scale.integer() && scale.max() - scale.min() < MAX_OPTIONS) {
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
        policy.maxMissingBySubscale().forEach((s, n) -> {
            Extension by = new Extension("maxMissingBySubscale");
            by.addExtension("subscale", new CodeType(s));
            by.addExtension("maxMissing", new IntegerType(n));
            e.addExtension(by);
        });
        return e;
    }

    /**
     * The instrument a Questionnaire describes, when it fits ccm's instrument model: questions
     * grouped in subscales, all answered on one numeric scale. Every part that does not fit is
     * reported, each at its FHIRPath with the item's linkId, in one exception.
     *
     * <p>A {@code choice} question fits when every answer option is a Coding that carries its score in
     * FHIR's {@code ordinalValue} extension: the scale runs from the lowest score to the highest, in
     * whole points when all are whole, each option's display its label.
     *
     * <p>The instrument's id is the last segment of the canonical URL (else the resource id), its
     * version the Questionnaire's, its citation the description (else the copyright); the scale
     * comes from the first question's type, {@code minValue} and {@code maxValue} (or its integer
     * answer options). A subscale lists first the items it also counts that were asked in earlier
     * groups, then its own. Without ccm's scoring extensions the instrument takes ccm's defaults: subscale
     * and overall means, no level bands, complete answers only.
     *
     * @param questionnaire  the Questionnaire, not null
     * @return the instrument, not registered
     * @throws org.ccmcoach.fhir.CcmFhirException listing every part that does not fit
     */
    public static Instrument toInstrument(Questionnaire questionnaire) {
        return new QuestionnaireReader(questionnaire).instrument();
    }

    /** The score a coded answer carries in the ordinalValue extension, if it carries one. */
    static Optional<BigDecimal> ordinal(org.hl7.fhir.r4.model.Element coded) {
        Extension e = coded.getExtensionByUrl(ORDINAL_VALUE);
        if (e != null && e.getValue() instanceof DecimalType d && d.getValue() != null) {
            return Optional.of(d.getValue());
        }
        if (e != null && e.getValue() instanceof IntegerType i && i.getValue() != null) {
            return Optional.of(BigDecimal.valueOf(i.getValue()));
        }
        return Optional.empty();
    }

    /** The CCM element a group's code names, if it names one. */
    static Optional<CcmElement> element(QuestionnaireItemComponent group) {
        return group.getCode().stream().filter(c -> Canonicals.CCM_ELEMENTS.equals(c.getSystem())).findFirst()
                .flatMap(c -> java.util.Arrays.stream(CcmElement.values()).filter(e -> e.name().equals(c.getCode())).findFirst());
    }
}
