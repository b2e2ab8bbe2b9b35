package org.ccmcoach.core;

/**
 * The change concepts of the Chronic Care Model: what a practice can change within each element.
 *
 * <p>ICIC lists them as the bullet items of each element's page, some added in the 2003 update
 * ({@link #addedIn2003()}): ICIC's summary speaks of five added concepts, while the element pages
 * mark six (two in Health System, two in Delivery System Design, one each in Clinical Information
 * Systems and Community); the flags follow the element pages. Constants are grouped by element in {@link CcmElement} order
 * and, within an element, in ICIC's order, so {@link CcmElement#changeConcepts()} lists them as
 * ICIC does. Titles are short paraphrases, not ICIC's wording.
 *
 * <pre>{@code
 * ChangeConcept c = ChangeConcept.PLANNED_INTERACTIONS;
 * c.element();       // DELIVERY_SYSTEM_DESIGN
 * c.number();        // 2, its place within the element
 * c.addedIn2003();   // false
 * }</pre>
 */
public enum ChangeConcept {

    /** Visibly support improvement at all levels, starting with the senior leader. */
    VISIBLE_LEADERSHIP_SUPPORT(CcmElement.HEALTH_SYSTEM, false,
            "Visibly support improvement at all levels, starting with the senior leader"),
    /** Promote effective improvement strategies aimed at comprehensive system change. */
    COMPREHENSIVE_SYSTEM_CHANGE(CcmElement.HEALTH_SYSTEM, false,
            "Promote effective improvement strategies aimed at comprehensive system change"),
    /** Encourage open and systematic handling of errors and quality problems (2003). */
    OPEN_HANDLING_OF_ERRORS(CcmElement.HEALTH_SYSTEM, true,
            "Encourage open and systematic handling of errors and quality problems"),
    /** Provide incentives based on quality of care. */
    QUALITY_INCENTIVES(CcmElement.HEALTH_SYSTEM, false,
            "Provide incentives based on quality of care"),
    /** Develop agreements that facilitate care coordination within and across organizations (2003). */
    CARE_COORDINATION_AGREEMENTS(CcmElement.HEALTH_SYSTEM, true,
            "Develop agreements that facilitate care coordination within and across organizations"),

    /** Define roles and distribute tasks among team members. */
    TEAM_ROLES_AND_TASKS(CcmElement.DELIVERY_SYSTEM_DESIGN, false,
            "Define roles and distribute tasks among team members"),
    /** Use planned interactions to support evidence-based care. */
    PLANNED_INTERACTIONS(CcmElement.DELIVERY_SYSTEM_DESIGN, false,
            "Use planned interactions to support evidence-based care"),
    /** Provide clinical case management for complex patients (2003). */
    CLINICAL_CASE_MANAGEMENT(CcmElement.DELIVERY_SYSTEM_DESIGN, true,
            "Provide clinical case management for complex patients"),
    /** Ensure regular follow-up by the care team. */
    REGULAR_FOLLOW_UP(CcmElement.DELIVERY_SYSTEM_DESIGN, false,
            "Ensure regular follow-up by the care team"),
    /** Give care that patients understand and that fits their cultural background (2003). */
    CULTURALLY_FITTING_CARE(CcmElement.DELIVERY_SYSTEM_DESIGN, true,
            "Give care that patients understand and that fits their cultural background"),

    /** Embed evidence-based guidelines into daily practice. */
    EMBEDDED_GUIDELINES(CcmElement.DECISION_SUPPORT, false,
            "Embed evidence-based guidelines into daily practice"),
    /** Share guidelines and information with patients. */
    GUIDELINES_SHARED_WITH_PATIENTS(CcmElement.DECISION_SUPPORT, false,
            "Share guidelines and information with patients"),
    /** Use proven provider-education methods. */
    PROVIDER_EDUCATION(CcmElement.DECISION_SUPPORT, false,
            "Use proven provider-education methods"),
    /** Integrate specialist expertise and primary care. */
    INTEGRATED_SPECIALIST_EXPERTISE(CcmElement.DECISION_SUPPORT, false,
            "Integrate specialist expertise and primary care"),

    /** Provide timely reminders for providers and patients. */
    TIMELY_REMINDERS(CcmElement.CLINICAL_INFORMATION_SYSTEMS, false,
            "Provide timely reminders for providers and patients"),
    /** Identify relevant subpopulations for proactive care. */
    SUBPOPULATIONS_FOR_PROACTIVE_CARE(CcmElement.CLINICAL_INFORMATION_SYSTEMS, false,
            "Identify relevant subpopulations for proactive care"),
    /** Facilitate individual patient care planning. */
    INDIVIDUAL_CARE_PLANNING(CcmElement.CLINICAL_INFORMATION_SYSTEMS, false,
            "Facilitate individual patient care planning"),
    /** Share information with patients and providers to coordinate care (2003). */
    SHARED_INFORMATION_FOR_COORDINATION(CcmElement.CLINICAL_INFORMATION_SYSTEMS, true,
            "Share information with patients and providers to coordinate care"),
    /** Monitor performance of the practice team and care system. */
    PERFORMANCE_MONITORING(CcmElement.CLINICAL_INFORMATION_SYSTEMS, false,
            "Monitor performance of the practice team and care system"),

    /** Emphasize the patient's central role. */
    PATIENT_CENTRAL_ROLE(CcmElement.SELF_MANAGEMENT_SUPPORT, false,
            "Emphasize the patient's central role"),
    /** Use effective self-management support strategies: assessment, goal-setting, action planning, problem-solving, follow-up. */
    SELF_MANAGEMENT_STRATEGIES(CcmElement.SELF_MANAGEMENT_SUPPORT, false,
            "Use effective self-management support strategies (assessment, goal-setting, action planning, problem-solving, follow-up)"),
    /** Organize internal and community resources for ongoing support. */
    ONGOING_SUPPORT_RESOURCES(CcmElement.SELF_MANAGEMENT_SUPPORT, false,
            "Organize internal and community resources for ongoing support"),

    /** Encourage patients to take part in effective community programs. */
    COMMUNITY_PROGRAMS(CcmElement.COMMUNITY, false,
            "Encourage patients to take part in effective community programs"),
    /** Form partnerships with community organizations to fill gaps in services. */
    COMMUNITY_PARTNERSHIPS(CcmElement.COMMUNITY, false,
            "Form partnerships with community organizations to fill gaps in services"),
    /** Advocate for policies to improve patient care (2003). */
    POLICY_ADVOCACY(CcmElement.COMMUNITY, true,
            "Advocate for policies to improve patient care");

    private final CcmElement element;
    private final boolean addedIn2003;
    private final String title;

    ChangeConcept(CcmElement element, boolean addedIn2003, String title) {
        this.element = element;
        this.addedIn2003 = addedIn2003;
        this.title = title;
    }

    /** {@return the element this concept belongs to} */
    public CcmElement element() {
        return element;
    }

    /** {@return whether ICIC added this concept in its 2003 update of the model} */
    public boolean addedIn2003() {
        return addedIn2003;
    }

    /** {@return a short statement of the concept} */
    public String title() {
        return title;
    }

    /** {@return the concept's place within its element, counting from 1 in ICIC order} */
    public int number() {
        return element.changeConcepts().indexOf(this) + 1;
    }
}
