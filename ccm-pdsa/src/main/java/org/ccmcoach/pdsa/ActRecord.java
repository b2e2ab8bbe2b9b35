package org.ccmcoach.pdsa;

import jakarta.validation.constraints.NotBlank;
import org.ccmcoach.core.value.SupportedDate;
import org.ccmcoach.core.value.PlainText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The Act of a PDSA cycle: adopt, adapt or abandon, with the next steps and the date decided.
 *
 * <pre>{@code
 * ActRecord act = ActRecord.of(ActDecision.ADAPT, "Check numbers at check-in; test with 2 clinicians",
 *         LocalDate.of(2026, 3, 10));
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableActRecord.class)
public abstract class ActRecord implements WithActRecord {

    ActRecord() {
    }

    /** {@return adopt, adapt or abandon} */
    @NotNull
    public abstract ActDecision decision();

    /** {@return what comes next: how to sustain, what to refine, or which alternative to try} */
    @NotBlank
    @PlainText(multiLine = true)
    @Size(max = 2000)
    public abstract String nextSteps();

    /** {@return when the team decided} */
    @NotNull
    @SupportedDate
    public abstract LocalDate decided();

    /**
     * Obtains a decision.
     *
     * @param decision  adopt, adapt or abandon
     * @param nextSteps  what comes next, not blank
     * @param decided  when
     * @return the record, not null
     */
    public static ActRecord of(ActDecision decision, String nextSteps, LocalDate decided) {
        return ImmutableActRecord.builder().decision(decision).nextSteps(nextSteps).decided(decided).build();
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }
}
