package org.ccmcoach.fhir.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.InstrumentId;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.MissingDataPolicy;
import org.ccmcoach.assessment.OverallRule;
import org.ccmcoach.assessment.ResponseScale;
import org.ccmcoach.assessment.ScaleAnchor;
import org.ccmcoach.assessment.Subscale;
import org.ccmcoach.fhir.FhirJson;
import org.ccmcoach.fhir.R4Conformance;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * Any instrument written as a Questionnaire conforms to R4 and, sent as JSON and read back, is the
 * same instrument but for its other named policies. Subscales list the items asked in earlier
 * groups first, the order a Questionnaire gives them back in.
 */
class InstrumentQuestionnairesProperties {

    @Property(tries = 60)
    boolean an_instrument_comes_back_from_its_questionnaire(@ForAll("instruments") Instrument instrument) {
        Questionnaire q = InstrumentQuestionnaires.toQuestionnaire(instrument);
        List<String> problems = R4Conformance.problems(q);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.toString());
        }
        Instrument back = InstrumentQuestionnaires.toInstrument(FhirJson.parse(FhirJson.toJson(q), Questionnaire.class));
        Instrument expected = instrument.withPolicies(List.of());
        if (!back.equals(expected)) {
            throw new AssertionError("read back as\n" + org.ccmcoach.json.CcmJson.toJson(back) + "\ninstead of\n"
                    + org.ccmcoach.json.CcmJson.toJson(expected));
        }
        return true;
    }

    @Provide
    Arbitrary<Instrument> instruments() {
        Arbitrary<ResponseScale> scales = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(-5, 5), Arbitraries.integers().between(1, 30),
                        Arbitraries.of(true, false)).as((min, span, labelled) -> ResponseScale.builder().min(min)
                        .max(min + span).integer(true).anchors(labelled ? List.of(ScaleAnchor.of(min, "never"),
                                ScaleAnchor.of(min + span, "always")) : List.of()).build()),
                Combinators.combine(Arbitraries.of(0.0, 0.5, -2.25), Arbitraries.of(1.0, 2.5, 10.0))
                        .as((min, span) -> ResponseScale.builder().min(min).max(min + span).integer(false)
                                .anchors(List.of(ScaleAnchor.of(min, "none"))).build()));
        Arbitrary<List<Integer>> groupOfItem = Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(25);
        return Combinators.combine(scales, groupOfItem, Arbitraries.integers().between(0, 3).list().ofMaxSize(4),
                        Arbitraries.of(OverallRule.MEAN_OF_SUBSCALES, OverallRule.MEAN_OF_ITEMS),
                        Arbitraries.of(MissingDataPolicy.completeOnly(), MissingDataPolicy.availableItems()),
                        Arbitraries.of(true, false))
                .as((scale, groups, extras, overall, policy, reverseFirst) -> {
                    // subscale g holds the items assigned to it, in order; items sorted by subscale
                    List<Integer> sorted = groups.stream().sorted().toList();
                    List<Item> items = new ArrayList<>();
                    List<Set<String>> members = new ArrayList<>();
                    for (int i = 0; i < sorted.size(); i++) {
                        String id = "q" + (i + 1);
                        items.add(Item.builder().id(id).reverseCoded(reverseFirst && i == 0)
                                .title(i % 3 == 0 ? java.util.Optional.of("Question " + id) : java.util.Optional.empty())
                                .build());
                    }
                    List<Integer> used = sorted.stream().distinct().toList();
                    for (int g = 0; g < used.size(); g++) {
                        Set<String> in = new LinkedHashSet<>();
                        // items of earlier subscales also counted here (asked earlier): listed first
                        for (int e : extras.stream().distinct().sorted().toList()) {
                            if (e < g) {
                                for (int i = 0; i < sorted.size(); i++) {
                                    if (sorted.get(i).equals(used.get(e))) {
                                        in.add("q" + (i + 1));
                                        break;
                                    }
                                }
                            }
                        }
                        for (int i = 0; i < sorted.size(); i++) {
                            if (sorted.get(i).equals(used.get(g))) {
                                in.add("q" + (i + 1));
                            }
                        }
                        members.add(in);
                    }
                    Instrument.Builder b = Instrument.builder().id(InstrumentId.of((reverseFirst ? "random_" : "random:") + items.size()))
                            .version("1.0").title("Random instrument").citation("Generated for a property test")
                            .scale(scale).items(items).overallRule(overall).defaultPolicy(policy);
                    for (int g = 0; g < members.size(); g++) {
                        b.addSubscales(Subscale.builder().id("part-" + g).title("Part " + g).items(members.get(g)).build());
                    }
                    return b.build();
                });
    }
}
