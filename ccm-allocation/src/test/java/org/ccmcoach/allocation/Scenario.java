package org.ccmcoach.allocation;

import java.util.List;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.TriageLevel;

/**
 * A small program worked by hand. Two coaches of 0.2 FTE (28 h a month each under the default
 * policy), standard practices of 10 + 87/60 = 11.45 coaching hours plus 2 × one-way / 60 travel
 * hours, so each coach carries two practices and never three (three take at least 35 h):
 *
 * <pre>
 * practice  triage / readiness      to A   to B  (one-way minutes)
 * p1        FUNCTIONAL 8             30     60
 * p2        FUNCTIONAL 6             30     30   current coach B
 * p3        LOW_FUNCTIONAL 4         90     20
 * p4        not triaged              10     10
 * p5        EXEMPLAR 8               10     10
 * p6        FUNCTIONAL 8             10     10   requires "registry", which no coach has
 * p7        FUNCTIONAL 8            200    150   beyond the 130-minute limit
 * p8        FUNCTIONAL 2             10     10
 * </pre>
 *
 * Four places: p1, p2, p3 and p8 (candidates, by readiness) take them, p4 waits. Two plans travel
 * 90 one-way minutes (A{p1, p8} B{p2, p3} and A{p1, p2} B{p3, p8}); continuity picks the first,
 * where p2 keeps coach B. Travel 2 × 90 / 60 = 3 hours a month.
 */
public final class Scenario {

    public static final CoachId A = CoachId.of("coach-a");
    public static final CoachId B = CoachId.of("coach-b");

    private Scenario() {
    }

    public static PracticeId id(int n) {
        return PracticeId.of("p" + n);
    }

    public static PracticeProfile.Builder practice(int n) {
        return PracticeProfile.builder().practice(Practice.builder().id(id(n)).name("Practice " + n).organization("Org").build());
    }

    public static AllocationProblem problem() {
        return problem(List.of());
    }

    public static AllocationProblem problem(List<PracticeProfile> replacing) {
        List<PracticeProfile> practices = new java.util.ArrayList<>(List.of(
                practice(1).triage(TriageLevel.FUNCTIONAL).readiness(8).build(),
                practice(2).triage(TriageLevel.FUNCTIONAL).readiness(6).currentCoach(B).build(),
                practice(3).triage(TriageLevel.LOW_FUNCTIONAL).readiness(4).build(),
                practice(4).build(),
                practice(5).triage(TriageLevel.EXEMPLAR).readiness(8).build(),
                practice(6).triage(TriageLevel.FUNCTIONAL).readiness(8).addRequiredExpertise("registry").build(),
                practice(7).triage(TriageLevel.FUNCTIONAL).readiness(8).build(),
                practice(8).triage(TriageLevel.FUNCTIONAL).readiness(2).build()));
        for (PracticeProfile p : replacing) {
            practices.replaceAll(q -> q.id().equals(p.id()) ? p : q);
        }
        double[][] minutes = {{30, 30, 90, 10, 10, 10, 200, 10}, {60, 30, 20, 10, 10, 10, 150, 10}};
        AllocationProblem.Builder b = AllocationProblem.builder()
                .addCoaches(CoachProfile.of(Coach.builder().id(A).name("Ana").fte(0.2).build()),
                        CoachProfile.builder().coach(Coach.builder().id(B).name("Ben").fte(0.2).build()).caseloadCap(2).build())
                .practices(practices);
        for (int p = 0; p < 8; p++) {
            b.addTravelTimes(TravelTime.of(A, id(p + 1), minutes[0][p]), TravelTime.of(B, id(p + 1), minutes[1][p]));
        }
        return b.build();
    }
}
