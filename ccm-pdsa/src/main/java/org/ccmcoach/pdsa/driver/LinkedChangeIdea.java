package org.ccmcoach.pdsa.driver;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.pdsa.ChangeIdea;
import org.ccmcoach.pdsa.CycleId;
import org.ccmcoach.pdsa.MeasureId;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A change idea in a {@link KeyDriverDiagram}: the idea, the drivers it acts on, and the measures and
 * PDSA ramps that test it.
 *
 * <p>A ramp is named by the id of its first cycle ({@code reminders-1}): ccm's choice, since a
 * {@link org.ccmcoach.pdsa.PdsaRamp} carries no id of its own and its first cycle's id is fixed once
 * the ramp starts. {@link KeyDriverDiagram#problemsAgainst} checks that each ramp named exists and
 * tests this idea.
 *
 * <pre>{@code
 * LinkedChangeIdea calls = LinkedChangeIdea.builder().id(NodeId.of("calls"))
 *         .idea(ChangeIdea.of("Phone reminders two days before diabetes visits", ChangeConcept.TIMELY_REMINDERS))
 *         .addDrivers(NodeId.of("reminding")).addMeasures(MeasureId.of("no-show-rate"))
 *         .addRamps(CycleId.of("reminders-1"))
 *         .build();
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableLinkedChangeIdea.class)
public abstract class LinkedChangeIdea implements WithLinkedChangeIdea {

    LinkedChangeIdea() {
    }

    /** {@return the change idea's identifier, unique in its diagram} */
    @NotNull
    public abstract NodeId id();

    /** {@return the change idea: what will be changed, on which CCM element} */
    @NotNull
    public abstract ChangeIdea idea();

    /** {@return the drivers (secondary, or primary) it acts on, at least one} */
    @Size(max = KeyDriverDiagram.MAX_LINKS)
    public abstract List<@NotNull NodeId> drivers();

    /** {@return the measures that show whether it works} */
    @Size(max = KeyDriverDiagram.MAX_LINKS)
    public abstract List<@NotNull MeasureId> measures();

    /** {@return the PDSA ramps that test it, each named by the id of its first cycle} */
    @Size(max = KeyDriverDiagram.MAX_LINKS)
    public abstract List<@NotNull CycleId> ramps();

    /**
     * Starts building a linked change idea.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LinkedChangeIdea}. */
    public static final class Builder extends ImmutableLinkedChangeIdea.Builder {
        Builder() {
        }
    }

    @Override
    public String toString() {
        return id() + ": " + idea().description();
    }
}
