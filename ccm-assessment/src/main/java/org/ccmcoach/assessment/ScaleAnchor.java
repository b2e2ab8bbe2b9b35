package org.ccmcoach.assessment;

import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A labelled point of a response scale, such as 1 = "none of the time".
 *
 * <pre>{@code
 * ScaleAnchor never = ScaleAnchor.of(1, "none of the time");
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableScaleAnchor.class)
public abstract class ScaleAnchor {

    ScaleAnchor() {
    }

    /** {@return the point on the scale} */
    @Value.Parameter
    public abstract double value();

    /** {@return its label, at most 100 characters} */
    @Value.Parameter
    @NotBlank
    @PlainText
    @Size(max = 100)
    public abstract String label();

    /**
     * Obtains an anchor.
     *
     * @param value  the point on the scale
     * @param label  its label, not blank
     * @return the anchor, not null
     */
    public static ScaleAnchor of(double value, String label) {
        return ImmutableScaleAnchor.of(value, label);
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    @Override
    public String toString() {
        return Decimals.show(value()) + " = " + label();
    }
}
