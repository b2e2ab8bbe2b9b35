package org.ccmcoach.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Instruments;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.ScoreReport;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.allocation.Allocation;
import org.ccmcoach.allocation.Allocator;
import org.ccmcoach.allocation.testing.RandomPrograms;
import org.junit.jupiter.api.Test;

class ProfileAndUtilizationFiguresTest {

    private static ScoreReport acic(String team, LocalDate date, int everyItem) {
        Instrument acic = Instruments.acic35();
        AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(acic.id()).subject(SubjectId.of(team))
                .role(AssessmentResponse.CONSENSUS_ROLE).date(date);
        for (Item item : acic.items()) {
            b.answer(item.id(), everyItem);
        }
        return acic.score(b.build());
    }

    @Test
    void an_acic_profile_shows_every_element_both_times_and_the_levels() {
        // Every item 3 at baseline and 7 at follow-up: every subscale and the overall score are 3.0 and 7.0.
        Figure figure = Figures.profile(Instruments.acic35(), "Team Blue: ACIC by element",
                List.of(acic("blue", LocalDate.of(2026, 1, 15), 3)), List.of(acic("blue", LocalDate.of(2026, 11, 13), 7)));
        String svg = figure.toSvg();
        Svg.parse(svg);
        for (String text : List.of("Team Blue: ACIC by element", "Community Linkages", "Self-Management Support",
                "Clinical Information Systems", "Overall", "baseline, Jan 2026", "follow-up, Nov 2026", "level D",
                "level A")) {
            assertTrue(svg.contains(text), text);
        }
        // 7 subscales and overall: 8 bars labelled 3.0 and 8 labelled 7.0.
        assertEquals(8, Svg.count(svg, ">3.0<"));
        assertEquals(8, Svg.count(svg, ">7.0<"));
    }

    @Test
    void a_program_profile_averages_its_practices() {
        // Baselines of 2 and 4 average 3.0 on every subscale.
        String svg = Figures.profile(Instruments.acic35(), "Program",
                List.of(acic("a", LocalDate.of(2026, 1, 15), 2), acic("b", LocalDate.of(2026, 1, 16), 4)),
                List.of()).toSvg();
        assertTrue(svg.contains("baseline, Jan 2026"));
        assertEquals(8, Svg.count(svg, ">3.0 (n=2)<"), "each bar carries its own n");
    }

