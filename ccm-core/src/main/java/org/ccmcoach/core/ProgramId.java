package org.ccmcoach.core;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The identifier of a coaching program, such as a pilot or a regional scale-up.
 *
 * <p>The format is that of every {@link Identifier}: 1 to 64 letters, digits, {@code . _ : -},
 * starting with a letter or digit. In JSON it is a plain string.
 *
 * <pre>{@code
 * ProgramId id = ProgramId.of("ahrq-pilot-2009");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgramId extends Identifier<ProgramId> {

    private ProgramId(String value) {
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
    public static ProgramId of(String value) {
        return new ProgramId(value);
    }
}
