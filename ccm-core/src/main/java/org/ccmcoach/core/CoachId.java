package org.ccmcoach.core;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The identifier of a practice coach (facilitator).
 *
 * <p>The format is that of every {@link Identifier}: 1 to 64 letters, digits, {@code . _ : -},
 * starting with a letter or digit. In JSON it is a plain string.
 *
 * <pre>{@code
 * CoachId id = CoachId.of("coach-ana");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CoachId extends Identifier<CoachId> {

    private CoachId(String value) {
        super(value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value  the text, not null
     * @return the identifier, not null
     * @throws org.ccmcoach.core.value.CcmValidationException if the text does not match {@link Identifier#FORMAT}
     */
    @JsonCreator
    public static CoachId of(String value) {
        return new CoachId(value);
    }
}
