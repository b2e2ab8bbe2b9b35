package org.ccmcoach.pdsa.driver;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.ccmcoach.core.Identifier;

/**
 * The identifier of a driver or a change idea in a {@link KeyDriverDiagram}, such as
 * {@code attendance}; links between the diagram's boxes name it. Unique within one diagram.
 *
 * <pre>{@code
 * NodeId id = NodeId.of("attendance");
 * }</pre>
 */
public final class NodeId extends Identifier<NodeId> {

    private NodeId(String value) {
        super(value);
    }

    /**
     * Obtains an identifier from its text.
     *
     * @param value  the text, in {@link Identifier#FORMAT}
     * @return the identifier, not null
     */
    @JsonCreator
    public static NodeId of(String value) {
        return new NodeId(value);
    }
}
