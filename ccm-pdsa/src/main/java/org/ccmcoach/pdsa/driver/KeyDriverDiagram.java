package org.ccmcoach.pdsa.driver;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.PlainText;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.core.value.PropertyPath;
import org.ccmcoach.pdsa.Aim;
import org.ccmcoach.pdsa.CycleId;
import org.ccmcoach.pdsa.Measure;
import org.ccmcoach.pdsa.MeasureId;
import org.ccmcoach.pdsa.PdsaCycle;
import org.ccmcoach.pdsa.PdsaRamp;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A key driver diagram: a team's theory of how its aim will be met, read from the aim on the left
 * through primary drivers (what acts on the aim directly) and secondary drivers (what acts on the
 * primary drivers) to the change ideas the team tests, each linked to the measures and PDSA ramps
 * that test it.
 *
 * <p>The form is the one described by Bennett B, Provost L. What's your theory? Driver diagram serves
 * as tool for building and testing theories for improvement. Quality Progress 2015;48(7):36–43, and by
 * IHI's QI Essentials Toolkit: Driver Diagram (Institute for Healthcare Improvement, 2017): an aim,
 * a few primary drivers (the toolkit recommends 2 to 5), secondary drivers that are components of
 * or influences on them (one may act on several, as IHI's driver-diagram teaching shows), and change
 * ideas to test for each secondary driver. ccm also lets a change idea hang directly from a primary
 * driver, as diagrams in practice often do.
 *
 * <p>Checked where it is built or read (ccm's rules, each problem once, at its place such as
 * {@code changeIdeas[2].drivers[0]}): identifiers unique across drivers and change ideas; a primary
 * driver names no driver (it acts on the aim); a secondary driver names at least one primary driver;
 * a change idea names at least one driver; every link names a node of the diagram; no list repeats an
 * entry. Two levels of driver, each naming only the level nearer the aim, give every driver and change
 * idea a path to the aim and leave no room for a cycle. Measures and ramps are checked separately, by
 * {@link #problemsAgainst}, since a diagram is often drawn before its measures are defined.
 *
 * <p>Bounds (ccm's choice, well above a readable diagram): at most {@value #MAX_PRIMARY_DRIVERS}
 * primary drivers, {@value #MAX_SECONDARY_DRIVERS} secondary drivers, {@value #MAX_CHANGE_IDEAS}
 * change ideas, {@value #MAX_LINKS} entries in each list of links, {@value #MAX_TEXT} characters of a
 * driver's text.
 *
 * <pre>{@code
 * KeyDriverDiagram diagram = KeyDriverDiagram.builder().title("Fewer missed diabetes visits").aim(aim)
 *         .addPrimaryDrivers(Driver.primary("attendance", "Patients come to the visits they booked"))
 *         .addSecondaryDrivers(Driver.secondary("reminding", "Patients are reminded in time", "attendance"))
 *         .addChangeIdeas(calls)
 *         .build();
 * diagram.problemsAgainst(measures, ramps);   // [] when every measure and ramp named is there
 * System.out.println(diagram);                // the diagram as an indented tree
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableKeyDriverDiagram.class)
public abstract class KeyDriverDiagram implements WithKeyDriverDiagram {

    /** The most primary drivers: ccm's choice, above the 2 to 5 IHI's toolkit recommends. */
    public static final int MAX_PRIMARY_DRIVERS = 12;
    /** The most secondary drivers: ccm's choice. */
    public static final int MAX_SECONDARY_DRIVERS = 60;
    /** The most change ideas: ccm's choice. */
    public static final int MAX_CHANGE_IDEAS = 120;
    /** The most entries in one list of links (drivers, measures, ramps): ccm's choice. */
    public static final int MAX_LINKS = 12;
    /** The longest text of a driver, in characters: ccm's choice, a few lines in a box. */
    public static final int MAX_TEXT = 300;

    private static final String TYPE = "KeyDriverDiagram";

    KeyDriverDiagram() {
    }

    /** {@return the diagram's title} */
    @NotBlank
    @PlainText
    @Size(max = 200)
    public abstract String title();

    /** {@return what the team is trying to accomplish} */
    @NotNull
    public abstract Aim aim();

    /** {@return the drivers acting on the aim directly, at least one} */
    @Size(min = 1, max = MAX_PRIMARY_DRIVERS)
    public abstract List<@NotNull Driver> primaryDrivers();

    /** {@return the drivers acting on primary drivers} */
    @Size(max = MAX_SECONDARY_DRIVERS)
    public abstract List<@NotNull Driver> secondaryDrivers();

    /** {@return the change ideas, each hanging from one or more drivers} */
    @Size(max = MAX_CHANGE_IDEAS)
    public abstract List<@NotNull LinkedChangeIdea> changeIdeas();

    /**
     * {@return the secondary drivers acting on a primary driver, in the diagram's order}
     *
     * @param primary  the primary driver's id, not null
     */
    public final List<Driver> secondaryDriversOf(NodeId primary) {
        return secondaryDrivers().stream().filter(d -> d.drives().contains(primary)).toList();
    }

    /**
     * {@return the change ideas hanging from a driver, in the diagram's order}
     *
     * @param driver  the driver's id, not null
     */
    public final List<LinkedChangeIdea> changeIdeasOf(NodeId driver) {
        return changeIdeas().stream().filter(c -> c.drivers().contains(driver)).toList();
    }

    /**
     * What the diagram, though well formed, leaves open, as text: a primary driver with nothing beneath
     * it, a secondary driver with no change idea, a driver nothing measures, a change idea with no
     * measure or no ramp testing it. IHI's toolkit asks for change ideas for each secondary driver and
     * a measure for each driver; ccm counts a driver as measured by a measure of its own or of a
     * driver or change idea beneath it (ccm's choice: a secondary driver is often followed through its
     * change ideas' process measures). These are the gaps a coach would ask about, not errors.
     *
     * @return the gaps, in the diagram's order, not null
     */
    public final List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        for (Driver d : primaryDrivers()) {
            if (secondaryDriversOf(d.id()).isEmpty() && changeIdeasOf(d.id()).isEmpty()) {
                gaps.add("primary driver " + d.id() + " has no secondary driver or change idea");
            }
        }
        for (Driver d : primaryDrivers()) {
            if (!measured(d)) {
                gaps.add("primary driver " + d.id() + " is measured by nothing: no measure of its own or beneath it");
            }
        }
        for (Driver d : secondaryDrivers()) {
            if (changeIdeasOf(d.id()).isEmpty()) {
                gaps.add("secondary driver " + d.id() + " has no change idea");
            }
            if (!measured(d)) {
                gaps.add("secondary driver " + d.id() + " is measured by nothing: no measure of its own or beneath it");
            }
        }
        for (LinkedChangeIdea c : changeIdeas()) {
            if (c.measures().isEmpty()) {
                gaps.add("change idea " + c.id() + " names no measure");
            }
            if (c.ramps().isEmpty()) {
                gaps.add("change idea " + c.id() + " has no PDSA ramp testing it");
            }
        }
        return List.copyOf(gaps);
    }

    /** Whether a driver, a driver beneath it or a change idea beneath either names a measure. */
    private boolean measured(Driver d) {
        return !d.measures().isEmpty() || changeIdeasOf(d.id()).stream().anyMatch(c -> !c.measures().isEmpty())
                || secondaryDriversOf(d.id()).stream().anyMatch(this::measured);
    }

    /**
     * Checks the diagram against the measures and ramps it names: the aim's measure and every measure
     * a driver or change idea names must be among {@code measures}; every ramp a change idea names must
     * be among {@code ramps} (by its first cycle's id) and test that change idea.
     *
     * @param measures  the project's measures, not null
     * @param ramps  the project's PDSA ramps, not null
     * @return every problem, each at its place in the diagram, such as {@code changeIdeas[0].ramps[0]};
     *     empty if there is none
     */
    public final List<Problem> problemsAgainst(Collection<Measure> measures, Collection<PdsaRamp> ramps) {
        Set<MeasureId> known = measures.stream().map(Measure::id).collect(Collectors.toSet());
        Map<CycleId, PdsaRamp> byFirstCycle = new HashMap<>();
        Set<CycleId> twice = new java.util.HashSet<>();   // a link to one of two ramps is no link: it cannot be checked
        for (PdsaRamp r : ramps) {
            r.cycles().stream().findFirst().map(PdsaCycle::id).ifPresent(id -> {
                if (byFirstCycle.putIfAbsent(id, r) != null) {
                    twice.add(id);
                }
            });
        }
        String missing = "must be one of the measures given; add the measure or correct the id";
        List<Problem> found = new ArrayList<>();
        aim().measure().filter(m -> !known.contains(m))
                .ifPresent(m -> found.add(Problem.of(TYPE, PropertyPath.of("aim").then("measure"), missing, m)));
        measureProblems("primaryDrivers", primaryDrivers(), known, missing, found);
        measureProblems("secondaryDrivers", secondaryDrivers(), known, missing, found);
        for (int i = 0; i < changeIdeas().size(); i++) {
            LinkedChangeIdea c = changeIdeas().get(i);
            PropertyPath at = PropertyPath.of("changeIdeas").at(i);
            for (int j = 0; j < c.measures().size(); j++) {
                if (!known.contains(c.measures().get(j))) {
                    found.add(Problem.of(TYPE, at.then("measures").at(j), missing, c.measures().get(j)));
                }
            }
            for (int j = 0; j < c.ramps().size(); j++) {
                CycleId id = c.ramps().get(j);
                PdsaRamp ramp = byFirstCycle.get(id);
                if (twice.contains(id)) {
                    found.add(Problem.of(TYPE, at.then("ramps").at(j), "must name one ramp, and two of the ramps given"
                            + " start with this cycle; give each ramp's first cycle an id of its own", id));
                } else if (ramp == null) {
                    found.add(Problem.of(TYPE, at.then("ramps").at(j), "must be the first cycle's id of one of the ramps"
                            + " given; add the ramp or correct the id", id));
                } else if (!ramp.changeIdea().equals(c.idea())) {
                    found.add(Problem.of(TYPE, at.then("ramps").at(j), "must name a ramp testing this change idea; that"
                            + " ramp tests \"" + ramp.changeIdea().description() + "\": link it to that idea instead", id));
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * This diagram, if {@link #problemsAgainst} finds nothing.
     *
     * @param measures  the project's measures, not null
     * @param ramps  the project's PDSA ramps, not null
     * @return this diagram
     * @throws CcmValidationException naming every problem found
     */
    public final KeyDriverDiagram checkedAgainst(Collection<Measure> measures, Collection<PdsaRamp> ramps) {
        List<Problem> problems = problemsAgainst(measures, ramps);
        if (!problems.isEmpty()) {
            throw CcmValidationException.of(problems);
        }
        return this;
    }

    private static void measureProblems(String list, List<Driver> drivers, Set<MeasureId> known, String rule,
                                        List<Problem> found) {
        for (int i = 0; i < drivers.size(); i++) {
            List<MeasureId> named = drivers.get(i).measures();
            for (int j = 0; j < named.size(); j++) {
                if (!known.contains(named.get(j))) {
                    found.add(Problem.of(TYPE, PropertyPath.of(list).at(i).then("measures").at(j), rule, named.get(j)));
                }
            }
        }
    }

    /**
     * Starts building a diagram.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link KeyDriverDiagram}. */
    public static final class Builder extends ImmutableKeyDriverDiagram.Builder {
        Builder() {
        }
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this).requireEach(KeyDriverDiagram::linkProblems).check();
    }

    private enum Kind {
        PRIMARY("a primary driver"), SECONDARY("a secondary driver"), CHANGE_IDEA("a change idea");

        private final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private List<Problem> linkProblems() {
        List<Problem> found = new ArrayList<>();
        Map<NodeId, Kind> kinds = new HashMap<>();
        Map<NodeId, PropertyPath> firstAt = new HashMap<>();
        index("primaryDrivers", primaryDrivers().stream().map(Driver::id).toList(), Kind.PRIMARY, kinds, firstAt, found);
        index("secondaryDrivers", secondaryDrivers().stream().map(Driver::id).toList(), Kind.SECONDARY, kinds, firstAt, found);
        index("changeIdeas", changeIdeas().stream().map(LinkedChangeIdea::id).toList(), Kind.CHANGE_IDEA, kinds, firstAt,
                found);
        for (int i = 0; i < primaryDrivers().size(); i++) {
            Driver d = primaryDrivers().get(i);
            if (!d.drives().isEmpty()) {
                found.add(Problem.of(TYPE, PropertyPath.of("primaryDrivers").at(i).then("drives"), "must be empty: a primary"
                        + " driver acts on the aim; move the driver to secondaryDrivers to have it act on others",
                        d.drives()));
            }
            repeats(PropertyPath.of("primaryDrivers").at(i).then("measures"), d.measures(), "measure", found);
        }
        for (int i = 0; i < secondaryDrivers().size(); i++) {
            Driver d = secondaryDrivers().get(i);
            PropertyPath at = PropertyPath.of("secondaryDrivers").at(i);
            if (d.drives().isEmpty()) {
                found.add(Problem.of(TYPE, at.then("drives"), "must name at least one primary driver: without one the"
                        + " driver has no path to the aim", d.drives()));
            }
            links(at.then("drives"), d.drives(), Set.of(Kind.PRIMARY), "a primary driver", kinds, found);
            repeats(at.then("measures"), d.measures(), "measure", found);
        }
        for (int i = 0; i < changeIdeas().size(); i++) {
            LinkedChangeIdea c = changeIdeas().get(i);
            PropertyPath at = PropertyPath.of("changeIdeas").at(i);
            if (c.drivers().isEmpty()) {
                found.add(Problem.of(TYPE, at.then("drivers"), "must name at least one driver: a change idea hangs from"
                        + " the driver it acts on", c.drivers()));
            }
            links(at.then("drivers"), c.drivers(), Set.of(Kind.PRIMARY, Kind.SECONDARY), "a driver", kinds, found);
            repeats(at.then("measures"), c.measures(), "measure", found);
            repeats(at.then("ramps"), c.ramps(), "ramp", found);
        }
        return found;
    }

    private static void index(String list, List<NodeId> ids, Kind kind, Map<NodeId, Kind> kinds,
                              Map<NodeId, PropertyPath> firstAt, List<Problem> found) {
        for (int i = 0; i < ids.size(); i++) {
            PropertyPath at = PropertyPath.of(list).at(i).then("id");
            PropertyPath before = firstAt.putIfAbsent(ids.get(i), at);
            if (before != null) {
                found.add(Problem.of(TYPE, at, "must be unique in the diagram; " + before + " has it already: rename one",
                        ids.get(i)));
            } else {
                kinds.put(ids.get(i), kind);
            }
        }
    }

    private static void links(PropertyPath at, List<NodeId> named, Set<Kind> allowed, String what, Map<NodeId, Kind> kinds,
                              List<Problem> found) {
        Set<NodeId> seen = new HashSet<>();
        for (int j = 0; j < named.size(); j++) {
            NodeId id = named.get(j);
            Kind kind = kinds.get(id);
            if (!seen.add(id)) {
                found.add(Problem.of(TYPE, at.at(j), "must not repeat a driver; remove the second", id));
            } else if (kind == null) {
                found.add(Problem.of(TYPE, at.at(j), "must name " + what + " of the diagram; add it or correct the id", id));
            } else if (!allowed.contains(kind)) {
                found.add(Problem.of(TYPE, at.at(j), "must name " + what + "; it names " + kind.label
                        + (kind == Kind.CHANGE_IDEA ? "" : " (links point one level nearer the aim)"), id));
            }
        }
    }

    private static <T> void repeats(PropertyPath at, List<T> named, String what, List<Problem> found) {
        Set<T> seen = new HashSet<>();
        for (int j = 0; j < named.size(); j++) {
            if (!seen.add(named.get(j))) {
                found.add(Problem.of(TYPE, at.at(j), "must not repeat a " + what + "; remove the second", named.get(j)));
            }
        }
    }

    /**
     * The diagram as an indented tree, for JShell and logs: the title, the aim, each primary driver with
     * its secondary drivers and change ideas beneath. A secondary driver acting on two primary drivers,
     * or a change idea on two drivers, is shown under each.
     *
     * @return the tree, one node a line, not null
     */
    public final String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Key driver diagram: ").append(title()).append('\n');
        out.append("Aim: ").append(oneLine(aim().statement())).append('\n');
        for (Driver p : primaryDrivers()) {
            out.append("  Primary driver ").append(p.id()).append(": ").append(p.text()).append(measured(p.measures()))
                    .append('\n');
            for (Driver s : secondaryDriversOf(p.id())) {
                out.append("    Secondary driver ").append(s.id()).append(": ").append(s.text())
                        .append(measured(s.measures())).append('\n');
                changeIdeasOf(s.id()).forEach(c -> appendIdea(out, "      ", c));
            }
            changeIdeasOf(p.id()).forEach(c -> appendIdea(out, "    ", c));
        }
        return out.toString();
    }

    private static void appendIdea(StringBuilder out, String indent, LinkedChangeIdea c) {
        out.append(indent).append("Change idea ").append(c.id()).append(": ").append(oneLine(c.idea().description()));
        List<String> links = new ArrayList<>();
        if (!c.measures().isEmpty()) {
            links.add("measures " + join(c.measures()));
        }
        if (!c.ramps().isEmpty()) {
            links.add("ramps " + join(c.ramps()));
        }
        out.append(links.isEmpty() ? "" : " [" + String.join("; ", links) + "]").append('\n');
    }

    private static String measured(List<MeasureId> measures) {
        return measures.isEmpty() ? "" : " [measures " + join(measures) + "]";
    }

    private static String join(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public String toString() {
        return toText();
    }
}
