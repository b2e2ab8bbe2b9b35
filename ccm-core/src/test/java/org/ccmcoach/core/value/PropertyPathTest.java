package org.ccmcoach.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.junit.jupiter.api.Test;

class PropertyPathTest {

    @Test
    void renders_names_indexes_keys_and_elements_as_people_read_them() {
        assertEquals("contacts[2].date", PropertyPath.of("contacts").at(2).then("date").toString());
        assertEquals("answers[1.1]", PropertyPath.of("answers").at("1.1").toString());
        assertEquals("expertise[]", PropertyPath.of("expertise").element().toString());
        assertEquals(List.of(new PropertyPath.Name("answers"), new PropertyPath.Key("1.1")),
                PropertyPath.of("answers").at("1.1").segments(), "a key holding a dot stays one key");
    }

    @Test
    void jakarta_violations_carry_their_segments() {
        // A map value's constraint: the key is one segment, whatever it holds.
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> Practice.builder()
                .id(PracticeId.of("p-1")).name("A").organization("Org").putAttributes("a.b[c]", "x\u0007").build());
        Problem v = e.problems().get(0);
        assertEquals(List.of(new PropertyPath.Name("attributes"), new PropertyPath.Key("a.b[c]")), v.atProperty().path().segments());
        assertEquals("attributes[a.b[c]]", v.atProperty().property());
    }

    @Test
    void a_property_given_as_text_is_names_only() {
        assertEquals(List.of(new PropertyPath.Name("study"), new PropertyPath.Name("date")),
                Problem.of("PdsaCycle", "study.date", "must not be before the do date", null).atProperty().path().segments());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Problem.of("Engagement", "contacts[2].date", "must not be before start", null));
        assertEquals("property: must be names joined by '.'; give a path through a list or map as a PropertyPath"
                + " (was \"contacts[2].date\")", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PropertyPath(List.of(new PropertyPath.Index(0))));
    }
}
