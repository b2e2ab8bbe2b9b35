package org.ccmcoach.fhir;

import java.util.Optional;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.core.value.Problem;

/**
 * {@link Problem}s at elements of a FHIR resource: the location a FHIRPath with 0-based indexes, as
 * FHIRPath counts them ({@code QuestionnaireResponse.item[3].answer[0].value}), printed as
 * {@code QuestionnaireResponse.item[3].answer[0].value: must be a whole number within 1..5 (was "7")}.
 * A fault in the JSON text itself is at a {@link Location.TextPosition} instead.
 */
public final class FhirProblems {

    private FhirProblems() {
    }

    /**
     * {@return a problem with the value found}
     *
     * @param fhirPath  where, as a FHIRPath, not null
     * @param rule  the rule broken, in words, with what to do where it helps
     * @param value  the value found, not null
     */
    public static Problem of(String fhirPath, String rule, String value) {
        return Problem.of(Location.fhirPath(fhirPath), rule, java.util.Objects.requireNonNull(value, "value"));
    }

    /**
     * {@return a problem with the value found, if any}
     *
     * @param fhirPath  where, as a FHIRPath, not null
     * @param rule  the rule broken
     * @param value  the value found, when there was one
     */
    public static Problem of(String fhirPath, String rule, Optional<String> value) {
        return Problem.of(Location.fhirPath(fhirPath), rule, value.orElse(null));
    }

    /**
     * {@return a problem with no value to show, such as a required element that is absent}
     *
     * @param fhirPath  where, as a FHIRPath, not null
     * @param rule  the rule broken
     */
    public static Problem of(String fhirPath, String rule) {
        return Problem.of(Location.fhirPath(fhirPath), rule);
    }
}
