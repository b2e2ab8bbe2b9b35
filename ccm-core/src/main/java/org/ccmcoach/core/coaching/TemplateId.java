package org.ccmcoach.core.coaching;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.ccmcoach.core.Identifier;

/**
 * The identifier of an intervention template, such as {@code ahrq-safety-net-pilot}.
 *
 * <pre>{@code
 * TemplateId id = TemplateId.of("ahrq-safety-net-pilot");
 * }</pre>
 */
public final class TemplateId extends Identifier<TemplateId> {

    private TemplateId(String value) {
        super(value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value  the text, in {@link Identifier#FORMAT}
     * @return the identifier, not null
     */
    @JsonCreator
    public static TemplateId of(String value) {
        return new TemplateId(value);
    }
}
