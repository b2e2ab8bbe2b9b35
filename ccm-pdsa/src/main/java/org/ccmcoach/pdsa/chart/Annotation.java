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
 * A note on a chart at a date, often the PDSA cycle that changed the process.
 *
 * <pre>{@code
 * Annotation.of(LocalDate.of(2026, 3, 2), "reminder calls start", CycleId.of("reminders-1"));
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableAnnotation.class)
public abstract class Annotation implements WithAnnotation {

    Annotation() {
    }

    /** {@return the date the note refers to} */
    @NotNull
    @SupportedDate
    public abstract LocalDate date();

    /** {@return the note} */
    @NotBlank
    @PlainText
    @Size(max = 500)
    public abstract String text();

    /** {@return the PDSA cycle it refers to, if any} */
    public abstract Optional<CycleId> cycle();

    /**
     * Obtains an annotation that cites a PDSA cycle.
     *
     * @param date  the date
     * @param text  the note
     * @param cycle  the cycle
     * @return the annotation, not null
     */
    public static Annotation of(LocalDate date, String text, CycleId cycle) {
        return ImmutableAnnotation.builder().date(date).text(text).cycle(cycle).build();
    }

    /**
     * Obtains an annotation.
     *
     * @param date  the date
     * @param text  the note
     * @return the annotation, not null
     */
    public static Annotation of(LocalDate date, String text) {
        return ImmutableAnnotation.builder().date(date).text(text).build();
    }

    @Value.Check
    final void validate() {
        CcmValidator.check(this);
    }

    @Override
    public String toString() {
        return date() + " " + text() + cycle().map(c -> " [" + c + "]").orElse("");
    }
}
