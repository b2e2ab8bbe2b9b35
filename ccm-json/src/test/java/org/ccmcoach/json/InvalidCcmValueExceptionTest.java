package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.app.Enrolment;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.core.value.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** An application's own Jackson 3 mapper, with ccm's module found by ServiceLoader, refusing ccm values' broken rules as bad input. */
class InvalidCcmValueExceptionTest {

    /** What Spring Boot 4 builds: the modules found by ServiceLoader, and the README's strict reading. */
    private static final JsonMapper MINE = CcmJacksonModule.strictReading(JsonMapper.builder().findAndAddModules()).build();
    /** The mapper an application gets without asking for anything. */
    private static final JsonMapper PLAIN = JsonMapper.builder().findAndAddModules().build();

    private static final String BLANK_NAME = "{\n  \"id\": \"p-1\",\n  \"name\": \" \",\n  \"organization\": \"North\"\n}";

    private static Location.JsonValue at(Problem p) {
        return (Location.JsonValue) p.location();
    }

    @Test
    void a_broken_rule_is_a_jackson_input_mismatch_at_its_value() {
        for (JsonMapper mapper : List.of(MINE, PLAIN)) {
            InvalidCcmValueException e = assertThrows(InvalidCcmValueException.class, () -> mapper.readValue(BLANK_NAME, Practice.class));
            assertInstanceOf(MismatchedInputException.class, e, "the family frameworks answer as bad input");
            // Line 3 is `  "name": " ",`: the value starts after 10 characters, at column 11.
            assertEquals(new Location.JsonValue("/name", 3, 11), e.problems().get(0).location());
            assertEquals("/name", e.pointer());
            assertEquals(3, e.line());
            assertEquals(11, e.column());
            assertEquals(1, e.problems().size());
            assertEquals(Optional.of(" "), e.problems().get(0).value());
            assertEquals("must not be blank", e.problems().get(0).rule());
            assertEquals("Cannot read Practice at /name (line 3, column 11): Practice.name: must not be blank (was \" \")",
                    e.getOriginalMessage());
            assertEquals(Practice.class, e.getTargetType());
            assertEquals(3, e.getLocation().getLineNr(), "Jackson's own message names the same place");
            assertEquals(11, e.getLocation().getColumnNr());
            assertInstanceOf(CcmValidationException.class, e.getCause());
        }
    }

    @Test
    void the_same_bytes_from_a_stream_are_placed_alike() {
        // A framework reads a request body from a stream that cannot be read again: the places are noted on the way.
        InvalidCcmValueException e = assertThrows(InvalidCcmValueException.class, () -> MINE.readValue(
                new java.io.ByteArrayInputStream(BLANK_NAME.getBytes(StandardCharsets.UTF_8)), Practice.class));
        assertEquals(new Location.JsonValue("/name", 3, 11), e.problems().get(0).location());
    }

    @Test
    void an_identifier_given_as_a_string_is_refused_at_the_string() {
        String json = "{\n  \"id\": \"\",\n  \"name\": \"A\",\n  \"organization\": \"North\"\n}";
        InvalidCcmValueException e = assertThrows(InvalidCcmValueException.class, () -> MINE.readValue(json, Practice.class));
        // Line 2 is `  "id": "",`: 8 characters before the value, so column 9.
        assertEquals(new Location.JsonValue("/id", 2, 9), e.problems().get(0).location());
        assertEquals(Optional.of(""), e.problems().get(0).value());
        assertTrue(e.getOriginalMessage().startsWith("Cannot read PracticeId at /id (line 2, column 9): PracticeId.value: "),
                e.getOriginalMessage());
        assertEquals("/id", JsonPositions.pointer(e.getPath()).toString(), "Jackson's own path agrees");
    }

    @Test
    void every_broken_rule_is_at_its_own_value() {
        String json = "{\"latitude\": 91, \"longitude\": 200}";
        InvalidCcmValueException e = assertThrows(InvalidCcmValueException.class, () -> MINE.readValue(json, GeoPoint.class));
        // `{"latitude": ` is 13 characters, so 91 is at column 14; `{"latitude": 91, "longitude": ` is 30, so 200 at 31.
        assertEquals(List.of(new Location.JsonValue("/latitude", 1, 14), new Location.JsonValue("/longitude", 1, 31)),
                e.problems().stream().map(Problem::location).toList());
        assertEquals(List.of(Optional.of(91.0), Optional.of(200.0)), e.problems().stream().map(Problem::value).toList());
    }

