package org.ccmcoach.pdsa;

import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How large a test of change is: patients, clinicians, sites and days, as far as recorded.
 * Early cycles are small (a few patients, one clinician, one day) and grow along a ramp.
 *
 * <pre>{@code
 * TestScale first = TestScale.builder().patients(5).clinicians(1).days(1).build();
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableTestScale.class)
public abstract class TestScale implements WithTestScale {

    TestScale() {
    }

    /** {@return patients included} */
    @Positive
    public abstract OptionalInt patients();

    /** {@return clinicians taking part} */
    @Positive
    public abstract OptionalInt clinicians();

    /** {@return sites taking part} */
    @Positive
    public abstract OptionalInt sites();

    /** {@return days the test ran} */
    @Positive
    public abstract OptionalInt days();

    /**
     * Starts building a scale.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TestScale}. */
    public static final class Builder extends ImmutableTestScale.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("patients", s -> s.patients().isPresent() || s.clinicians().isPresent()
                        || s.sites().isPresent() || s.days().isPresent(), "or clinicians, sites or days must be given", s -> null)
                .check();
    }

    /** {@return {@code 5 patients, 1 clinician, 1 day}} */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        patients().ifPresent(n -> parts.add(n + (n == 1 ? " patient" : " patients")));
        clinicians().ifPresent(n -> parts.add(n + (n == 1 ? " clinician" : " clinicians")));
        sites().ifPresent(n -> parts.add(n + (n == 1 ? " site" : " sites")));
        days().ifPresent(n -> parts.add(n + (n == 1 ? " day" : " days")));
        return String.join(", ", parts);
    }
}
