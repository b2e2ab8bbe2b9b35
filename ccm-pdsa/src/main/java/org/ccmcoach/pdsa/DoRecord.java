package org.ccmcoach.pdsa;

import org.ccmcoach.core.value.NotBlankIfPresent;

import jakarta.validation.constraints.NotNull;
import org.ccmcoach.core.value.PlainText;
import org.ccmcoach.core.value.SupportedDate;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The Do of a PDSA cycle: whether the test ran as planned, what deviated, what was observed, when.
 *
 * <pre>{@code
 * DoRecord done = DoRecord.builder().asPlanned(true)
 *         .started(LocalDate.of(2026, 3, 2)).ended(LocalDate.of(2026, 3, 6))
 *         .addObservations("two numbers were out of date")
 *         .build();
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableDoRecord.class)
public abstract class DoRecord implements WithDoRecord {

    DoRecord() {
    }

    /** {@return whether the test was carried out as planned} */
    public abstract boolean asPlanned();

    /** {@return how it deviated from the plan; required when not as planned} */
    public abstract Optional<@NotBlankIfPresent @PlainText(multiLine = true) @Size(max = 2000) String> deviations();

    /** {@return problems and unexpected observations} */
    public abstract List<@NotNull @PlainText(multiLine = true) @Size(max = 2000) String> observations();

    /** {@return when the test started} */
    @NotNull
    @SupportedDate
    public abstract LocalDate started();

    /** {@return when it ended; not before it started} */
    @NotNull
    @SupportedDate
    public abstract LocalDate ended();

    /**
     * Starts building a record.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link DoRecord}. */
    public static final class Builder extends ImmutableDoRecord.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("ended", d -> !d.ended().isBefore(d.started()), "must not be before started " + started(),
                        DoRecord::ended)
                .require("deviations", d -> d.asPlanned() || d.deviations().isPresent(),
                        "must say how the test deviated when it did not run as planned", d -> null)
                .check();
    }
}
