package org.ccmcoach.pdsa;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measure presets for a practice integrating behavioural health into primary care: referrals to
 * behavioural health, warm hand-offs, patients seen by behavioural health, and depression remission
 * on the PHQ-9 at twelve months.
 *
 * <p>The first three are the outcomes that earlier studies of practice coaching for integrated care
 * reported, as named by Henwood et al. ("referrals to behavioral health, and number of patients
 * seen by behavioral health providers"; "Advancing Integrated Care through Practice Coaching", Int J
 * Integr Care 2020;20(2):15, doi:10.5334/ijic.4737). That article names them and does not define
 * them, so their operational definitions here (what is counted, per month, as a count or a share)
 * are <em>ccm's choice</em>, said so in each definition. The warm hand-off is defined as the
 * literature does: the primary care clinician refers the patient to an integrated behavioural-health
 * clinician by introducing the patient to them directly (Pace et al., "Warm Handoffs and Attendance
 * at Initial Integrated Behavioral Health Appointments", Ann Fam Med 2018;16(4):346–348,
 * doi:10.1370/afm.2263); referral by warm hand-off versus scheduled referral is one of the
 * organizing constructs of integrated practices (Cohen et al., J Am Board Fam Med 2015;28 Suppl
 * 1:S7). The PHQ-9 measure is CMS eCQM CMS159 "Depression Remission at Twelve Months" (steward MN
 * Community Measurement; CBE 0710e; MIPS 370), its denominator, numerator and windows as version
 * 12 (2024 performance period) states them; ccm does not compute it from patient records, it
 * names it so that a program's measures carry its definition.
 *
 * <p>Each preset is a {@link Measure}: adjust it with {@code withTarget(...)} and the like.
 * {@link #citation(MeasureId)} gives the source of a preset's definition.
 *
 * <pre>{@code
 * Measure remission = BehaviouralHealthMeasures.depressionRemission().withTarget(0.2);   // a proportion, as the measures read it: 20 %
 * BehaviouralHealthMeasures.citation(remission.id());   // Optional["CMS159v12 ..."]
 * }</pre>
 */
public final class BehaviouralHealthMeasures {

    /** {@code bh-referrals}: referrals to behavioural health a month. */
    public static final MeasureId REFERRALS = MeasureId.of("bh-referrals");
    /** {@code bh-warm-handoffs}: the share of referrals made as warm hand-offs. */
    public static final MeasureId WARM_HANDOFFS = MeasureId.of("bh-warm-handoffs");
    /** {@code bh-patients-seen}: patients seen by behavioural-health providers a month. */
    public static final MeasureId PATIENTS_SEEN = MeasureId.of("bh-patients-seen");
    /** {@code depression-remission-12m}: CMS159, depression remission at twelve months. */
    public static final MeasureId DEPRESSION_REMISSION = MeasureId.of("depression-remission-12m");

    private static final String HENWOOD = "Henwood BF et al. Advancing Integrated Care through Practice Coaching. "
            + "Int J Integr Care 2020;20(2):15. doi:10.5334/ijic.4737 (names the outcome; the definition is ccm's choice)";
    private static final String PACE = "Pace CA et al. Warm Handoffs and Attendance at Initial Integrated Behavioral "
            + "Health Appointments. Ann Fam Med 2018;16(4):346-348. doi:10.1370/afm.2263 (defines the warm hand-off; "
            + "the share of referrals is ccm's choice)";
    private static final String CMS159 = "CMS159v12 Depression Remission at Twelve Months (2024 performance period), "
            + "steward MN Community Measurement, CBE 0710e, MIPS 370; eCQI Resource Center, ecqi.healthit.gov";

    private static final Map<MeasureId, String> CITATIONS = Map.of(REFERRALS, HENWOOD, WARM_HANDOFFS, PACE,
            PATIENTS_SEEN, HENWOOD, DEPRESSION_REMISSION, CMS159);

    private BehaviouralHealthMeasures() {
    }

    /**
     * Referrals to behavioural health: patients referred by the practice's primary care team to a
     * behavioural-health clinician in the month, by warm hand-off or scheduled referral; a count, more
     * is better while unmet need remains. A process measure, ccm's choice of type and definition (the
     * source names the outcome only; see the class comment).
     *
     * @return the measure, not null
     */
    public static Measure referrals() {
        return Measure.builder().id(REFERRALS).name("Referrals to behavioural health").type(MeasureType.PROCESS)
                .definition("Patients referred by the primary care team to a behavioural-health clinician in the month,"
                        + " by warm hand-off or scheduled referral, counted once per patient per month. Definition: ccm's"
                        + " choice; the outcome is named by " + HENWOOD + ".")
                .unit("referrals per month").direction(Direction.UP).build();
    }

    /**
     * Warm hand-offs: of the month's referrals to behavioural health, the share made by the primary
     * care clinician introducing the patient directly to the behavioural-health clinician (Pace et al.
     * 2018); higher is better. The share of referrals, rather than a count, is ccm's choice.
     *
     * @return the measure, not null
     */
    public static Measure warmHandoffs() {
        return Measure.builder().id(WARM_HANDOFFS).name("Warm hand-offs to behavioural health").type(MeasureType.PROCESS)
                .definition("Of the month's referrals to behavioural health, the share made as a warm hand-off: the"
                        + " primary care clinician refers the patient by introducing them directly to the integrated"
                        + " behavioural-health clinician. Source of the definition: " + PACE + ".")
                .unit("%").numerator("referrals to behavioural health made as a warm hand-off in the month")
                .denominator("referrals to behavioural health in the month").direction(Direction.UP).build();
    }

    /**
     * Patients seen by behavioural health: distinct patients of the practice with at least one visit
     * with a behavioural-health provider in the month; a count, more is better. A process measure,
     * ccm's choice of type and definition (the source names the outcome only).
     *
     * @return the measure, not null
     */
    public static Measure patientsSeen() {
        return Measure.builder().id(PATIENTS_SEEN).name("Patients seen by behavioural health").type(MeasureType.PROCESS)
                .definition("Distinct patients of the practice with at least one visit with a behavioural-health"
                        + " provider in the month. Definition: ccm's choice; the outcome is named by " + HENWOOD + ".")
                .unit("patients per month").direction(Direction.UP).build();
    }

    /**
     * Depression remission at twelve months, CMS159v12: of patients aged 12 and over with major
     * depression or dysthymia and an initial PHQ-9 (or PHQ-9M) score above 9 at the index event, the
     * share whose most recent PHQ-9 score twelve months (± 60 days) later is below 5. Higher is
     * better (the measure's improvement notation); an outcome measure, as the eCQM types it.
     * The measure's denominator exclusions (death, hospice or palliative care, bipolar disorder,
     * emotionally labile personality disorder, schizophrenia or psychotic disorder, pervasive
     * developmental disorder) are named in the definition, not computed.
     *
     * @return the measure, not null
     */
    public static Measure depressionRemission() {
        return Measure.builder().id(DEPRESSION_REMISSION).name("Depression remission at twelve months (PHQ-9)")
                .type(MeasureType.OUTCOME)
                .definition("CMS159v12. Patients 12 years and older with major depression or dysthymia and an initial"
                        + " PHQ-9 or PHQ-9M score above 9 at the index event (the PHQ-9 taken on the encounter's date or"
                        + " up to 7 days before); remission is a most recent PHQ-9 or PHQ-9M score below 5 twelve months"
                        + " (+/- 60 days) after the index event. Denominator exclusions: death before the end of the"
                        + " assessment period; hospice or palliative care; bipolar disorder; personality disorder,"
                        + " emotionally labile; schizophrenia or psychotic disorder; pervasive developmental disorder."
                        + " Source: " + CMS159 + ".")
                .unit("%")
                .numerator("patients in the denominator whose most recent PHQ-9 or PHQ-9M score twelve months"
                        + " (+/- 60 days) after the index event is below 5")
                .denominator("patients 12 and older with major depression or dysthymia and a PHQ-9 or PHQ-9M score"
                        + " above 9 at the index event, less the exclusions")
                .direction(Direction.UP).build();
    }

    /**
     * The four presets, in the order of this class.
     *
     * @return the measures, immutable
     */
    public static List<Measure> all() {
        return List.of(referrals(), warmHandoffs(), patientsSeen(), depressionRemission());
    }

    /**
     * The source of a preset's definition.
     *
     * @param id  a measure's id, not null
     * @return the citation, empty for an id that is not one of these presets
     */
    public static Optional<String> citation(MeasureId id) {
        return Optional.ofNullable(CITATIONS.get(id));
    }
}
