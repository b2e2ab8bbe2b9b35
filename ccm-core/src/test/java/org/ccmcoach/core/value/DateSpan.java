package org.ccmcoach.core.value;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A test-only value type with a cross-field rule, declared the way ccm types are. */
@CcmStyle
@Value.Immutable
abstract class DateSpan {

    @NotNull
    abstract LocalDate start();

    @NotNull
    abstract LocalDate end();

    static ImmutableDateSpan.Builder builder() {
        return ImmutableDateSpan.builder();
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .require("end", s -> !s.end().isBefore(s.start()), "must not be before start " + start(), DateSpan::end)
                .check();
    }
}
