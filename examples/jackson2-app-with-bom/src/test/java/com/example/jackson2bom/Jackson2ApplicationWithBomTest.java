package com.example.jackson2bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.junit.jupiter.api.Test;

/** The Jackson 2.18 application that imports ccm-bom before its Jackson 2 BOM. */
class Jackson2ApplicationWithBomTest {

    @Test
    void ccm_bom_gives_the_annotations_jackson_3_needs() {
        assertEquals("2.22", JsonProperty.class.getPackage().getImplementationVersion());
        assertEquals("2.18.2", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
                "the application keeps its own Jackson 2");
    }

    @Test
    void ccm_json_reads_and_writes_strictly() {
        Practice practice = Practice.builder().id(PracticeId.of("p-1")).name("Elm Street").organization("North").build();
        String json = CcmJson.toJson(practice);
        assertEquals(practice, CcmJson.parse(json, Practice.class));
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(
                "{\"id\":\"p-1\",\"name\":\"Elm Street\",\"organization\":\"North\",\"panelsize\":5}", Practice.class));
        assertEquals("/panelsize", e.pointer());
    }

    @Test
    void the_applications_jackson_2_runs_on_the_newer_annotations() throws Exception {
        ObjectMapper mine = new ObjectMapper();
        assertEquals("{\"practice\":\"p-1\"}", mine.writeValueAsString(new Visit("p-1")));
        assertEquals(new Visit("p-1"), mine.readValue("{\"practice\":\"p-1\"}", Visit.class));
    }

    /** A type of the application's, bound by its own Jackson 2. */
    public record Visit(@JsonProperty("practice") String practice) {
    }
}
