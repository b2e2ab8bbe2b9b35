package org.ccmcoach.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.core.ChangeConcept;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.CoachRole;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.ProgramId;
import org.ccmcoach.core.TriageLevel;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module for every ccm type.
 *
 * <p>The value types carry their JSON binding as annotations (read only when Jackson is present),
 * so this module's work is the part annotations cannot state: it omits absent optional values
 * ({@code "location"} is left out rather than written as {@code null}; this applies to every
 * {@code Optional}, {@code OptionalInt}, … property the mapper writes), and
 * reads decimal numbers only from JSON numbers, and only finite ones (Jackson alone reads the
 * string {@code "NaN"} as a double), and lists the types a ccm document may be ({@link #documentTypes()}). It is found by
 * {@code ServiceLoader}, so {@code JsonMapper.builder().findAndAddModules()} picks it up; most
 * callers use {@link CcmJson#mapper()}, which has it and the strict reading settings.
 *
 * <pre>{@code
 * JsonMapper mine = JsonMapper.builder()
 *         .addModule(new CcmJacksonModule())
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CcmJacksonModule extends JacksonModule {

    private static final List<Class<?>> DOCUMENT_TYPES = List.of(
            Practice.class, Coach.class, GeoPoint.class, TriageLevel.class,
            PracticeId.class, CoachId.class, ProgramId.class,
            CcmElement.class, ChangeConcept.class, CoachRole.class);

    /**
     * Creates the module; {@code ServiceLoader} calls this, and so may callers building their own mapper.
     */
    public CcmJacksonModule() {
    }

    /**
     * The public ccm types that may be read or written as a JSON document of their own.
     *
     * @return the types, immutable, in a stable order
     */
    public static List<Class<?>> documentTypes() {
        return DOCUMENT_TYPES;
    }

    @Override
    public String getModuleName() {
        return "ccm";
    }

    @Override
    public Version version() {
        return new Version(0, 1, 0, "SNAPSHOT", "org.ccmcoach", "ccm-json");
    }

    @Override
    public void setupModule(SetupContext context) {
        // Config overrides are keyed by the exact class, and ccm values are written as their
        // generated subclasses, so the rule is set on the optional types themselves.
        JsonInclude.Value nonAbsent = JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT);
        for (Class<?> optional : List.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class)) {
            context.configOverride(optional).setIncludeAsProperty(nonAbsent);
        }
        context.addDeserializers(FiniteNumbers.deserializers());
    }
}
