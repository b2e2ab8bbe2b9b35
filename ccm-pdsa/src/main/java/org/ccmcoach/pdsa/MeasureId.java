package org.ccmcoach.pdsa;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.ccmcoach.core.Identifier;

/**
 * The identifier of a measure, such as {@code no-show-rate}.
 *
 * <pre>{@code
 * MeasureId id = MeasureId.of("no-show-rate");
 * }</pre>
 */
public final class MeasureId extends Identifier<MeasureId> {

    private MeasureId(String value) {
        super(value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value  the text, in {@link Identifier#FORMAT}
     * @return the identifier, not null
     */
    @JsonCreator
    public static MeasureId of(String value) {
        return new MeasureId(value);
    }
}
