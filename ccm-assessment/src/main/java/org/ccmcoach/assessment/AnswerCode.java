package org.ccmcoach.assessment;

import java.util.Optional;
import java.util.OptionalDouble;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.NotBlankIfPresent;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A coded answer a form offers, and the score it stands for: LOINC's {@code LA6571-9} "Nearly
 * every day" scores 3 on every PHQ-9 item.
 *
 * <p>Forms that send coded answers (FHIR's {@code valueCoding}) are scored from the code chosen,
 * as the form scores it, never from a weight the answer carries. A code without a score records
 * that there is no answer, such as FHIR's {@code asked-declined}: it is read as a missing answer,
 * which the instrument's missing-data policy then judges.
 *
 * <pre>{@code
 * AnswerCode nearlyEveryDay = AnswerCode.of("http://loinc.org", "LA6571-9", 3);
 * AnswerCode declined = AnswerCode.unscored("http://terminology.hl7.org/CodeSystem/data-absent-reason", "asked-declined");
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableAnswerCode.class)
public abstract class AnswerCode {

    AnswerCode() {
    }

    /** {@return the code system's URI, such as {@code http://loinc.org}; absent when the form gives none} */
    public abstract Optional<@NotBlankIfPresent @PlainText @Size(max = 1000) String> system();

    /** {@return the code, such as {@code LA6571-9}; FHIR allows inner spaces ({@code More than half the days})} */
    @NotBlank
    @PlainText
    @Size(max = 255)
    public abstract String code();

    /** {@return the code's display text, such as "Nearly every day"} */
    public abstract Optional<@NotBlankIfPresent @PlainText @Size(max = 1000) String> display();

    /** {@return the score the code stands for on the instrument's scale; empty when the code records no answer} */
    public abstract OptionalDouble score();

    /**
     * Obtains a scored code.
     *
     * @param system  the code system's URI, not blank
     * @param code  the code, not blank
     * @param score  the score on the instrument's scale
     * @return the answer code, not null
     */
    public static AnswerCode of(String system, String code, double score) {
        return builder().system(system).code(code).score(score).build();
    }

    /**
     * Obtains a code that records no answer (declined, unknown).
     *
     * @param system  the code system's URI, not blank
     * @param code  the code, not blank
     * @return the answer code, not null
     */
    public static AnswerCode unscored(String system, String code) {
        return builder().system(system).code(code).build();
    }

    /**
     * Starts building an answer code.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AnswerCode}. */
    public static final class Builder extends ImmutableAnswerCode.Builder {
        Builder() {
        }
    }

    /**
     * Whether this is the code a coded answer names: the same code, and the same system where both
     * give one.
     *
     * @param system  the answer's code system, or null when it gives none
     * @param code  the answer's code, not null
     * @return true if the answer chose this code
     */
    public final boolean matches(String system, String code) {
        return code().equals(code) && (system == null || system().isEmpty() || system().get().equals(system));
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    /** {@return {@code http://loinc.org|LA6571-9 = 3} or {@code …|asked-declined (no answer)}} */
    @Override
    public String toString() {
        return system().map(s -> s + "|").orElse("") + code()
                + (score().isPresent() ? " = " + Decimals.show(score().getAsDouble()) : " (no answer)");
    }
}
