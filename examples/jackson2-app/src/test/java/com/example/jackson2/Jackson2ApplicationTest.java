package com.example.jackson2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.IncompatibleJacksonException;
import org.junit.jupiter.api.Test;

/** A Jackson 2.18 application that added ccm-json without ccm-bom. */
class Jackson2ApplicationTest {

    private static final String PRACTICE = "{\"id\":\"p-1\",\"name\":\"Elm Street\",\"organization\":\"North\"}";

    @Test
    void the_class_path_is_the_one_an_application_with_jackson_2_18_gets() {
        assertEquals("2.18.2", JsonProperty.class.getPackage().getImplementationVersion());
    }

    @Test
    void the_first_use_of_ccm_json_names_the_versions_and_the_fix() {
        IncompatibleJacksonException e = assertThrows(IncompatibleJacksonException.class,
                () -> CcmJson.parse(PRACTICE, Practice.class));
        String message = e.getMessage();
        assertTrue(message.startsWith("ccm-json found com.fasterxml.jackson.core:jackson-annotations 2.18.2 ("), message);
        assertTrue(message.contains("jackson-annotations-2.18.2.jar), but jackson-databind 3.2.4 needs jackson-annotations 2.22 or newer"), message);
        assertTrue(message.contains("Fix: import org.ccmcoach:ccm-bom"), message);
        assertTrue(message.contains("Or pin com.fasterxml.jackson.core:jackson-annotations to 2.22"), message);
        assertEquals("jackson-databind 3.2.4, jackson-annotations 2.18.2", e.found());
        // Every later use says the same, rather than a NoClassDefFoundError or an ExceptionInInitializerError.
        IncompatibleJacksonException again = assertThrows(IncompatibleJacksonException.class,
                () -> CcmJson.toJson(PracticeId.of("p-1")));
        assertEquals(message, again.getMessage());
    }

    @Test
    void without_the_check_the_same_class_path_fails_with_a_linkage_error() {
        // The failure the check replaces: Jackson 3.2's databind needs annotations that 2.18 does not have.
        // An application's own Jackson 3 mapper fails so in its builder, before any module (ccm's too) is asked.
        NoClassDefFoundError e = assertThrows(NoClassDefFoundError.class,
                () -> tools.jackson.databind.json.JsonMapper.builder().build());
        assertTrue(e.getMessage().startsWith("com/fasterxml/jackson/annotation/"), e.getMessage());
    }

    @Test
    void ccm_values_and_the_applications_jackson_2_need_nothing_of_ccm_json() throws Exception {
        Practice practice = Practice.builder().id(PracticeId.of("p-1")).name("Elm Street").organization("North").build();
        assertEquals("p-1", practice.id().value());
        assertEquals("{\"practice\":\"p-1\"}", new ObjectMapper().writeValueAsString(new Visit("p-1")));
    }

    /** A type of the application's, bound by its own Jackson 2. */
    public record Visit(@JsonProperty("practice") String practice) {
    }
}
