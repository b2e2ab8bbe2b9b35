package org.ccmcoach.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.ccmcoach.json.CcmJson;

/**
 * The built-in instruments and the registry of instruments, consulted where a document names an
 * instrument by id (a response or score report read from JSON is checked against it).
 *
 * <p>Built-ins are JSON resources in this jar, read by the same {@link Instrument#read(InputStream)} a
 * caller uses for a definition of their own:
 * <ul>
 * <li>{@link #acic35()}: ACIC 3.5, 34 items on 0..11 in seven subscales; overall = mean of the
 *     seven subscale means, integration included (the six-element average of older studies is
 *     {@code acic35().withOverallRule(OverallRule.MEAN_OF_ELEMENT_SUBSCALES)}); levels D 0–2, C 3–5, B 6–8, A 9–11 with floor semantics; complete
 *     answers only by default (the ICIC arithmetic presumes a complete form).</li>
 * <li>{@link #pacic20()}: PACIC-20, 20 items on 1..5 in five subscales; scores are means of the
 *     answered items (ICIC's rule); the study convention of PMC5989474 is offered as the policy
 *     {@value #PACIC_STUDY_POLICY}.</li>
 * <li>{@link #readinessBaseline()} and {@link #readinessFollowUp()}: the AHRQ Practice
 *     Facilitation Handbook's informal readiness checklist, 8 yes/no items at baseline and 4 at
 *     three months, scored as the count of "yes" (the handbook publishes no scoring; a count is
 *     the obvious summary). The triage level itself ({@link org.ccmcoach.core.TriageLevel}) is the
 *     facilitator's judgement.</li>
 * <li>{@link #phq9()} and {@link #gad7()}: the PHQ-9 (Kroenke, Spitzer and Williams, J Gen Intern
 *     Med 2001) and the GAD-7 (Spitzer et al., Arch Intern Med 2006), each item 0..3 and the total
 *     their sum ({@link OverallRule#SUM_OF_ITEMS}) in the published severity bands; items keyed
 *     by their LOINC codes ({@code 44250-9} …), which the instrument, items and total carry
 *     ({@link Instrument#code()}, {@link Item#code()}, {@link Instrument#overallCode()}), and
 *     LOINC's coded answers ({@code LA6568-5} = 0 … {@code LA6571-9} = 3) scored as FHIR forms send
 *     them. Complete answers only by default: ccm's choice, as a sum over fewer items is not the
 *     form's total.</li>
 * <li>{@link #practiceAdaptiveReserve()}: the National Demonstration Project's 23-item Practice
 *     Adaptive Reserve scale (Jaén et al. and Nutting et al., Ann Fam Med 2010), each item 1
 *     (strongly disagree) to 5 (strongly agree), item 16 reverse-scored, the score the mean of the
 *     nonmissing items rescaled to 0..1 ({@link OverallRule#RESCALED_MEAN_OF_ITEMS}) as a JABFM
 *     study states it; the six components of Nutting's Table 3 as subscales, their rescaled means
 *     ccm's. The sixth component's name and the end of item 23's wording are not verified, and
 *     the definition says so.</li>
 * <li>{@link #cpcqStrategies()}: the 14-item strategies scale of the Change Process Capability
 *     Questionnaire (Solberg et al. 2008) as EvidenceNOW reported it (Balasubramanian et al., Ann
 *     Fam Med 2018: range -28 to 28); the -2..+2 coding of each item is inferred from that range,
 *     and the items are in the paper's table order, not the form's. The rest of the CPCQ is not
 *     built in: its items and scoring could not be verified.</li>
 * <li>The PCMH-A is not built in: its scale, level bands and eight change concepts are published,
 *     its items and scoring arithmetic could not be verified from a public source.
 *     {@link PcmhA#instrument(String, Map)} builds it from the item numbers of the user's own copy
 *     of the form.</li>
 * </ul>
 *
 * <pre>{@code
 * Instrument acic = Instruments.acic35();
 * Instrument same = Instruments.byId(InstrumentId.of("acic-3.5"));
 * Instrument pcmha = Instruments.register(Instrument.read(Path.of("pcmh-a.json")));
 * }</pre>
 *
 * <p>Thread-safe: registration is atomic and instruments are immutable.
 */
public final class Instruments {

    /** The name of the PACIC-20 policy from PMC5989474 (table 3): at most 0, 0, 1, 1, 1 items missing per subscale, 3 overall. */
    public static final String PACIC_STUDY_POLICY = "study-pmc5989474";

    private static final List<String> BUILT_IN = List.of("acic-3.5", "pacic-20", "readiness-baseline", "readiness-3-month",
            "phq-9", "gad-7", "par-23", "cpcq-strategies-14");

    private static final Map<InstrumentId, Instrument> REGISTRY = new ConcurrentHashMap<>();
    /** The registered ids by their lower-case form, written only under the registry's lock. */
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

    private Instruments() {
    }

    /** {@return the ACIC 3.5 (id {@code acic-3.5})} */
    public static Instrument acic35() {
        return builtIn("acic-3.5");
    }

