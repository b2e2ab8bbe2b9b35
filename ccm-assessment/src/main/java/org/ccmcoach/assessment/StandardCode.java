package org.ccmcoach.assessment;

import java.util.Optional;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.NotBlankIfPresent;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A concept's code in a standard terminology, such as LOINC's {@code 44261-6}, the PHQ-9 total
 * score: what an instrument, an item or a score is called where health systems exchange it.
 *
 * <p>ccm's own ids stay the instrument's; a code is how a FHIR form, response or Observation from
 * elsewhere names the same thing, so that {@code InstrumentQuestionnaires} writes it and
 * {@code FhirResponses} finds an item by it whatever linkId the sender's form uses.
 *
 * <pre>{@code
 * StandardCode total = StandardCode.loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]");
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableStandardCode.class)
public abstract class StandardCode {

    /** LOINC's code system URI, as FHIR names it. */
    public static final String LOINC = "http://loinc.org";

    StandardCode() {
    }

    /** {@return the code system's URI, such as {@value #LOINC}} */
    @NotBlank
    @PlainText
    @Size(max = 1000)
    public abstract String system();

    /** {@return the code, such as {@code 44261-6}} */
    @NotBlank
    @PlainText
    @Size(max = 255)
    public abstract String code();

    /** {@return the terminology's name for the concept; absent where none is given} */
    public abstract Optional<@NotBlankIfPresent @PlainText @Size(max = 1000) String> display();

    /**
     * Obtains a code.
     *
     * @param system  the code system's URI, not blank
     * @param code  the code, not blank
     * @return the code, not null
     */
    public static StandardCode of(String system, String code) {
        return builder().system(system).code(code).build();
    }

    /**
     * Obtains a LOINC code with its display name.
     *
     * @param code  the LOINC code, such as {@code 44261-6}, not blank
     * @param display  LOINC's name for it, not blank
     * @return the code, not null
     */
    public static StandardCode loinc(String code, String display) {
        return builder().system(LOINC).code(code).display(display).build();
    }

    /**
     * Starts building a code.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link StandardCode}. */
    public static final class Builder extends ImmutableStandardCode.Builder {
        Builder() {
        }
    }

    /**
     * Whether a coding names this concept: the same system and code; the display is not compared.
     *
     * @param system  the coding's system, or null
     * @param code  the coding's code, or null
     * @return true if both agree
     */
    public final boolean matches(String system, String code) {
        return system().equals(system) && code().equals(code);
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    /** {@return {@code http://loinc.org|44261-6}} */
    @Override
    public String toString() {
        return system() + "|" + code();
    }
}
