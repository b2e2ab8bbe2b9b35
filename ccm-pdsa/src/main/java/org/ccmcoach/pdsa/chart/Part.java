package org.ccmcoach.pdsa.chart;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.SupportedDate;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.pdsa.CycleId;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The start of a new part (phase) of a chart, with its own centre line, limits and runs analysis,
 * from a date on; started by the user with a reason, often the adopted PDSA change, never
 * automatically.
 *
 * <pre>{@code
 * Part.of(LocalDate.of(2026, 7, 1), "reminders adopted clinic-wide", CycleId.of("reminders-3"));
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutablePart.class)
public abstract class Part implements WithPart {

    Part() {
    }

    /** {@return the first date of the part} */
    @NotNull
    @SupportedDate
    public abstract LocalDate start();

    /** {@return why the process is taken to have changed} */
    @NotBlank
    @PlainText
    @Size(max = 500)
    public abstract String reason();

    /** {@return the PDSA cycle that changed it, if any} */
    public abstract Optional<CycleId> cycle();

    /**
     * Obtains a part start that cites a PDSA cycle.
     *
     * @param start  the first date of the part
     * @param reason  why
     * @param cycle  the cycle
     * @return the part, not null
     */
    public static Part of(LocalDate start, String reason, CycleId cycle) {
        return ImmutablePart.builder().start(start).reason(reason).cycle(cycle).build();
    }

    /**
     * Obtains a part start.
     *
     * @param start  the first date of the part
     * @param reason  why
     * @return the part, not null
     */
    public static Part of(LocalDate start, String reason) {
        return ImmutablePart.builder().start(start).reason(reason).build();
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    @Override
    public String toString() {
        return "from " + start() + ": " + reason() + cycle().map(c -> " [" + c + "]").orElse("");
    }
}
