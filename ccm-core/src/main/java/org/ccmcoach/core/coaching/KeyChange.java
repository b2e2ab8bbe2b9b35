package org.ccmcoach.core.coaching;

import java.util.Arrays;

/**
 * The toolkit's key changes 1.1 to 3.5, in its sequence. Each is joined in the toolkit to its
 * business case (a financial return, or reputational and quality returns).
 *
 * <pre>{@code
 * KeyChange.fromNumber("2.1");   // USE_DATA_TO_SET_PRIORITIES
 * KeyChange.PLAN_CARE.phase();   // REDESIGN_CARE_AND_BUSINESS_SYSTEMS
 * }</pre>
 */
public enum KeyChange {
    /** 1.1 Organize your lead QI team. */
    ORGANIZE_LEAD_QI_TEAM("1.1", ToolkitPhase.GETTING_STARTED, "Organize your lead QI team"),
    /** 1.2 Familiarize your entire team with key improvement strategies. */
    FAMILIARIZE_TEAM("1.2", ToolkitPhase.GETTING_STARTED, "Familiarize your entire team with key improvement strategies"),
    /** 2.1 Use data to set priorities. */
    USE_DATA_TO_SET_PRIORITIES("2.1", ToolkitPhase.ASSESS_DATA_AND_SET_PRIORITIES, "Use data to set priorities"),
    /** 2.2 Select performance measures based on your needs assessment. */
    SELECT_PERFORMANCE_MEASURES("2.2", ToolkitPhase.ASSESS_DATA_AND_SET_PRIORITIES,
            "Select performance measures based on your needs assessment"),
    /** 2.3 Build performance measurement capacity. */
    BUILD_MEASUREMENT_CAPACITY("2.3", ToolkitPhase.ASSESS_DATA_AND_SET_PRIORITIES, "Build performance measurement capacity"),
    /** 3.1 Organize your care team. */
    ORGANIZE_CARE_TEAM("3.1", ToolkitPhase.REDESIGN_CARE_AND_BUSINESS_SYSTEMS, "Organize your care team"),
    /** 3.2 Clearly define patient panels. */
    DEFINE_PATIENT_PANELS("3.2", ToolkitPhase.REDESIGN_CARE_AND_BUSINESS_SYSTEMS, "Clearly define patient panels"),
    /** 3.3 Create infrastructure to support patients at every visit. */
    SUPPORT_PATIENTS_AT_EVERY_VISIT("3.3", ToolkitPhase.REDESIGN_CARE_AND_BUSINESS_SYSTEMS,
            "Create infrastructure to support patients at every visit"),
    /** 3.4 Plan care. */
    PLAN_CARE("3.4", ToolkitPhase.REDESIGN_CARE_AND_BUSINESS_SYSTEMS, "Plan care"),
    /** 3.5 Assure support for self-management. */
    ASSURE_SELF_MANAGEMENT_SUPPORT("3.5", ToolkitPhase.REDESIGN_CARE_AND_BUSINESS_SYSTEMS,
            "Assure support for self-management");

    private final String number;
    private final ToolkitPhase phase;
    private final String title;

    KeyChange(String number, ToolkitPhase phase, String title) {
        this.number = number;
        this.phase = phase;
        this.title = title;
    }

    /** {@return the toolkit's number, such as {@code 2.1}} */
    public String number() {
        return number;
    }

    /** {@return the toolkit phase it belongs to} */
    public ToolkitPhase phase() {
        return phase;
    }

    /** {@return the toolkit's title} */
    public String title() {
        return title;
    }

    /**
     * Finds a key change by its number.
     *
     * @param number  such as {@code "3.4"}
     * @return the key change, not null
     * @throws IllegalArgumentException naming the numbers if none matches
     */
    public static KeyChange fromNumber(String number) {
        return Arrays.stream(values()).filter(k -> k.number.equals(number.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No key change \"" + number + "\"; key changes: "
                        + String.join(", ", Arrays.stream(values()).map(KeyChange::number).toList())));
    }
}