    @Test
    void a_baseline_and_follow_up_profile_compares_the_same_subjects() {
        // a: 2 -> 3, b: 4 -> 5, c (the weakest): 1 at baseline, no follow-up report.
        List<ScoreReport> before = List.of(acic("a", LocalDate.of(2026, 1, 15), 2), acic("b", LocalDate.of(2026, 1, 15), 4),
                acic("c", LocalDate.of(2026, 1, 15), 1));
        List<ScoreReport> after = List.of(acic("a", LocalDate.of(2026, 11, 15), 3), acic("b", LocalDate.of(2026, 11, 15), 5));
        Figure same = Figures.profile(Instruments.acic35(), "Program", before, after);
        String svg = same.toSvg();
        // Same subjects: a and b only, baseline (2 + 4) / 2 = 3.0, follow-up (3 + 5) / 2 = 4.0, on 8 bars each.
        assertEquals(8, Svg.count(svg, ">3.0 (n=2)<"), svg.length() + " chars");
        assertEquals(8, Svg.count(svg, ">4.0 (n=2)<"));
        assertTrue(same.notes().contains("Left out, not scored at both times: c (no follow-up report)."),
                same.notes().toString());
        // Every report available: the baseline bar averages (2 + 4 + 1) / 3 = 2.33 over 3, the follow-up 4.0 over 2.
        String all = Figures.profile(Instruments.acic35(), "Program", before, after, ProfileSubjects.ALL_AVAILABLE).toSvg();
        assertEquals(8, Svg.count(all, ">2.3 (n=3)<"));
        assertEquals(8, Svg.count(all, ">4.0 (n=2)<"));
        assertTrue(all.contains("mean of the reports scored at each time, n per bar"));
        // A follow-up report with one self-management item missing: under the ACIC's complete-only
        // default that subscale and the overall are not scored, so c is left out of those two bars only.
        AssessmentResponse.Builder partial = AssessmentResponse.builder().instrument(Instruments.acic35().id())
                .subject(SubjectId.of("c")).role(AssessmentResponse.CONSENSUS_ROLE).date(LocalDate.of(2026, 11, 15));
        for (Item item : Instruments.acic35().items()) {
            if (item.id().equals("3a.1")) {
                partial.missing(item.id());
            } else {
                partial.answer(item.id(), 1);
            }
        }
        List<ScoreReport> withPartial = new java.util.ArrayList<>(after);
        withPartial.add(Instruments.acic35().score(partial.build()));
        Figure partialFigure = Figures.profile(Instruments.acic35(), "Program", before, withPartial);
        assertTrue(partialFigure.notes().contains("Left out, not scored at both times: c (Self-Management Support: no "
                + "follow-up score, Overall: no follow-up score)."), partialFigure.notes().toString());
        // Community linkages: a 2, b 4, c 1 at baseline, (2 + 4 + 1) / 3 = 2.33; follow-up 3, 5, 1 = 3.0.
        String partialSvg = partialFigure.toSvg();
        assertTrue(partialSvg.contains(">2.3 (n=3)<") && partialSvg.contains(">3.0 (n=3)<"), "c kept where scored");
        // A subject with several reports at a time counts once, as their mean: a (2 and 4 -> 3) and
        // b (4) at baseline, a (3) and b (5) at follow-up: baseline (3 + 4) / 2 = 3.5, follow-up 4.0, n=2.
        String several = Figures.profile(Instruments.acic35(), "P", List.of(before.get(0),
                acic("a", LocalDate.of(2026, 1, 20), 4), before.get(1)), after).toSvg();
        assertEquals(8, Svg.count(several, ">3.5 (n=2)<"), "each subject once");
        assertTrue(several.contains("each the mean of its reports"));
    }

    @Test
    void a_profile_refuses_overall_scores_made_by_different_rules() {
        Instrument six = Instruments.acic35().withOverallRule(org.ccmcoach.assessment.OverallRule.MEAN_OF_ELEMENT_SUBSCALES);
        ScoreReport seven = acic("a", LocalDate.of(2026, 1, 15), 3);
        AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(six.id()).subject(SubjectId.of("a"))
                .role(AssessmentResponse.CONSENSUS_ROLE).date(LocalDate.of(2026, 11, 15));
        six.items().forEach(item -> b.answer(item.id(), 5));
        ScoreReport sixElements = six.score(b.build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Figures.profile(Instruments.acic35(), "ACIC", List.of(seven), List.of(sixElements)));
        assertTrue(e.getMessage().contains("different rules"), e.getMessage());
        assertTrue(Figures.profile(six, "ACIC", List.of(sixElements), List.of()).notes().get(0)
                .contains("overall: the subscales of the CCM elements only"));
    }

    @Test
    void a_profile_refuses_a_report_of_another_instrument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Figures.profile(
                Instruments.pacic20(), "PACIC", List.of(acic("blue", LocalDate.of(2026, 1, 15), 3)), List.of()));
        assertTrue(e.getMessage().contains("cannot be drawn on a pacic-20 profile"), e.getMessage());
    }

    @Test
    void utilization_shows_every_coach_with_the_capacity_line() {
        Allocation allocation = Allocator.heuristic().allocate(RandomPrograms.problem(5, 4, 30));
        Figure figure = Figures.utilization(allocation, "Coach utilization");
        String svg = figure.toSvg();
        Svg.parse(svg);
        allocation.coachLoads().forEach(l -> assertTrue(svg.contains(l.coach().value() + " ("), l.coach().value()));
        assertTrue(svg.contains("capacity"));
        int waiting = allocation.waitlist().size();
        int notCandidates = allocation.unserved().size() - waiting;
        assertTrue(svg.contains(allocation.assignments().size() + " practices served, " + waiting + " on the waitlist"
                + (notCandidates == 0 ? "" : ", " + notCandidates + (notCandidates == 1 ? " not a candidate" : " not candidates"))),
                svg);
    }
}
