package org.ccmcoach.pdsa.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.ccmcoach.core.ChangeConcept;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.json.CcmJsonException;
import org.ccmcoach.json.JsonLines;
import org.ccmcoach.pdsa.Aim;
import org.ccmcoach.pdsa.ChangeIdea;
import org.ccmcoach.pdsa.CycleId;
import org.ccmcoach.pdsa.Measure;
import org.ccmcoach.pdsa.MeasureId;
import org.ccmcoach.pdsa.PdsaRamp;
import org.junit.jupiter.api.Test;

class KeyDriverDiagramTest {

    /** The repository's examples/data; tests run in the module's directory. */
    static final Path DATA = Path.of("").toAbsolutePath().getParent().resolve("examples").resolve("data");

    static final ChangeIdea CALLS = ChangeIdea.of("Phone reminders two days before visits", ChangeConcept.TIMELY_REMINDERS);

    static KeyDriverDiagram.Builder small() {
        return KeyDriverDiagram.builder().title("No-shows")
                .aim(Aim.builder().statement("Fewer no-shows").measure(MeasureId.of("no-show-rate")).build())
                .addPrimaryDrivers(Driver.primary("attendance", "Patients come"), Driver.primary("access", "Visits are easy to book"))
                .addSecondaryDrivers(Driver.secondary("reminding", "Patients are reminded", "attendance", "access"))
                .addChangeIdeas(LinkedChangeIdea.builder().id(NodeId.of("calls")).idea(CALLS)
                        .addDrivers(NodeId.of("reminding")).addMeasures(MeasureId.of("no-show-rate"))
                        .addRamps(CycleId.of("calls-1")).build());
    }

    @Test
    void the_text_form_is_an_indented_tree_with_a_shared_driver_under_each_primary() {
        assertEquals("""
                Key driver diagram: No-shows
                Aim: Fewer no-shows
                  Primary driver attendance: Patients come
                    Secondary driver reminding: Patients are reminded
                      Change idea calls: Phone reminders two days before visits [measures no-show-rate; ramps calls-1]
                  Primary driver access: Visits are easy to book
                    Secondary driver reminding: Patients are reminded
                      Change idea calls: Phone reminders two days before visits [measures no-show-rate; ramps calls-1]
                """, small().build().toString());
    }

    @Test
    void the_tours_diagram_reads_checks_against_its_measures_and_ramps_and_prints() {
        KeyDriverDiagram diagram = CcmJson.read(DATA.resolve("key-driver-diagram.json"), KeyDriverDiagram.class);
        List<Measure> measures = JsonLines.read(DATA.resolve("measures.jsonl"), Measure.class);
        List<PdsaRamp> ramps = JsonLines.read(DATA.resolve("pdsa-ramps.jsonl"), PdsaRamp.class);
        assertEquals(List.of(), diagram.problemsAgainst(measures, ramps));
        assertEquals(List.of(), diagram.gaps());
        // The three ramps of the tour, one under each change idea, each testing the idea it hangs from.
        assertEquals(List.of("reminders-1", "foot-exams-1", "goal-form-1"),
                diagram.changeIdeas().stream().flatMap(c -> c.ramps().stream()).map(CycleId::value).toList());
        assertEquals("""
                Key driver diagram: Diabetes care at the clinic
                Aim: Cut no-shows for diabetes visits from 22 % to 12 % by 31 December 2026
                  Primary driver attendance: Patients come to the diabetes visits they booked [measures no-show-rate]
                    Secondary driver reminding: Patients are reminded of a visit in time to come or rebook
                      Change idea reminder-calls: Phone reminders two days before diabetes visits [measures no-show-rate; ramps reminders-1]
                  Primary driver planned-care: Each diabetes visit covers the care that is due [measures foot-exam-rate]
                    Secondary driver team-roles: Medical assistants share the planned-care tasks
                      Change idea foot-exam-order: Standing order: medical assistants start the foot exam [measures foot-exam-rate; ramps foot-exams-1]
                    Secondary driver goal-setting: Goal setting is part of the visit's routine
                      Change idea goal-form: A one-page goal form at check-in [measures goal-setting-rate; ramps goal-form-1]
                  Primary driver self-management: Patients set and work on goals of their own [measures goal-setting-rate]
                    Secondary driver goal-setting: Goal setting is part of the visit's routine
                      Change idea goal-form: A one-page goal form at check-in [measures goal-setting-rate; ramps goal-form-1]
                """, diagram.toText());
        assertEquals(diagram, CcmJson.parse(CcmJson.toJson(diagram), KeyDriverDiagram.class));
    }

