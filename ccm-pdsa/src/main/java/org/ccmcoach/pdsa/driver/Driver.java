package org.ccmcoach.pdsa.driver;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.PlainText;
import org.ccmcoach.pdsa.MeasureId;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A driver of a {@link KeyDriverDiagram}: something the team believes must change for the aim to be
 * met. A primary driver acts on the aim directly and names no other driver; a secondary driver acts
 * on one or more primary drivers, which it names in {@link #drives()} (IHI, QI Essentials Toolkit:
 * Driver Diagram, 2017: secondary drivers are components of, or influences on, the primary drivers).
 *
 * <pre>{@code
 * Driver attendance = Driver.primary("attendance", "Patients come to the visits they booked");
 * Driver reminding = Driver.secondary("reminding", "Patients are reminded in time", "attendance");
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableDriver.class)
public abstract class Driver implements WithDriver {

    Driver() {
    }

    /** {@return the driver's identifier, unique in its diagram} */
    @NotNull
    public abstract NodeId id();

    /** {@return what must change, in the team's words} */
    @NotBlank
    @PlainText
    @Size(max = KeyDriverDiagram.MAX_TEXT)
    public abstract String text();

    /** {@return the primary drivers a secondary driver acts on; empty for a primary driver, which acts on the aim} */
    @Size(max = KeyDriverDiagram.MAX_LINKS)
    public abstract List<@NotNull NodeId> drives();

    /**
     * {@return the measures that show whether the driver moves (IHI's toolkit: "as you identify each
     * driver, establish a way to measure it"); may be empty while the team has none}
     */
    @Size(max = KeyDriverDiagram.MAX_LINKS)
    public abstract List<@NotNull MeasureId> measures();

    /**
     * Obtains a primary driver.
     *
     * @param id  the identifier, in {@link org.ccmcoach.core.Identifier#FORMAT}
     * @param text  what must change, not blank
     * @return the driver, not null
     */
    public static Driver primary(String id, String text) {
        return builder().id(NodeId.of(id)).text(text).build();
    }

    /**
     * Obtains a secondary driver.
     *
     * @param id  the identifier
     * @param text  what must change, not blank
     * @param drives  the identifiers of the primary drivers it acts on, at least one
     * @return the driver, not null
     */
    public static Driver secondary(String id, String text, String... drives) {
        return builder().id(NodeId.of(id)).text(text).addAllDrives(Arrays.stream(drives).map(NodeId::of).toList()).build();
    }

    /**
     * Starts building a driver.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Driver}. */
    public static final class Builder extends ImmutableDriver.Builder {
        Builder() {
        }
    }

    @Override
    public String toString() {
        return id() + ": " + text();
    }
}
