package org.ccmcoach.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.ccmcoach.core.Identifier;

/**
 * The identifier of an assessment instrument and its version, such as {@code acic-3.5}.
 *
 * <p>The format is that of every {@link Identifier}. In JSON it is a plain string.
 *
 * <pre>{@code
 * InstrumentId id = InstrumentId.of("pacic-20");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class InstrumentId extends Identifier<InstrumentId> {

    private InstrumentId(String value) {
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
    public static InstrumentId of(String value) {
        return new InstrumentId(value);
    }
}
