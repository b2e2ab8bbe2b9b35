// Scoring a small synthetic team's ACIC: individual ratings, where the team disagrees, the
// consensus it then agreed on, and the change from baseline to ten months.
// All data here is made up.   Run: bin/ccm-shell examples/acic-scoring.jsh

import org.ccmcoach.assessment.team.*;
import org.ccmcoach.assessment.change.*;

Instrument acic = Instruments.acic35();
Random random = new Random(20260115);

// One member's ratings: the team's shared view of each item, plus the member's own lean.
AssessmentResponse member(String who, String role, LocalDate date, int lean, Map<String, Integer> shared) {
    AssessmentResponse.Builder b = AssessmentResponse.builder().instrument(acic.id())
            .subject(SubjectId.of("riverside-blue")).respondent(who).role(role).date(date);
    shared.forEach((item, v) -> b.answer(item, Math.max(0, Math.min(11, v + lean + random.nextInt(3) - 1))));
    return b.build();
}

// The team's shared view at baseline: stronger on information systems, weak on self-management.
Map<String, Integer> baselineView = new LinkedHashMap<>();
for (Item item : acic.items()) {
    String part = item.id().substring(0, item.id().indexOf('.'));
    int level = switch (part) { case "3d" -> 6; case "3a" -> 2; case "2" -> 3; case "4" -> 4; default -> 5; };
    baselineView.put(item.id(), level);
}
LocalDate baseline = LocalDate.of(2026, 1, 15);
List<AssessmentResponse> individuals = List.of(
        member("md-1", "physician", baseline, +1, baselineView),
        member("np-1", "nurse practitioner", baseline, 0, baselineView),
        member("rn-1", "nurse", baseline, -1, baselineView),
        member("ma-1", "medical assistant", baseline, +2, baselineView));

TeamAggregate team = TeamAggregate.of(acic, individuals);
System.out.println("== Before the consensus meeting: " + team.label());
System.out.println("Items the team disagrees on most:");
team.byDisagreement().subList(0, 5).forEach(s -> System.out.println("  " + s
        + s.title().map(t -> "  " + t).orElse("")));

// The consensus the team agreed on is entered as its own response, not computed.
AssessmentResponse.Builder consensus = AssessmentResponse.builder().instrument(acic.id())
        .subject(SubjectId.of("riverside-blue")).role(AssessmentResponse.CONSENSUS_ROLE).date(baseline);
baselineView.forEach(consensus::answer);
ScoreReport before = acic.score(consensus.build());
System.out.println();
System.out.println("== Baseline consensus");
System.out.println(before);

// Ten months on: self-management support and decision support improved.
Map<String, Integer> followUpView = new LinkedHashMap<>(baselineView);
followUpView.replaceAll((item, v) -> item.startsWith("3a.") ? v + 3 : item.startsWith("3b.") ? v + 2 : v);
AssessmentResponse.Builder later = AssessmentResponse.builder().instrument(acic.id())
        .subject(SubjectId.of("riverside-blue")).role(AssessmentResponse.CONSENSUS_ROLE).date(LocalDate.of(2026, 11, 13));
followUpView.forEach(later::answer);
ScoreReport after = acic.score(later.build());

AssessmentChange change = AssessmentChange.between(before, after);
System.out.println();
System.out.println("== Change from baseline");
System.out.println(change);

if (!change.measure("self-management-support").levelTransition().equals(Optional.of("D → C"))) {
    throw new AssertionError("expected self-management support to move from D to C: " + change);
}
