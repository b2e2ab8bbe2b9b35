package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.core.ChangeConcept;
import org.ccmcoach.core.CoachRole;
import org.ccmcoach.core.testing.CoreArbitraries;
import org.ccmcoach.core.value.CcmValidator;
import org.junit.jupiter.api.Test;

/** Every public document type survives JSON and back, compact and pretty. */
class RoundTripProperties {

    /** One generator per document type; the test below fails when a type is added without one. */
    private static final Map<Class<?>, Arbitrary<?>> GENERATORS = Map.of(
            org.ccmcoach.core.Practice.class, CoreArbitraries.practices(),
            org.ccmcoach.core.Coach.class, CoreArbitraries.coaches(),
            org.ccmcoach.core.GeoPoint.class, CoreArbitraries.geoPoints(),
            org.ccmcoach.core.PracticeId.class, CoreArbitraries.practiceIds(),
            org.ccmcoach.core.CoachId.class, CoreArbitraries.coachIds(),
            org.ccmcoach.core.ProgramId.class, CoreArbitraries.programIds(),
            CcmElement.class, Arbitraries.of(CcmElement.class),
            ChangeConcept.class, Arbitraries.of(ChangeConcept.class),
            CoachRole.class, Arbitraries.of(CoachRole.class),
            org.ccmcoach.core.TriageLevel.class, Arbitraries.of(org.ccmcoach.core.TriageLevel.class));

    @Test
    void every_document_type_has_a_generator() {
        assertEquals(Map.copyOf(GENERATORS).keySet(), java.util.Set.copyOf(CcmJacksonModule.documentTypes()));
    }

    @Provide
    Arbitrary<Object> values() {
        return Arbitraries.oneOf(GENERATORS.values().stream().map(a -> a.map(v -> (Object) v)).toList());
    }

    @Property(tries = 2000)
    void json_round_trip(@ForAll("values") Object value) {
        assertEquals(value, CcmJson.parse(CcmJson.toJson(value), CcmValidator.publicType(value.getClass())));
        assertEquals(value, CcmJson.parse(CcmJson.toPrettyJson(value), CcmValidator.publicType(value.getClass())));
    }

}
