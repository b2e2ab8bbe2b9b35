package org.ccmcoach.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.core.value.PropertyPath;

/**
 * The Patient-Centered Medical Home Assessment (PCMH-A) as far as a public source verifies it,
 * completed with the item numbers of the user's own copy of the form.
 *
 * <p>Verified: the MacColl Center for Health Care Innovation and Qualis Health wrote it for the
 * Safety Net Medical Home Initiative; each item is rated 1 to 12 in four levels, D 1–3, C 4–6,
 * B 7–9, A 10–12; its items cover eight change concepts in four stages ({@link #CONCEPTS}); it is
 * completed individually and then as a discussed consensus version, and averaging individual forms
 * without discussion is discouraged (the form's introduction; safetynetmedicalhome.org). The
 * version used from 2010 to 2012 had 33 items (Daniel et al., Health Serv Res 2013;48:1879);
 * version 4.0 (September 2014) adds a behavioural-health question under Organized, Evidence-Based
 * Care. Not verified, so not built in: the items, how many each concept has, and the form's
 * arithmetic. ccm never invents them: the caller names each concept's items from the form.
 *
 * <p>ccm's choices, as for the ACIC the PCMH-A is modelled on: a concept's score is the mean of its
 * items, the overall score the mean of the eight concept scores, and levels band both with floor
 * semantics; complete answers only, since the form gives no rule for a missing item.
 *
 * <pre>{@code
 * Instrument pcmha = PcmhA.instrument("4.0", Map.of("engaged-leadership", List.of("1", "2", "3"), …));
 * }</pre>
 */
public final class PcmhA {

    /** The eight change concepts' ids, in the form's order, two per stage. */
    public static final List<String> CONCEPTS = List.of("engaged-leadership", "quality-improvement-strategy",
            "empanelment", "continuous-team-based-healing-relationships", "organized-evidence-based-care",
            "patient-centered-interactions", "enhanced-access", "care-coordination");

    private static final List<String> TITLES = List.of("Engaged Leadership", "Quality Improvement Strategy",
            "Empanelment", "Continuous and Team-Based Healing Relationships", "Organized, Evidence-Based Care",
            "Patient-Centered Interactions", "Enhanced Access", "Care Coordination");

    private static final List<String> STAGES = List.of("Laying the Foundation", "Building Relationships",
            "Changing Care Delivery", "Reducing Barriers to Care");

    private PcmhA() {
    }

    /**
     * Builds the PCMH-A from the items of each change concept as the user's copy of the form numbers them.
     *
     * @param version  the form's version, such as {@code 4.0}; the instrument's id is {@code pcmh-a-} and it
     * @param itemsByConcept  each of the {@link #CONCEPTS}' item ids, in the form's order, not null
     * @return the instrument, not registered
     * @throws CcmValidationException naming each concept missing, unknown or empty, and each item named twice
     */
    public static Instrument instrument(String version, Map<String, List<String>> itemsByConcept) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(itemsByConcept, "itemsByConcept");
        List<Problem> found = new ArrayList<>();
        for (String concept : CONCEPTS) {
            List<String> items = itemsByConcept.get(concept);
            if (items == null || items.isEmpty()) {
                found.add(Problem.of("PcmhA", PropertyPath.of("itemsByConcept").at(concept),
                        "must name the concept's items as your copy of the form numbers them", null));
            }
        }
        for (String concept : itemsByConcept.keySet()) {
            if (!CONCEPTS.contains(concept)) {
                found.add(Problem.of("PcmhA", "itemsByConcept", "must name only the eight change concepts: "
                        + String.join(", ", CONCEPTS), concept));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        Map<String, String> twice = new LinkedHashMap<>();
        itemsByConcept.forEach((concept, items) -> items.forEach(item -> {
            if (!seen.add(item)) {
                twice.putIfAbsent(item, concept);
            }
        }));
        twice.forEach((item, concept) -> found.add(Problem.of("PcmhA", PropertyPath.of("itemsByConcept").at(concept),
                "must not name an item another concept names: each PCMH-A item rates one concept", item)));
        if (!found.isEmpty()) {
            throw CcmValidationException.of(found);
        }
        Instrument.Builder b = Instrument.builder()
                .id(InstrumentId.of("pcmh-a-" + version))
                .version(version)
                .title("Patient-Centered Medical Home Assessment (PCMH-A)")
                .citation("MacColl Center for Health Care Innovation and Qualis Health, Safety Net Medical Home Initiative:"
                        + " PCMH-A (safetynetmedicalhome.org); 33 items in the version of Daniel et al., Health Serv Res"
                        + " 2013;48:1879; version 4.0 (2014) adds a behavioural-health question. Items as the user's copy"
                        + " of the form numbers them; concept score = mean of its items and overall = mean of the eight"
                        + " concepts are ccm's choices, after the ACIC the form is modelled on.")
                .scale(ResponseScale.builder().min(1).max(12).integer(true).build())
                .addLevels(band("D", 1, 3), band("C", 4, 6), band("B", 7, 9), band("A", 10, 12))
                .subscaleRule(SubscaleRule.MEAN)
                .overallRule(OverallRule.MEAN_OF_SUBSCALES)
                .defaultPolicy(MissingDataPolicy.completeOnly());
        for (int i = 0; i < CONCEPTS.size(); i++) {
            List<String> items = itemsByConcept.get(CONCEPTS.get(i));
            items.forEach(item -> b.addItems(Item.builder().id(item).build()));
            b.addSubscales(Subscale.builder().id(CONCEPTS.get(i))
                    .title(TITLES.get(i) + " (" + STAGES.get(i / 2) + ")").items(items).build());
        }
        return b.build();
    }

    private static LevelBand band(String label, double min, double max) {
        return LevelBand.builder().label(label).min(min).max(max).build();
    }
}
