package org.ccmcoach.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CcmElementTest {

    @Test
    void six_elements_in_icic_order_with_their_page_names() {
        // domain/ccm.md, table rows 1-6.
        assertEquals(List.of("Health System", "Delivery System Design", "Decision Support",
                        "Clinical Information Systems", "Self-Management Support", "Community"),
                Arrays.stream(CcmElement.values()).map(CcmElement::displayName).toList());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // the example, and ACIC Part 2's name
        "community linkages | COMMUNITY",
        "Community Linkages | COMMUNITY",
        // ICIC figure and page names
        "Community – Resources and Policies | COMMUNITY",
        "The Community | COMMUNITY",
        "Health System – Organization of Health Care | HEALTH_SYSTEM",
        // the coaching manual's Clinic Observation Assessment
        "Health Care Organization | HEALTH_SYSTEM",
        "Community Resources and Policies | COMMUNITY",
        "Clinical Information System | CLINICAL_INFORMATION_SYSTEMS",
        // ACIC Part 1
        "Organization of the Health Care Delivery System | HEALTH_SYSTEM",
        // case, spacing and punctuation do not count
        "SELF MANAGEMENT SUPPORT | SELF_MANAGEMENT_SUPPORT",
        "self-management   support | SELF_MANAGEMENT_SUPPORT",
        "delivery_system_design | DELIVERY_SYSTEM_DESIGN",
        "  Decision Support  | DECISION_SUPPORT",
        "CLINICAL_INFORMATION_SYSTEMS | CLINICAL_INFORMATION_SYSTEMS",
    })
    void fromName_accepts_every_name_in_use(String name, CcmElement expected) {
        assertEquals(expected, CcmElement.fromName(name));
    }

    @Test
    void fromName_finds_every_listed_name_of_every_element() {
        for (CcmElement e : CcmElement.values()) {
            for (String n : e.names()) {
                assertEquals(e, CcmElement.fromName(n.toUpperCase(java.util.Locale.ROOT)), n);
            }
            assertEquals(e, CcmElement.fromName(e.name()));
        }
    }

    @Test
    void fromName_rejects_an_unknown_name_and_lists_the_valid_ones() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CcmElement.fromName("Patient Activation"));
        assertTrue(e.getMessage().startsWith("Unknown CCM element \"Patient Activation\"; valid names: "),
                e.getMessage());
        for (String expected : List.of("Health System", "Delivery System Design", "Decision Support",
                "Clinical Information Systems", "Self-Management Support", "Community Linkages",
                "Health Care Organization")) {
            assertTrue(e.getMessage().contains(expected), expected);
        }
    }

    @Test
    void fromName_rejects_blank_and_partial_names() {
        assertThrows(IllegalArgumentException.class, () -> CcmElement.fromName(""));
        assertThrows(IllegalArgumentException.class, () -> CcmElement.fromName("Community Link"));
        assertThrows(NullPointerException.class, () -> CcmElement.fromName(null));
    }

    @Test
    void change_concepts_per_element_in_icic_order() {
        // domain/ccm.md: 5, 5, 4, 5, 3, 3 concepts.
        assertEquals(List.of(ChangeConcept.VISIBLE_LEADERSHIP_SUPPORT, ChangeConcept.COMPREHENSIVE_SYSTEM_CHANGE,
                        ChangeConcept.OPEN_HANDLING_OF_ERRORS, ChangeConcept.QUALITY_INCENTIVES,
                        ChangeConcept.CARE_COORDINATION_AGREEMENTS),
                CcmElement.HEALTH_SYSTEM.changeConcepts());
        assertEquals(5, CcmElement.DELIVERY_SYSTEM_DESIGN.changeConcepts().size());
        assertEquals(4, CcmElement.DECISION_SUPPORT.changeConcepts().size());
        assertEquals(5, CcmElement.CLINICAL_INFORMATION_SYSTEMS.changeConcepts().size());
        assertEquals(List.of(ChangeConcept.PATIENT_CENTRAL_ROLE, ChangeConcept.SELF_MANAGEMENT_STRATEGIES,
                        ChangeConcept.ONGOING_SUPPORT_RESOURCES),
                CcmElement.SELF_MANAGEMENT_SUPPORT.changeConcepts());
        assertEquals(List.of(ChangeConcept.COMMUNITY_PROGRAMS, ChangeConcept.COMMUNITY_PARTNERSHIPS,
                        ChangeConcept.POLICY_ADVOCACY),
                CcmElement.COMMUNITY.changeConcepts());
        assertEquals(25, ChangeConcept.values().length);
    }

    @Test
    void concepts_marked_2003_in_the_specification() {
        // domain/ccm.md marks these six with "(2003)".
        assertEquals(List.of(ChangeConcept.OPEN_HANDLING_OF_ERRORS, ChangeConcept.CARE_COORDINATION_AGREEMENTS,
                        ChangeConcept.CLINICAL_CASE_MANAGEMENT, ChangeConcept.CULTURALLY_FITTING_CARE,
                        ChangeConcept.SHARED_INFORMATION_FOR_COORDINATION, ChangeConcept.POLICY_ADVOCACY),
                Arrays.stream(ChangeConcept.values()).filter(ChangeConcept::addedIn2003).toList());
    }

    @Test
    void a_concept_knows_its_place_within_its_element() {
        assertEquals(1, ChangeConcept.VISIBLE_LEADERSHIP_SUPPORT.number());
        assertEquals(2, ChangeConcept.PLANNED_INTERACTIONS.number());
        assertEquals(4, ChangeConcept.INTEGRATED_SPECIALIST_EXPERTISE.number());
        assertEquals(5, ChangeConcept.PERFORMANCE_MONITORING.number());
        assertEquals(CcmElement.DELIVERY_SYSTEM_DESIGN, ChangeConcept.PLANNED_INTERACTIONS.element());
    }
}
