package org.ccmcoach.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.ccmcoach.core.Identifier;

/**
 * Whom or what an assessment is about: a practice, a practice team or site, or a pseudonymous
 * patient, such as {@code site-1} or {@code pt-0042}.
 *
 * <p>The format is that of every {@link Identifier}; never put a name or a medical record number
 * here. In JSON it is a plain string.
 *
 * <pre>{@code
 * SubjectId site = SubjectId.of("site-1");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SubjectId extends Identifier<SubjectId> {

    private SubjectId(String value) {
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
    public static SubjectId of(String value) {
        return new SubjectId(value);
    }
}
