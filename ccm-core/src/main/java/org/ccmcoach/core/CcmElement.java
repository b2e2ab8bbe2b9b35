package org.ccmcoach.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The six elements of the Chronic Care Model (Wagner; Improving Chronic Illness Care, ICIC).
 *
 * <p>Informed, activated patients and a prepared, proactive practice team have productive
 * interactions, which improve outcomes; these six elements are where a practice changes to get
 * there. Constants are in ICIC's order. Each element knows its display name (the ICIC page name),
 * the other names in use for it (the ACIC's "Community Linkages", the coaching manual's
 * "Health Care Organization", …) and its change concepts in ICIC order.
 *
 * <pre>{@code
 * CcmElement e = CcmElement.fromName("community linkages");   // COMMUNITY
 * e.displayName();                                           // "Community"
 * e.changeConcepts();   // [COMMUNITY_PROGRAMS, COMMUNITY_PARTNERSHIPS, POLICY_ADVOCACY]
 * }</pre>
 *
 * <p>Sources: improvingchroniccare.org element pages; the 2003 update's themes mapped to
 * elements in PMC4796376, table 4; alternative names from the AHRQ coaching manual's Clinic
 * Observation Assessment and the ACIC 3.5.
 */
public enum CcmElement {

    /** Health System: the organization of health care. */
    HEALTH_SYSTEM("Health System",
            "Health System – Organization of Health Care",
            "Organization of Health Care",
            "Health Care Organization",
            "Health System Organization",
            "Organization of the Health Care Delivery System"),

    /** Delivery System Design: team roles, planned interactions, follow-up. */
    DELIVERY_SYSTEM_DESIGN("Delivery System Design"),

    /** Decision Support: guidelines, specialist expertise, provider education. */
    DECISION_SUPPORT("Decision Support"),

    /** Clinical Information Systems: registries, reminders, feedback, care planning. */
    CLINICAL_INFORMATION_SYSTEMS("Clinical Information Systems",
            "Clinical Information System"),

    /** Self-Management Support: the patient's central role and the support for it. */
    SELF_MANAGEMENT_SUPPORT("Self-Management Support"),

    /** The Community: resources and policies outside the practice. */
    COMMUNITY("Community",
            "The Community",
            "Community – Resources and Policies",
            "Community Resources and Policies",
            "Community Resources",
            "Community Linkages");

    private static final Map<String, CcmElement> BY_NAME = index();

    private final String displayName;
    private final List<String> alternativeNames;

    CcmElement(String displayName, String... alternativeNames) {
        this.displayName = displayName;
        this.alternativeNames = List.of(alternativeNames);
    }

    /** {@return the name of the element's ICIC page, such as {@code "Self-Management Support"}} */
    public String displayName() {
        return displayName;
    }

    /** {@return the other names in use for this element, possibly empty, as their sources print them} */
    public List<String> alternativeNames() {
        return alternativeNames;
    }

    /** {@return the display name followed by the alternative names} */
    public List<String> names() {
        List<String> all = new ArrayList<>(1 + alternativeNames.size());
        all.add(displayName);
        all.addAll(alternativeNames);
        return List.copyOf(all);
    }

    /** {@return this element's change concepts in ICIC order, those added in the 2003 update included} */
    public List<ChangeConcept> changeConcepts() {
        return Arrays.stream(ChangeConcept.values()).filter(c -> c.element() == this).toList();
    }

    /**
     * Finds an element by any of its names or its constant name. Case, spacing and punctuation do
     * not count: {@code "community linkages"}, {@code "Community – Resources and Policies"} and
     * {@code "COMMUNITY"} all find {@link #COMMUNITY}.
     *
     * @param name  the name, not null
     * @return the element, not null
     * @throws IllegalArgumentException listing every valid name if none matches
     */
    public static CcmElement fromName(String name) {
        CcmElement element = BY_NAME.get(Names.normalize(name));
        if (element == null) {
            throw new IllegalArgumentException("Unknown CCM element \"" + name + "\"; valid names: "
                    + Arrays.stream(values())
                            .map(e -> e.name() + " (" + String.join(", ", e.names()) + ")")
                            .collect(Collectors.joining("; ")));
        }
        return element;
    }

    private static Map<String, CcmElement> index() {
        Map<String, CcmElement> byName = new LinkedHashMap<>();
        for (CcmElement e : values()) {
            byName.put(Names.normalize(e.name()), e);
            for (String n : e.names()) {
                CcmElement clash = byName.put(Names.normalize(n), e);
                if (clash != null && clash != e) {
                    throw new IllegalStateException("\"" + n + "\" names both " + clash + " and " + e);
                }
            }
        }
        return Map.copyOf(byName);
    }
}