    @Test
    void a_missing_required_property_is_named_at_the_object_that_lacks_it() {
        String json = "{\n  \"id\": \"p-1\",\n  \"organization\": \"North\"\n}";
        InvalidCcmValueException e = assertThrows(InvalidCcmValueException.class, () -> MINE.readValue(json, Practice.class));
        // The document holds no value at /name: the problem is the object's, at its `{` (the document, 1:1),
        // in the words CcmJson uses.
        assertEquals(new Location.JsonValue("", 1, 1), e.problems().get(0).location());
        assertEquals("required property \"name\" is missing", e.problems().get(0).rule());
        assertEquals("Cannot read Practice at the document (line 1, column 1): required property \"name\" is missing",
                e.getOriginalMessage());
    }

    @Test
    void a_ccm_value_inside_an_applications_own_type_is_placed_in_the_whole_document() {
        String json = "{\"months\": 3,\n \"practice\": {\"id\": \"p-1\", \"name\": \" \", \"organization\": \"North\"}}";
        InvalidCcmValueException e = assertThrows(InvalidCcmValueException.class, () -> MINE.readValue(json, Enrolment.class));
        // Line 2 is ` "practice": {"id": "p-1", "name": " ", ...`: 35 characters before `" "`, so column 36.
        assertEquals(new Location.JsonValue("/practice/name", 2, 36), e.problems().get(0).location());
        assertEquals("/practice", JsonPositions.pointer(e.getPath()).toString());
        // Its own types keep the application's mapper's rules; a valid enrolment reads.
        Practice p = Practice.builder().id(PracticeId.of("p-1")).name("Elm").organization("North").build();
        assertEquals(new Enrolment(p, 3), MINE.readValue("{\"months\": 3, \"practice\": " + CcmJson.toJson(p) + "}", Enrolment.class));
    }

    @Test
    void values_in_a_list_are_placed_by_index() {
        String json = "[\n  {\"id\": \"p-1\", \"name\": \"A\", \"organization\": \"North\"},\n"
                + "  {\"id\": \"p-2\", \"name\": \" \", \"organization\": \"North\"}\n]";
        InvalidCcmValueException e = assertThrows(InvalidCcmValueException.class,
                () -> MINE.readValue(json, new tools.jackson.core.type.TypeReference<List<Practice>>() { }));
        // Line 3 is `  {"id": "p-2", "name": " ", ...`: 24 characters before `" "`, so column 25.
        assertEquals(new Location.JsonValue("/1/name", 3, 25), e.problems().get(0).location());
    }

    @Test
    void ccm_json_still_throws_its_own_exception_with_the_same_place() {
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(BLANK_NAME, Practice.class));
        assertEquals("/name", e.pointer());
        assertEquals(3, e.line());
        assertEquals(11, e.column());
        assertEquals("Cannot read Practice at /name (line 3, column 11): Practice.name: must not be blank (was \" \")", e.getMessage());
    }

    @Test
    void jacksons_own_refusals_become_problems_at_jacksons_place() {
        // Unknown property: line 2 is `  "panelsize": 5}`; placed at its value, after 15 characters: column 16.
        String unknown = "{\"id\": \"p-1\", \"name\": \"A\", \"organization\": \"North\",\n  \"panelsize\": 5}";
        UnrecognizedPropertyException u = assertThrows(UnrecognizedPropertyException.class, () -> MINE.readValue(unknown, Practice.class));
        Problem p = CcmJson.problems(u).get(0);
        assertEquals(new Location.JsonValue("/panelsize", 2, 16), p.location());
        assertTrue(p.rule().startsWith("unknown property \"panelsize\"; known properties: "), p.rule());
        // Wrong type: `{"id": "p-1", "name": 5` puts the 5 at column 23.
        String wrongType = "{\"id\": \"p-1\", \"name\": 5, \"organization\": \"North\"}";
        MismatchedInputException w = assertThrows(MismatchedInputException.class, () -> MINE.readValue(wrongType, Practice.class));
        assertEquals(new Location.JsonValue("/name", 1, 23), at(CcmJson.problems(w).get(0)));
        assertEquals("must be text (was 5)", CcmJson.problems(w).get(0).rule());
        // Duplicate key: the second "name" starts at column 28 of `{"id": "p-1", "name": "A", "name": "B", ...`.
        String duplicate = "{\"id\": \"p-1\", \"name\": \"A\", \"name\": \"B\", \"organization\": \"North\"}";
        StreamReadException d = assertThrows(StreamReadException.class, () -> MINE.readValue(duplicate, Practice.class));
        Location.JsonValue dAt = at(CcmJson.problems(d).get(0));
        assertEquals("/name", dAt.pointer());
        assertEquals(1, dAt.line());
        // Malformed: line 2 `  "name": }` has the `}` at column 11 where a value belongs.
        String malformed = "{\"id\": \"p-1\",\n  \"name\": }";
        JacksonException m = assertThrows(JacksonException.class, () -> MINE.readValue(malformed, Practice.class));
        assertEquals(new Location.JsonValue("/name", 2, 11), at(CcmJson.problems(m).get(0)));
    }
}
