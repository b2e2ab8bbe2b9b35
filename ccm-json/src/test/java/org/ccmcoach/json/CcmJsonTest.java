package org.ccmcoach.json;

import org.ccmcoach.core.value.Location;

import org.ccmcoach.core.value.Problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.CoachRole;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CcmJsonTest {

    @Test
    void a_rule_broken_after_reading_is_placed_in_the_document() {
        String json = "{\n  \"id\": \"p-1\",\n  \"name\": \"Elm Street\",\n  \"organization\": \"North\"\n}";
        org.ccmcoach.core.value.CcmValidationException refused = org.ccmcoach.core.value.CcmValidationException.of(List.of(
                org.ccmcoach.core.value.Problem.of("Practice", "name", "must not name a closed practice", "Elm Street")));
        CcmJsonException e = CcmJson.locate(json, Practice.class, refused);
        // "name" is on line 3; its value starts after `  "name": ` (10 characters), at column 11.
        assertEquals("/name", e.pointer());
        assertEquals(3, e.line());
        assertEquals(11, e.column());
        assertEquals(List.of(org.ccmcoach.core.value.Problem.of(org.ccmcoach.core.value.Location.json("/name", 3, 11),
                "must not name a closed practice", "Elm Street")), e.problems());
        assertTrue(e.getMessage().startsWith("Cannot accept Practice at /name (line 3, column 11): "), e.getMessage());
        // A property the document leaves out: the nearest value it holds, here the whole document.
        CcmJsonException absent = CcmJson.locate(json, Practice.class, org.ccmcoach.core.value.CcmValidationException.of(List.of(
                org.ccmcoach.core.value.Problem.of("Practice", "panelSize", "is required for allocation", "absent"))));
        assertEquals("", absent.pointer());
        assertEquals(1, absent.line());
        assertEquals(1, absent.column());
    }

    private static final String PRACTICE_JSON = "{\"id\":\"p-17\",\"name\":\"Riverside Team Blue\","
            + "\"organization\":\"Riverside Community Health\",\"location\":{\"latitude\":45.52,\"longitude\":-122.68},"
            + "\"panelSize\":2400,\"attributes\":{\"fqhc\":\"yes\"}}";

    private static final Practice PRACTICE = Practice.builder()
            .id(PracticeId.of("p-17"))
            .name("Riverside Team Blue")
            .organization("Riverside Community Health")
            .location(GeoPoint.of(45.52, -122.68))
            .panelSize(2400)
            .putAttributes("fqhc", "yes")
            .build();

    private static CcmJsonException failure(String json, Class<?> type) {
        return assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, type));
    }

    @Test
    void writes_camel_case_in_declaration_order_leaving_out_absent_values() {
        assertEquals(PRACTICE_JSON, CcmJson.toJson(PRACTICE));
        assertEquals("{\"id\":\"c-1\",\"name\":\"Ana\",\"fte\":1.0,\"roles\":[\"FACILITATOR\"],\"expertise\":[]}",
                CcmJson.toJson(Coach.builder().id(CoachId.of("c-1")).name("Ana").addRoles(CoachRole.FACILITATOR).build()));
        assertEquals("\"COMMUNITY\"", CcmJson.toJson(CcmElement.COMMUNITY));
        assertEquals("\"p-17\"", CcmJson.toJson(PracticeId.of("p-17")));
    }

    @Test
    void reads_what_it_writes() {
        assertEquals(PRACTICE, CcmJson.parse(PRACTICE_JSON, Practice.class));
        assertEquals(PRACTICE, CcmJson.parse(PRACTICE_JSON.getBytes(StandardCharsets.UTF_8), Practice.class));
        assertEquals(PRACTICE, CcmJson.read(new ByteArrayInputStream(PRACTICE_JSON.getBytes(StandardCharsets.UTF_8)),
                Practice.class));
        assertEquals(PRACTICE, CcmJson.parse(CcmJson.toPrettyJson(PRACTICE), Practice.class));
    }

    @Test
    void reads_and_writes_files(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("practice.json");
        CcmJson.write(file, PRACTICE);
        assertTrue(Files.readString(file).startsWith("{\n  \"id\" : \"p-17\""));
        assertEquals(PRACTICE, CcmJson.read(file, Practice.class));
        Path list = dir.resolve("practices.json");
        CcmJson.write(list, List.of(PRACTICE, PRACTICE.withId(PracticeId.of("p-18"))));
        assertEquals(List.of(PRACTICE, PRACTICE.withId(PracticeId.of("p-18"))), CcmJson.readList(list, Practice.class));
    }

    @Test
    void an_empty_id_is_reported_at_its_pointer_with_its_rule() {
        // The "done when": the only fault is an empty "id".
        CcmJsonException e = failure("{\"id\": \"\", \"name\": \"A\", \"organization\": \"B\"}", Practice.class);
        assertEquals("/id", e.pointer());
        assertEquals(1, e.line());
        assertEquals(8, e.column(), "the opening quote of \"\" is the 8th character");
        assertEquals("Cannot read Practice at /id (line 1, column 8): PracticeId.value: must be 1 to 64 letters, "
                + "digits, '.', '_', ':' or '-', starting with a letter or digit (was \"\")", e.getMessage());
        assertEquals(Location.json("/id", 1, 8), e.problems().get(0).location(), "the problem is at the value, as the exception says");
    }

    @Test
    void a_broken_rule_of_an_object_points_into_the_object() {
        String json = """
                {
                  "id": "p-1",
                  "name": "A",
                  "organization": "B",
                  "location": {"latitude": 91, "longitude": 0}
                }""";
        CcmJsonException e = failure(json, Practice.class);
        assertEquals("/location/latitude", e.pointer());
        // Line 5 is '  "location": {"latitude": 91, ...': 91 starts at column 28.
        assertEquals(5, e.line());
        assertEquals(28, e.column());
        assertEquals("/location/latitude (line 5, column 28): must be at most 90.0 (was 91)", e.problems().get(0).toString());
    }

    @Test
    void a_blank_name_points_at_the_name() {
        CcmJsonException e = failure("{\"id\":\"p\",\"name\":\" \",\"organization\":\"B\"}", Practice.class);
        assertEquals("/name", e.pointer());
        assertEquals(18, e.column(), "{\"id\":\"p\",\"name\": is 17 characters");
        assertTrue(e.getMessage().endsWith("Practice.name: must not be blank (was \" \")"), e.getMessage());
    }

    @Test
    void errors_in_lists_carry_the_index() {
        String json = "[{\"id\":\"a\",\"name\":\"A\",\"organization\":\"B\"},{\"id\":\"b\",\"name\":\" \",\"organization\":\"B\"}]";
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parseList(json, Practice.class));
        assertEquals("/1/name", e.pointer());
        assertEquals(json.indexOf("\" \"") + 1, e.column());
        assertTrue(e.getMessage().startsWith("Cannot read a list of Practice at /1/name"), e.getMessage());
    }

    @Test
    void every_violation_of_a_document_is_reported() {
        CcmJsonException e = failure("{\"id\":\"p\",\"name\":\"\",\"organization\":\"\",\"panelSize\":0}", Practice.class);
        assertEquals(3, e.problems().size());
        assertEquals("/name", e.pointer(), "the first, in property order");
        assertTrue(e.getMessage().contains("Practice.organization: must not be blank"), e.getMessage());
        assertTrue(e.getMessage().contains("Practice.panelSize: must be more than 0 (was 0)"), e.getMessage());
    }

    @Test
    void a_missing_required_text_is_a_missing_property_of_the_object() {
        // Organization is @NotBlank: left out, it is missing from the object (the document), not blank.
        CcmJsonException e = failure("{\"id\":\"p\",\"name\":\"A\"}", Practice.class);
        assertEquals("", e.pointer());
        assertEquals("Cannot read Practice at the document (line 1, column 1): required property \"organization\" is missing",
                e.getMessage());
    }

    @Test
    void unknown_properties_are_rejected_by_name() {
        CcmJsonException e = failure("{\"id\":\"p\",\"name\":\"A\",\"organization\":\"B\",\"panel\":12}", Practice.class);
        assertEquals("/panel", e.pointer());
        // {"id":"p","name":"A","organization":"B", is 40 characters, "panel": 8 more: 12 is at 49.
        assertEquals(49, e.column());
        assertTrue(e.getMessage().contains("unknown property \"panel\"; known properties: attributes, clinicianCount, "
                + "id, location, name, organization, panelSize"), e.getMessage());
        assertEquals(List.of(org.ccmcoach.core.value.Problem.of(org.ccmcoach.core.value.Location.json("/panel", 1, 49),
                e.getMessage().substring(e.getMessage().indexOf("unknown property")))), e.problems(), "the one problem, where it is");
    }

    @Test
    void duplicate_keys_are_rejected() {
        CcmJsonException e = failure("{\"id\":\"p\",\"id\":\"q\",\"name\":\"A\",\"organization\":\"B\"}", Practice.class);
        assertEquals("/id", e.pointer());
        // {"id":"p","id":  -> the second name starts at the 11th character.
        assertEquals("Cannot read Practice at /id (line 1, column 11): property \"id\" is given twice (first at line 1,"
                + " column 2)", e.getMessage());
    }

    @Test
    void wrong_types_are_not_coerced() {
        assertEquals("/panelSize", failure("{\"id\":\"p\",\"name\":\"A\",\"organization\":\"B\",\"panelSize\":2.5}",
                Practice.class).pointer());
        assertEquals("/panelSize", failure("{\"id\":\"p\",\"name\":\"A\",\"organization\":\"B\",\"panelSize\":\"12\"}",
                Practice.class).pointer());
        assertEquals("/name", failure("{\"id\":\"p\",\"name\":5,\"organization\":\"B\"}", Practice.class).pointer());
        assertEquals("/id", failure("{\"id\":17,\"name\":\"A\",\"organization\":\"B\"}", Practice.class).pointer());
        assertEquals("/location/latitude", failure("{\"id\":\"p\",\"name\":\"A\",\"organization\":\"B\","
                + "\"location\":{\"latitude\":null,\"longitude\":1}}", Practice.class).pointer());
        assertEquals("/fte", failure("{\"id\":\"c\",\"name\":\"A\",\"fte\":true}", Coach.class).pointer());
    }

    @Test
    void enums_are_read_by_constant_name_only() {
        assertEquals(CcmElement.DECISION_SUPPORT, CcmJson.parse("\"DECISION_SUPPORT\"", CcmElement.class));
        CcmJsonException byNumber = failure("2", CcmElement.class);
        assertEquals("", byNumber.pointer());
        CcmJsonException byLabel = failure("{\"id\":\"c\",\"name\":\"A\",\"roles\":[\"FACILITATOR\",\"Mentor\"]}", Coach.class);
        assertEquals("/roles/1", byLabel.pointer());
        assertTrue(byLabel.getMessage().contains("FACILITATOR"), "lists the accepted names: " + byLabel.getMessage());
    }

    @Test
    void malformed_documents_fail_where_they_break() {
        CcmJsonException truncated = failure("{\"id\":\"p\",\"name\":\"A", Practice.class);
        // {"id":"p","name":"A  -> the unterminated string opens at the 18th character.
        assertEquals(List.of(1, 18, "unclosed string: the text that starts here has no closing quote"),
                List.of(truncated.line(), truncated.column(), truncated.problems().get(0).rule()));
        CcmJsonException trailing = failure(PRACTICE_JSON + " {}", Practice.class);
        // PRACTICE_JSON is one line; after it a space, then the second document's '{'.
        assertEquals("Cannot read Practice at the document (line 1, column " + (PRACTICE_JSON.length() + 2)
                + "): content after the end of the document (found '{'); a document holds one value", trailing.getMessage());
        assertTrue(failure("hello", Practice.class).getMessage().startsWith("Cannot read Practice at the document"));
        assertTrue(failure("", Practice.class).getMessage().startsWith("Cannot read Practice"));
        assertEquals("Cannot read Practice from JSON null", failure("null", Practice.class).getMessage());
    }

    @Test
    void text_round_trips_exactly_even_when_not_well_formed_unicode() {
        // An unpaired surrogate survives String -> JSON -> String; only a UTF-8 file cannot hold it.
        Practice odd = PRACTICE.withName("x\uD800y");
        assertEquals(odd, CcmJson.parse(CcmJson.toJson(odd), Practice.class));
    }

    @Test
    void the_strict_mapper_is_offered_to_callers() {
        assertEquals(PRACTICE, CcmJson.mapper().readValue(PRACTICE_JSON, Practice.class));
    }

    @Test
    void a_value_of_the_wrong_shape_is_reported_in_ccms_words_not_jacksons() {
        String[][] cases = {
            {"{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"O\",\"panelSize\":\"12\"}", "/panelSize",
                "must be a whole number (was \"12\")"},
            {"{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"O\",\"panelSize\":12.5}", "/panelSize",
                "must be a whole number written as digits alone, without a decimal point or an exponent (was 12.5)"},
            // Issue 33: 1e2 is 100, but written as a decimal is written; it read "must be a whole number (was 100.0)".
            {"{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"O\",\"panelSize\":1e2}", "/panelSize",
                "must be a whole number written as digits alone, without a decimal point or an exponent (was 1e2)"},
            {"{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"O\",\"panelSize\":100.0}", "/panelSize",
                "must be a whole number written as digits alone, without a decimal point or an exponent (was 100.0)"},
            // Issue 33: read as 0.0 silently, an underflow; 0e-999999999 is 0 and read.
            {"{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"O\",\"location\":{\"latitude\":1e-999999999,\"longitude\":1}}",
                "/location/latitude", "must be 0 or a number further from 0 than about 4.9e-324 (a float's 1.4e-45), the "
                + "nearest a binary number holds: it would otherwise be read as 0 (was 1e-999999999)"},
            {"{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"O\",\"panelSize\":true}", "/panelSize",
                "must be a whole number (was true)"},
            {"{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"O\",\"panelSize\":[1]}", "/panelSize",
                "must be a whole number (was a list)"},
            {"{\"id\":5,\"name\":\"A\",\"organization\":\"O\"}", "/id", "must be text (was 5)"},
            {"{\"id\":\"p-1\",\"name\":{},\"organization\":\"O\"}", "/name", "must be text (was an object)"},
            {"{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"O\",\"location\":{\"latitude\":\"x\",\"longitude\":1}}",
                "/location/latitude", "must be a number (was \"x\")"},
        };
        for (String[] c : cases) {
            CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(c[0], Practice.class), c[0]);
            assertEquals(c[1], e.pointer(), c[0]);
            assertTrue(e.getMessage().endsWith(": " + c[2]), e.getMessage());
            for (String jackson : List.of("CoercionConfig", "JsonToken", "java.util", "Cannot deserialize", "Creator")) {
                assertTrue(!e.getMessage().contains(jackson), e.getMessage());
            }
        }
        CcmJsonException mode = assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                "{\"date\":\"2026-01-01\",\"mode\":\"FAX\",\"minutes\":5,\"practice\":\"p\",\"coaches\":[\"c\"]}",
                org.ccmcoach.core.coaching.Encounter.class));
        assertTrue(mode.getMessage().endsWith("/mode (line 1, column 29): must be one of ON_SITE, OFF_SITE, PHONE, VIDEO, EMAIL "
                + "(was \"FAX\")"), mode.getMessage());
    }

    @Test
    void zero_with_any_exponent_and_the_smallest_doubles_are_read() {
        String json = "{\"id\":\"p-1\",\"name\":\"A\",\"organization\":\"O\",\"location\":{\"latitude\":%s,\"longitude\":1}}";
        assertEquals(0.0, CcmJson.parse(String.format(json, "0e-999999999"), Practice.class).location().orElseThrow().latitude());
        assertEquals(-0.0, CcmJson.parse(String.format(json, "-0.000e5"), Practice.class).location().orElseThrow().latitude());
        assertEquals(Double.MIN_VALUE, CcmJson.parse(String.format(json, "4.9e-324"), Practice.class).location().orElseThrow().latitude());
        assertThrows(CcmJsonException.class, () -> CcmJson.parse(String.format(json, "-2e-324"), Practice.class));
        // A float: 1e-50 is a double but below a float's least, 1.4e-45.
        CcmJsonException f = assertThrows(CcmJsonException.class, () -> CcmJson.parse("{\"x\":1e-50}", OneFloat.class));
        assertTrue(f.getMessage().endsWith("it would otherwise be read as 0 (was 1e-50)"), f.getMessage());
        assertEquals(1e-44f, CcmJson.parse("{\"x\":1e-44}", OneFloat.class).x());
    }

    /** A float, for the underflow of a float. */
    record OneFloat(float x) {
    }

    @Test
    void generic_types_read_with_a_type_reference(@org.junit.jupiter.api.io.TempDir Path dir) {
        java.util.Map<PracticeId, List<Practice>> byId = java.util.Map.of(PRACTICE.id(), List.of(PRACTICE));
        String json = CcmJson.toJson(byId);
        tools.jackson.core.type.TypeReference<java.util.Map<PracticeId, List<Practice>>> type = new tools.jackson.core.type.TypeReference<>() {
        };
        assertEquals(byId, CcmJson.parse(json, type));
        Path file = dir.resolve("by-id.json");
        CcmJson.write(file, byId);
        assertEquals(byId, CcmJson.read(file, type));
        // The element is validated, and the pointer leads into the map.
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                "{\"p-17\": [{\"id\": \"p-17\", \"name\": \" \", \"organization\": \"Org\"}]}", type));
        assertEquals("/p-17/0/name", e.pointer());
    }
}