    /** {@return the PACIC-20 (id {@code pacic-20})} */
    public static Instrument pacic20() {
        return builtIn("pacic-20");
    }

    /** {@return the PHQ-9 (id {@code phq-9}): nine items 0..3, the total their sum 0..27 in five severity bands} */
    public static Instrument phq9() {
        return builtIn("phq-9");
    }

    /** {@return the GAD-7 (id {@code gad-7}): seven items 0..3, the total their sum 0..21 in four severity bands} */
    public static Instrument gad7() {
        return builtIn("gad-7");
    }

    /**
     * {@return the Practice Adaptive Reserve scale (id {@code par-23}): 23 items 1..5, item 16 reversed,
     * scored as the mean of the answered items rescaled to 0..1}
     */
    public static Instrument practiceAdaptiveReserve() {
        return builtIn("par-23");
    }

    /**
     * {@return the CPCQ strategies scale as EvidenceNOW used it (id {@code cpcq-strategies-14}): 14
     * items -2..+2, the score their sum, -28..28}
     */
    public static Instrument cpcqStrategies() {
        return builtIn("cpcq-strategies-14");
    }

    /** {@return the 8-item baseline readiness checklist (id {@code readiness-baseline})} */
    public static Instrument readinessBaseline() {
        return builtIn("readiness-baseline");
    }

    /** {@return the 4-item three-month readiness follow-up (id {@code readiness-3-month})} */
    public static Instrument readinessFollowUp() {
        return builtIn("readiness-3-month");
    }

    /**
     * Finds a built-in or registered instrument that must be there.
     *
     * @param id  the instrument's identifier, such as {@code InstrumentId.of("pacic-20")}, not null
     * @return the instrument, not null
     * @throws IllegalArgumentException naming the known instruments if none has that identifier
     */
    public static Instrument byId(InstrumentId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "No instrument \"" + id + "\" is built in or registered; known: " + known()));
    }

    /**
     * Finds a built-in or registered instrument.
     *
     * @param id  the instrument's identifier, not null
     * @return the instrument, or empty if none is known by that identifier
     */
    public static Optional<Instrument> find(InstrumentId id) {
        Objects.requireNonNull(id, "id");
        Instrument found = REGISTRY.get(id);
        if (found == null && BUILT_IN.contains(id.value())) {
            found = builtIn(id.value());
        }
        return Optional.ofNullable(found);
    }

    /**
     * The built-in and registered instruments, by identifier.
     *
     * @return the instruments, sorted by identifier, not null
     */
    public static List<Instrument> all() {
        BUILT_IN.forEach(Instruments::builtIn);
        return REGISTRY.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /**
     * Registers an instrument, so that {@link #byId} finds it and responses and reports read from
     * JSON that name it are checked against it. Registering an equal definition again is harmless.
     *
     * @param instrument  the instrument, not null
     * @return the registered instrument: this one, or the equal one registered before
     * @throws IllegalArgumentException if a different instrument is known by the same identifier, or
     *     one is known by an identifier that differs only in case ({@code ACIC-3.5} beside {@code acic-3.5})
     */
    public static Instrument register(Instrument instrument) {
        Objects.requireNonNull(instrument, "instrument");
        if (BUILT_IN.contains(instrument.id().value()) && !builtIn(instrument.id().value()).equals(instrument)) {
            throw new IllegalArgumentException("\"" + instrument.id() + "\" is a built-in instrument; give yours another id");
        }
        String id = instrument.id().value();
        String folded = id.toLowerCase(java.util.Locale.ROOT);
        // One lock makes the case-twin check and the registration one step: of two threads registering
        // "race-i" and "RACE-i", exactly one succeeds. Reads (find, byId) take no lock.
        synchronized (REGISTRY) {
            String known = BUILT_IN.stream().filter(b -> b.equalsIgnoreCase(id)).findFirst()
                    .orElse(FOLDED.get(folded));
            if (known != null && !known.equals(id)) {
                throw new IllegalArgumentException("\"" + id + "\" differs from the known instrument \"" + known
                        + "\" only in case, which people and file systems do not tell apart; give yours another id");
            }
            Instrument before = REGISTRY.putIfAbsent(instrument.id(), instrument);
            if (before != null && !before.equals(instrument)) {
                throw new IllegalArgumentException("Another instrument is registered as \"" + instrument.id()
                        + "\"; give a changed definition a new id (for instance with its version)");
            }
            FOLDED.putIfAbsent(folded, id);
            return before != null ? before : instrument;
        }
    }

    private static Instrument builtIn(String id) {
        return REGISTRY.computeIfAbsent(InstrumentId.of(id), key -> {
            String resource = "instruments/" + id + ".json";
            try (InputStream in = Instruments.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in instrument " + resource + " is missing from the jar");
                }
                Instrument loaded = Instrument.read(in);
                if (!loaded.id().equals(key)) {
                    throw new IllegalStateException(resource + " defines " + loaded.id());
                }
                return loaded;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String known() {
        return all().stream().map(i -> i.id().value()).collect(Collectors.joining(", "));
    }
}
