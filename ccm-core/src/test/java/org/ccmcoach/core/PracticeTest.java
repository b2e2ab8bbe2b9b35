package org.ccmcoach.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PracticeTest {

    private static final String CHARS_200 = "x".repeat(200);
    private static final String CHARS_201 = "x".repeat(201);

    private static Practice.Builder valid() {
        return Practice.builder()
                .id(PracticeId.of("p-17"))
                .name("Riverside Team Blue")
                .organization("Riverside Community Health");
    }

    private static Problem onlyViolation(Executable build) {
        CcmValidationException e = assertThrows(CcmValidationException.class, build);
        assertEquals(1, e.problems().size(), e.getMessage());
        return e.problems().get(0);
    }

    @Test
    void the_issue_example_message() {
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> valid().name(" ").build());
        assertEquals("Practice.name: must not be blank (was \" \")", e.getMessage());
    }

    @Test
    void id_is_required() {
        Problem v = onlyViolation(() -> Practice.builder().name("a").organization("b").build());
        assertEquals("Practice.id: must not be null (was null)", v.toString());
    }

    @Test
    void name_must_not_be_blank_and_at_most_200_chars() {
        assertEquals("x", valid().name("x").build().name());
        assertEquals(CHARS_200, valid().name(CHARS_200).build().name());
        assertEquals("must not be blank", onlyViolation(() -> valid().name("").build()).rule());
        assertEquals("must not be blank", onlyViolation(() -> valid().name("\t ").build()).rule());
        Problem tooLong = onlyViolation(() -> valid().name(CHARS_201).build());
        assertEquals("name", tooLong.atProperty().property());
        assertEquals("must be at most 200 characters", tooLong.rule());
    }

    @Test
    void organization_must_not_be_blank_and_at_most_200_chars() {
        assertEquals(CHARS_200, valid().organization(CHARS_200).build().organization());
        assertEquals("organization", onlyViolation(() -> valid().organization(" ").build()).atProperty().property());
        assertEquals("must be at most 200 characters",
                onlyViolation(() -> valid().organization(CHARS_201).build()).rule());
        assertEquals("must not be blank",
                onlyViolation(() -> Practice.builder().id(PracticeId.of("p")).name("n").build()).rule());
    }

    @Test
    void panel_size_when_given_is_at_least_one() {
        assertEquals(OptionalInt.of(1), valid().panelSize(1).build().panelSize());
        assertEquals(OptionalInt.empty(), valid().build().panelSize());
        assertEquals("Practice.panelSize: must be more than 0 (was 0)",
                onlyViolation(() -> valid().panelSize(0).build()).toString());
    }

    @Test
    void clinician_count_when_given_is_zero_or_more() {
        assertEquals(OptionalInt.of(0), valid().clinicianCount(0).build().clinicianCount());
        assertEquals("Practice.clinicianCount: must be at least 0 (was -1)",
                onlyViolation(() -> valid().clinicianCount(-1).build()).toString());
    }

    @Test
    void attribute_keys_are_lower_case_keys_and_values_at_most_200_chars() {
        Practice p = valid().putAttributes("fqhc", "yes").putAttributes("rural-urban-code", CHARS_200)
                .putAttributes("ruca_2010", "4").build();
        assertEquals(Map.of("fqhc", "yes", "rural-urban-code", CHARS_200, "ruca_2010", "4"), p.attributes());
        Problem key = onlyViolation(() -> valid().putAttributes("FQHC", "yes").build());
        assertEquals("attributes[FQHC]", key.atProperty().property());
        assertEquals("must be a lower-case key such as \"fqhc\" or \"rural-urban-code\"", key.rule());
        assertEquals("attributes[-x]", onlyViolation(() -> valid().putAttributes("-x", "1").build()).atProperty().property());
        Problem value = onlyViolation(() -> valid().putAttributes("note", CHARS_201).build());
        assertEquals("attributes[note]", value.atProperty().property());
        assertEquals("must be at most 200 characters", value.rule());
    }

    @Test
    void every_violation_is_named_sorted_by_property() {
        CcmValidationException e = assertThrows(CcmValidationException.class,
                () -> Practice.builder().name(" ").organization("").panelSize(0).build());
        assertEquals(List.of("id", "name", "organization", "panelSize"),
                e.problems().stream().map(p -> p.atProperty().property()).toList());
        assertEquals("""
                Practice.id: must not be null (was null)
                Practice.name: must not be blank (was " ")
                Practice.organization: must not be blank (was "")
                Practice.panelSize: must be more than 0 (was 0)""", e.getMessage());
        assertEquals(4, e.getConstraintViolations().size(), "the Jakarta violations are kept too");
    }

    @Test
    void copies_are_validated_too() {
        Practice p = valid().build();
        assertEquals("New name", p.withName("New name").name());
        assertThrows(CcmValidationException.class, () -> p.withName(""));
        assertThrows(CcmValidationException.class, () -> p.withPanelSize(0));
    }

    @Test
    void collections_are_immutable_copies() {
        java.util.HashMap<String, String> source = new java.util.HashMap<>(Map.of("fqhc", "yes"));
        Practice p = valid().attributes(source).build();
        source.put("rural", "no");
        assertEquals(Map.of("fqhc", "yes"), p.attributes());
        assertThrows(UnsupportedOperationException.class, () -> p.attributes().put("x", "y"));
    }

    @Test
    void reads_well_in_jshell() {
        Practice p = valid().location(GeoPoint.of(45.52, -122.68)).panelSize(2400).build();
        assertEquals("Practice{id=p-17, name=Riverside Team Blue, organization=Riverside Community Health, "
                + "location=(45.52, -122.68), panelSize=2400, attributes={}}", p.toString());
        assertTrue(p.equals(valid().location(GeoPoint.of(45.52, -122.68)).panelSize(2400).build()));
    }
}
