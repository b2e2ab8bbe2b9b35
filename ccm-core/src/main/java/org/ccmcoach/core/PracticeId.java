package org.ccmcoach.core;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The identifier of a primary care practice or practice team.
 *
 * <p>The format is that of every {@link Identifier}: 1 to 64 letters, digits, {@code . _ : -},
 * starting with a letter or digit. In JSON it is a plain string.
 *
 * <pre>{@code
 * PracticeId id = PracticeId.of("p-17");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PracticeId extends Identifier<PracticeId> {

    private PracticeId(String value) {
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
    public static PracticeId of(String value) {
        return new PracticeId(value);
    }
}
