package org.ccmcoach.fhir;

import org.ccmcoach.assessment.InstrumentId;

/**
 * The canonical URLs ccm-fhir writes: its questionnaires, code systems and extensions.
 *
 * <p>Our choice: everything ccm defines lives under {@value #BASE}, the project's own namespace
 * (its Maven group is {@code org.ccmcoach}). FHIR asks a canonical URL to be globally unique and,
 * where it can be, the address the resource is published at; ccm publishes none there, so these
 * URLs are stable names that do not resolve. An application that publishes its own questionnaires passes its own base to
 * {@link org.ccmcoach.fhir.questionnaire.InstrumentQuestionnaires#toQuestionnaire(org.ccmcoach.assessment.Instrument, String)}.
 * Standard FHIR and HL7 terminology is used wherever it exists (observation categories, UCUM,
 * data-absent reasons, the {@code minValue} and {@code maxValue} extensions).
 */
public final class Canonicals {

    /** The base of every canonical URL ccm defines. */
    public static final String BASE = "http://ccmcoach.org/fhir";

    /** Extension on a question: {@code true} when the item is reverse-coded. */
    public static final String REVERSE_CODED = BASE + "/StructureDefinition/reverse-coded";

    /** Extension on a Questionnaire: how a subscale's items make its score ({@code mean}, {@code sum}). */
    public static final String SUBSCALE_RULE = BASE + "/StructureDefinition/subscale-rule";

    /**
     * Extension on a Questionnaire ({@code valueCoding}): the overall score's standard code, such as
     * LOINC 44261-6 for the PHQ-9 total, which an Observation of the score carries.
     */
    public static final String OVERALL_CODE = BASE + "/StructureDefinition/overall-code";

    /**
     * Extension on a Questionnaire ({@code valueString}), once per question the instrument knows of
     * and does not score (the PHQ-9's "how difficult", a form's own total), which ccm's form does not ask.
     */
    public static final String UNSCORED_QUESTION = BASE + "/StructureDefinition/unscored-question";

    /** Extension on a Questionnaire ({@code code}, {@code higher} or {@code lower}): which way its scores improve. */
    public static final String BETTER = BASE + "/StructureDefinition/better";

    /** Extension on a Questionnaire: how the overall score is made. */
    public static final String OVERALL_RULE = BASE + "/StructureDefinition/overall-rule";

    /** Extension on an answer option ({@code valueString}): the label of that point of the scale, such as "always". */
    public static final String ANCHOR_LABEL = BASE + "/StructureDefinition/anchor-label";

    /**
     * Extension on a question without answer options (a decimal or wide scale): a labelled point,
     * complex, with {@code value} (valueDecimal) and {@code label} (valueString).
     */
    public static final String SCALE_POINT = BASE + "/StructureDefinition/scale-point";

    /** Extension on a question: the other subscales an item counts in, beyond the group it is asked in. */
    public static final String ALSO_IN_SUBSCALE = BASE + "/StructureDefinition/also-in-subscale";

    /** Code system of the instruments' scores: the code is the instrument's id, such as {@code pacic-20}. */
    public static final String INSTRUMENT_SCORES = BASE + "/CodeSystem/instrument-score";

    /** Code system of the six elements of the Chronic Care Model, coded as ccm's {@code CcmElement} names. */
    public static final String CCM_ELEMENTS = BASE + "/CodeSystem/ccm-element";

    /** Code system of missing-data policies: the code is the policy's name, such as {@code available-items}. */
    public static final String MISSING_DATA_POLICIES = BASE + "/CodeSystem/missing-data-policy";

    /**
     * Code system of what a chart's Observations hold: {@code chart} (the chart's Observation), and
     * the components ccm writes: on a point {@code centre-line}, the data the point was made from
     * ({@code observed-proportion}, {@code observed-rate}, {@code observed-count},
     * {@code observed-value}), {@code excluded} and {@code astronomical}; on the chart
     * {@code rule-set}, {@code screened-moving-ranges}, {@code baseline-points}, {@code direction}
     * and {@code part}.
     */
    public static final String CHART_LINES = BASE + "/CodeSystem/chart-line";

    /** Code system of a chart part's verdict: {@code signal}, {@code no-signal}, {@code too-few-points}. */
    public static final String CHART_VERDICTS = BASE + "/CodeSystem/chart-verdict";

    /** Code system of the rules a chart's signal fired, coded as ccm's {@code Rule} names. */
    public static final String CHART_RULES = BASE + "/CodeSystem/chart-rule";

    /** Code system of the PDSA measures: the code is the measure's id. */
    public static final String MEASURES = BASE + "/CodeSystem/measure";

    /**
     * Code system of a charted series that names no measure: the code is the series' name in lower
     * case, hyphenated ({@code No-show rate} is {@code no-show-rate}). Kept apart from
     * {@link #MEASURES} so that reading a chart back does not invent a measure id.
     */
    public static final String SERIES = BASE + "/CodeSystem/series";

    /**
     * Code system of chart types, the chart Observation's {@code method}: {@code run}, or a control
     * chart's type as ccm's {@code ChartType} names it ({@code p}, {@code u}, {@code p-prime}, …).
     */
    public static final String CHART_TYPES = BASE + "/CodeSystem/chart-type";

    /** Code system of a control chart's rule set, coded as ccm's {@code ControlChartRuleSet} names ({@code qicharts2}, {@code nelson}, …). */
    public static final String CHART_RULE_SETS = BASE + "/CodeSystem/chart-rule-set";

    /** Identifier system of ccm's subject identifiers (practices, teams). */
    public static final String SUBJECTS = BASE + "/sid/subject";

    private Canonicals() {
    }

    /**
     * The code ccm writes for one of its enum constants, as FHIR codes are written:
     * {@code MEAN_OF_ITEMS} is {@code mean-of-items}, {@code TOO_FEW_POINTS} {@code too-few-points}.
     *
     * @param constant  the constant, not null
     * @return its code
     */
    public static String code(Enum<?> constant) {
        return constant.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * The canonical URL of an instrument's questionnaire under a base.
     *
     * @param base  the base, such as {@value #BASE}, without a trailing slash
     * @param instrument  the instrument's id
     * @return {@code <base>/Questionnaire/<instrument id>}
     */
    public static String questionnaire(String base, InstrumentId instrument) {
        return base + "/Questionnaire/" + instrument;
    }

    /**
     * The code system of an instrument's subscales.
     *
     * @param instrument  the instrument's id
     * @return {@code http://ccmcoach.org/fhir/CodeSystem/<instrument id>-subscale}
     */
    public static String subscales(InstrumentId instrument) {
        return BASE + "/CodeSystem/" + instrument + "-subscale";
    }
}