    @Test
    void broken_links_are_each_named_once_at_their_place() {
        CcmValidationException e = assertThrows(CcmValidationException.class, () -> small()
                .addPrimaryDrivers(Driver.secondary("p3", "Drives another", "attendance"))
                .addSecondaryDrivers(Driver.secondary("orphan", "Names nothing"),
                        Driver.secondary("attendance", "A second attendance", "reminding"))
                .addChangeIdeas(LinkedChangeIdea.builder().id(NodeId.of("loose")).idea(CALLS).build(),
                        LinkedChangeIdea.builder().id(NodeId.of("wrong")).idea(CALLS)
                                .addDrivers(NodeId.of("calls"), NodeId.of("nowhere"), NodeId.of("reminding"), NodeId.of("reminding"))
                                .addMeasures(MeasureId.of("m"), MeasureId.of("m")).build())
                .build());
        // Worked from the rules: p3 names a driver although primary; orphan names none; the second
        // "attendance" repeats a primary driver's id (so is not indexed) and names a secondary driver;
        // "loose" hangs from nothing; "wrong" names a change idea, an unknown id, then reminding twice,
        // and repeats a measure.
        assertEquals(List.of(
                "KeyDriverDiagram.changeIdeas[1].drivers: must name at least one driver: a change idea hangs from the driver it acts on (was [])",
                "KeyDriverDiagram.changeIdeas[2].drivers[0]: must name a driver; it names a change idea (was calls)",
                "KeyDriverDiagram.changeIdeas[2].drivers[1]: must name a driver of the diagram; add it or correct the id (was nowhere)",
                "KeyDriverDiagram.changeIdeas[2].drivers[3]: must not repeat a driver; remove the second (was reminding)",
                "KeyDriverDiagram.changeIdeas[2].measures[1]: must not repeat a measure; remove the second (was m)",
                "KeyDriverDiagram.primaryDrivers[2].drives: must be empty: a primary driver acts on the aim; move the driver to"
                        + " secondaryDrivers to have it act on others (was [attendance])",
                "KeyDriverDiagram.secondaryDrivers[1].drives: must name at least one primary driver: without one the driver"
                        + " has no path to the aim (was [])",
                "KeyDriverDiagram.secondaryDrivers[2].drives[0]: must name a primary driver; it names a secondary driver"
                        + " (links point one level nearer the aim) (was reminding)",
                "KeyDriverDiagram.secondaryDrivers[2].id: must be unique in the diagram; primaryDrivers[0].id has it already:"
                        + " rename one (was attendance)"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void a_stored_diagram_with_a_dangling_link_is_refused_at_its_pointer() {
        String json = CcmJson.toJson(small().build()).replace("\"drivers\":[\"reminding\"]", "\"drivers\":[\"remindng\"]");
        CcmJsonException e = assertThrows(CcmJsonException.class, () -> CcmJson.parse(json, KeyDriverDiagram.class));
        assertEquals("/changeIdeas/0/drivers/0", e.pointer());
    }

    @Test
    void measures_and_ramps_are_checked_against_the_projects() {
        Measure noShows = Measure.builder().id(MeasureId.of("no-show-rate")).name("No-show rate")
                .type(org.ccmcoach.pdsa.MeasureType.OUTCOME).definition("d").unit("%")
                .direction(org.ccmcoach.pdsa.Direction.DOWN).build();
        // The tour's first ramp, reminders-1, tests "Phone reminders two days before diabetes visits", not CALLS.
        PdsaRamp otherIdea = JsonLines.read(DATA.resolve("pdsa-ramps.jsonl"), PdsaRamp.class).get(0);
        KeyDriverDiagram diagram = small().build();
        // No ramp starts with calls-1.
        assertEquals(List.of("KeyDriverDiagram.changeIdeas[0].ramps[0]: must be the first cycle's id of one of the ramps"
                        + " given; add the ramp or correct the id (was calls-1)"),
                diagram.problemsAgainst(List.of(noShows), List.of(otherIdea)).stream().map(Problem::toString).toList());
        KeyDriverDiagram named = diagram.withChangeIdeas(diagram.changeIdeas().get(0)
                .withRamps(List.of(CycleId.of("reminders-1"))));
        assertEquals(List.of(
                "KeyDriverDiagram.aim.measure: must be one of the measures given; add the measure or correct the id (was no-show-rate)",
                "KeyDriverDiagram.changeIdeas[0].measures[0]: must be one of the measures given; add the measure or correct the id (was no-show-rate)",
                "KeyDriverDiagram.changeIdeas[0].ramps[0]: must name a ramp testing this change idea; that ramp tests"
                        + " \"Phone reminders two days before diabetes visits\": link it to that idea instead (was reminders-1)"),
                named.problemsAgainst(List.of(), List.of(otherIdea)).stream().map(Problem::toString).toList());
        assertThrows(CcmValidationException.class, () -> named.checkedAgainst(List.of(), List.of(otherIdea)));
        // Two ramps starting with reminders-1: the link cannot say which, whichever idea each tests.
        assertEquals(List.of("KeyDriverDiagram.changeIdeas[0].ramps[0]: must name one ramp, and two of the ramps given start"
                        + " with this cycle; give each ramp's first cycle an id of its own (was reminders-1)"),
                named.problemsAgainst(List.of(noShows), List.of(otherIdea, otherIdea)).stream().map(Problem::toString).toList());
    }

    @Test
    void gaps_name_what_a_coach_would_ask_about() {
        KeyDriverDiagram diagram = small().addPrimaryDrivers(Driver.primary("trust", "Patients trust the clinic"))
                .addSecondaryDrivers(Driver.secondary("transport", "Patients can get there", "attendance")).build();
        // trust: nothing beneath it, no measure; transport: no change idea and no measure. attendance is
        // measured (no-show-rate), so it is not open.
        assertEquals(List.of("primary driver trust has no secondary driver or change idea",
                "primary driver trust is measured by nothing: no measure of its own or beneath it",
                "secondary driver transport has no change idea",
                "secondary driver transport is measured by nothing: no measure of its own or beneath it"), diagram.gaps());
    }
}
