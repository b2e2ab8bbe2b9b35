package org.ccmcoach.assessment.team;

import static org.ccmcoach.assessment.Fixtures.BASELINE;
import static org.ccmcoach.assessment.Fixtures.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instruments;
import org.junit.jupiter.api.Test;

class TeamAggregateTest {

    private static AssessmentResponse member(String who, double a, double b, double c) {
        return response("acic-3.5", "team-blue", BASELINE, Map.of("1.1", a, "1.2", b, "1.3", c)).respondent(who).build();
    }

    private final List<AssessmentResponse> team = List.of(
            member("md-1", 2, 6, 7),
            member("rn-1", 5, 6, 7),
            member("ma-1", 8, 7, 7));

    @Test
    void item_statistics_by_hand() {
        TeamAggregate t = TeamAggregate.of(Instruments.acic35(), team);
        ItemSpread first = t.items().get(0);
        // 1.1: 2, 5, 8: mean 5; sample sd sqrt(((-3)^2 + 0 + 3^2) / 2) = 3; range 6.
        assertEquals("1.1", first.item());
        assertEquals(OptionalDouble.of(5), first.mean());
        assertEquals(3.0, first.standardDeviation().getAsDouble(), 1e-12);
        assertEquals(OptionalDouble.of(6), first.range());
        // 1.2: 6, 6, 7: mean 19/3; sd sqrt(((-1/3)^2 * 2 + (2/3)^2) / 2) = sqrt(1/3).
        assertEquals(19.0 / 3, t.items().get(1).mean().getAsDouble(), 1e-12);
        assertEquals(Math.sqrt(1.0 / 3), t.items().get(1).standardDeviation().getAsDouble(), 1e-12);
        assertEquals(0, t.items().get(3).answered(), "1.4 nobody answered");
        assertEquals(3, t.respondents());
    }

    @Test
    void ranked_by_disagreement_with_unanswered_items_last() {
        List<String> ranked = TeamAggregate.of(Instruments.acic35(), team).byDisagreement().stream()
                .map(ItemSpread::item).toList();
        assertEquals(List.of("1.1", "1.2", "1.3"), ranked.subList(0, 3));
        assertEquals(34, ranked.size());
    }

    @Test
    void labelled_as_an_average_never_a_consensus() {
        TeamAggregate t = TeamAggregate.of(Instruments.acic35(), team);
        assertEquals("average of 3 individual responses (not a consensus)", t.label());
        assertTrue(t.toString().startsWith("acic-3.5 team-blue: average of 3 individual responses (not a consensus)\n"));
        AssessmentResponse consensus = member("team", 5, 6, 7).withRole("consensus");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TeamAggregate.of(Instruments.acic35(), List.of(team.get(0), consensus)));
        assertTrue(e.getMessage().startsWith("a consensus response is the team's agreed rating"), e.getMessage());
    }

    @Test
    void one_team_one_instrument() {
        AssessmentResponse other = member("x", 1, 1, 1).withSubject(org.ccmcoach.assessment.SubjectId.of("team-red"));
        assertThrows(IllegalArgumentException.class, () -> TeamAggregate.of(Instruments.acic35(), List.of(team.get(0), other)));
        assertThrows(IllegalArgumentException.class, () -> TeamAggregate.of(Instruments.acic35(), List.of()));
        assertThrows(org.ccmcoach.core.value.CcmValidationException.class,
                () -> TeamAggregate.of(Instruments.pacic20(), team));
    }

    @Test
    void a_single_answer_has_no_spread() {
        ItemSpread s = TeamAggregate.of(Instruments.acic35(), List.of(team.get(0))).items().get(0);
        assertEquals(OptionalDouble.of(0), s.standardDeviation());
    }
}
