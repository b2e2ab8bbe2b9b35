package org.ccmcoach.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ccmcoach.json.IncompatibleJacksonException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class JacksonCompatibilityProperties {

    /** Jackson 3.m (m at least the built line) runs on jackson-annotations 2.n exactly when n >= 20 + m. */
    @Property
    void annotations_must_reach_the_version_their_databind_line_names(
            @ForAll @IntRange(min = JacksonCompatibility.BUILT_MINOR, max = 30) int minor,
            @ForAll @IntRange(min = 0, max = 20) int patch,
            @ForAll @IntRange(min = 9, max = 60) int annotationsMinor) {
        String databind = "3." + minor + "." + patch;
        String annotations = "2." + annotationsMinor;
        Optional<IncompatibleJacksonException> problem = JacksonCompatibility.check(Optional.of(databind), Optional.of(annotations), "");
        assertEquals(annotationsMinor < 20 + minor, problem.isPresent(), databind + " with " + annotations);
        problem.ifPresent(e -> {
            assertTrue(e.getMessage().contains("jackson-annotations " + annotations), e.getMessage());
            assertTrue(e.getMessage().contains("needs jackson-annotations 2." + (20 + minor) + " or newer"), e.getMessage());
        });
    }

    /** Any databind before the built line, or of another major version, is refused whatever the annotations. */
    @Property
    void other_databind_lines_are_refused(@ForAll @IntRange(min = 0, max = 9) int major,
                                          @ForAll @IntRange(min = 0, max = 30) int minor,
                                          @ForAll @IntRange(min = 20, max = 60) int annotationsMinor) {
        boolean supported = major == 3 && minor >= JacksonCompatibility.BUILT_MINOR;
        Optional<IncompatibleJacksonException> problem = JacksonCompatibility.check(
                Optional.of(major + "." + minor + ".0"), Optional.of("2." + annotationsMinor), "");
        if (!supported) {
            assertTrue(problem.isPresent());
            assertTrue(problem.get().getMessage().startsWith("ccm-json needs Jackson databind 3."), problem.get().getMessage());
        }
    }
}
