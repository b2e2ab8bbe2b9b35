package org.ccmcoach.pdsa;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.ccmcoach.core.Identifier;

/**
 * The identifier of a PDSA cycle, such as {@code reminders-1}; chart annotations and parts cite it.
 *
 * <pre>{@code
 * CycleId id = CycleId.of("reminders-2");
 * }</pre>
 */
public final class CycleId extends Identifier<CycleId> {

    private CycleId(String value) {
        super(value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value  the text, in {@link Identifier#FORMAT}
     * @return the identifier, not null
     */
    @JsonCreator
    public static CycleId of(String value) {
        return new CycleId(value);
    }
}
