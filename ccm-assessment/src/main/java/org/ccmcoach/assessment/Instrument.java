package org.ccmcoach.assessment;

import org.ccmcoach.core.coaching.Better;
import org.ccmcoach.core.value.PropertyPath;
import org.ccmcoach.core.value.Plural;
import org.ccmcoach.core.value.PlainText;
import org.ccmcoach.core.value.Decimals;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.json.CcmJson;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An assessment instrument as data: its items and subscales, response scale, level bands,
 * scoring rules and missing-data policies.
 *
 * <p>The ACIC 3.5 and the PACIC-20 are built in ({@link Instruments}); any other instrument, the
 * PCMH-A or PACIC+ for instance, is defined the same way in JSON and loaded with
 * {@link #read(java.nio.file.Path)} or {@link #parse(String)}. A definition that cannot
 * be scored consistently is rejected when built: repeated ids, an item in no subscale, a subscale
 * naming an unknown item, level bands that overlap, leave gaps or miss an end of the scale.
 *
 * <pre>{@code
 * Instrument acic = Instruments.acic35();
 * ScoreReport report = acic.score(response);
 * report.subscale("decision-support").mean();   // OptionalDouble
 * acic.level(5.5);                              // C: floor semantics between bands
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableInstrument.class)
public abstract class Instrument implements WithInstrument {

    Instrument() {
    }

    /** {@return the instrument's identifier, naming its version too, such as {@code acic-3.5}} */
    @NotNull
    public abstract InstrumentId id();

    /** {@return the version as its authors name it, such as {@code 3.5}} */
    @NotBlank
    @PlainText
    @Size(max = 40)
    public abstract String version();

    /** {@return the instrument's title} */
    @NotBlank
    @PlainText
    @Size(max = 200)
    public abstract String title();

    /** {@return where the instrument and its scoring rules are published} */
    @NotBlank
    @PlainText(multiLine = true)
    @Size(max = 1000)
    public abstract String citation();

    /**
     * {@return the instrument's code in a standard terminology, such as LOINC's panel
     * {@code 44249-1} for the PHQ-9; absent where none is published}
     */
    public abstract Optional<StandardCode> code();

    /**
     * {@return the overall score's code in a standard terminology, such as LOINC's {@code 44261-6},
     * the PHQ-9 total score; an Observation of the score carries it beside ccm's own code}
     */
    public abstract Optional<StandardCode> overallCode();

    /** {@return the scale every item is answered on} */
    @NotNull
    public abstract ResponseScale scale();

    /** {@return the items, in the instrument's order} */
    @NotEmpty
    public abstract List<@NotNull Item> items();

    /**
     * {@return the subscales, in the instrument's order; empty for an instrument scored only as a
     * whole, such as the PHQ-9, whose overall rule is then over its items}
     */
    public abstract List<@NotNull Subscale> subscales();

    /**
     * {@return the ids of questions a form asks beside the items, which no score counts: the PHQ-9's
     * question on how difficult the problems made life, a form's own calculated total. A reader of
     * completed forms skips their answers; they are never items}
     */
    public abstract java.util.Set<@NotNull @jakarta.validation.constraints.Pattern(regexp = Item.ID_FORMAT,
            message = Item.ID_RULE) String> unscoredQuestions();

    /**
     * {@return level bands in increasing order, covering the overall score's range without gaps;
     * empty when the instrument has none. The range is the item scale for a mean (the ACIC's 0..11,
     * whose bands its subscale means share), 0..1 for a rescaled mean, and the item count times the
     * scale for a sum (the PHQ-9's severity bands on 0..27). On a whole-point scale, bands of a mean
     * or a sum are published for whole points and follow one another by 1 (0–4, 5–9); bands of a
     * rescaled mean meet (0–0.5, 0.5–1)}
     */
    public abstract List<@NotNull LevelBand> levels();

    /**
     * {@return which way the instrument's scores improve: higher unless given. The PHQ-9's and
     * GAD-7's totals count symptoms, so theirs is {@link Better#LOWER}: a fall from 15 to 8 is an
     * improvement. ccm's change and comparisons report numbers, never words; this says how to read them}
     */
    @Value.Default
    public Better better() {
        return Better.HIGHER;
    }

    /** {@return how a subscale's items make its score; the mean unless given} */
    @Value.Default
    public SubscaleRule subscaleRule() {
        return SubscaleRule.MEAN;
    }

    /** {@return how the overall score is made; the mean of the subscale scores unless given} */
    @Value.Default
    public OverallRule overallRule() {
        return OverallRule.MEAN_OF_SUBSCALES;
    }

    /**
     * {@return the missing-data policy {@link #score(AssessmentResponse)} applies; complete answers only unless given}
     */
    @Value.Default
    public MissingDataPolicy defaultPolicy() {
        return MissingDataPolicy.completeOnly();
    }

    /** {@return other named policies offered with the instrument, such as a study's convention} */
    public abstract List<@NotNull MissingDataPolicy> policies();

    /**
     * Reads an instrument definition from JSON, as {@link CcmJson#parse(String, Class)} does. The
     * instrument is not registered.
     *
     * @param json  the definition, not null
     * @return the instrument, not null
     * @throws org.ccmcoach.json.CcmJsonException if the JSON is not a valid definition
     */
    public static Instrument parse(String json) {
        return CcmJson.parse(json, Instrument.class);
    }

    /**
     * Reads an instrument definition from a UTF-8 JSON file. The instrument is not registered.
     *
     * @param file  the file, not null
     * @return the instrument, not null
     * @throws org.ccmcoach.json.CcmJsonException if the file is not a valid definition, with the place of the fault
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Instrument read(java.nio.file.Path file) {
        return CcmJson.read(file, Instrument.class);
    }

    /**
     * Reads an instrument definition from a UTF-8 JSON stream, which is not closed. The instrument
     * is not registered.
     *
     * @param json  the stream, not null
     * @return the instrument, not null
     * @throws org.ccmcoach.json.CcmJsonException if the stream is not a valid definition
     * @throws java.io.UncheckedIOException if the stream cannot be read
     */
    public static Instrument read(java.io.InputStream json) {
        return CcmJson.read(json, Instrument.class);
    }

    /**
     * Starts building an instrument.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Instrument}; {@link #build()} checks the definition. */
    public static final class Builder extends ImmutableInstrument.Builder {
        Builder() {
        }
    }

    /** {@return the items by identifier} */
    @Value.Lazy
    Map<String, Item> itemsById() {
        Map<String, Item> byId = new LinkedHashMap<>();
        items().forEach(i -> byId.putIfAbsent(i.id(), i));
        return byId;
    }

    /** The items and subscales as arrays, for scoring; computed once. */
    @Value.Lazy
    Scoring.Layout layout() {
        return Scoring.Layout.of(this);
    }

    /**
     * Finds an item.
     *
     * @param itemId  the item's identifier, not null
     * @return the item, or empty if the instrument has none with that identifier
     */
    public final Optional<Item> item(String itemId) {
        return Optional.ofNullable(itemsById().get(itemId));
    }

    /**
     * Finds a subscale.
     *
     * @param subscaleId  the subscale's identifier, not null
     * @return the subscale, not null
     * @throws IllegalArgumentException naming the instrument's subscales if there is none with that identifier
     */
    public final Subscale subscale(String subscaleId) {
        return subscales().stream().filter(s -> s.id().equals(subscaleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Instrument " + id() + " has no subscale \""
                        + subscaleId + "\"; its subscales: " + subscales().stream().map(Subscale::id)
                                .collect(Collectors.joining(", "))));
    }

    /**
     * Finds a named missing-data policy: the default, one of {@link #policies()}, or one of the
     * general {@value MissingDataPolicy#COMPLETE_ONLY} and {@value MissingDataPolicy#AVAILABLE_ITEMS}.
     *
     * @param name  the policy's name, not null
     * @return the policy, not null
     * @throws IllegalArgumentException naming the policies offered if there is none with that name
     */
    public final MissingDataPolicy policy(String name) {
        return policiesByName().values().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Instrument " + id() + " offers no policy \""
                        + name + "\"; it offers: " + String.join(", ", policiesByName().keySet())));
    }

    private Map<String, MissingDataPolicy> policiesByName() {
        Map<String, MissingDataPolicy> all = new LinkedHashMap<>();
        all.put(defaultPolicy().name(), defaultPolicy());
        policies().forEach(p -> all.putIfAbsent(p.name(), p));
        all.putIfAbsent(MissingDataPolicy.COMPLETE_ONLY, MissingDataPolicy.completeOnly());
        all.putIfAbsent(MissingDataPolicy.AVAILABLE_ITEMS, MissingDataPolicy.availableItems());
        return all;
    }

    /**
     * {@return the range of the overall score under the instrument's rules, which its level bands
     * cover; empty where the scores have none (a mean of sums of subscales of different sizes)}
     */
    public final Optional<ScoreRange> overallRange() {
        double[] range = Scoring.overallRange(this);
        return range == null ? Optional.empty() : Optional.of(new ScoreRange(range[0], range[1]));
    }

    /**
     * {@return the range every subscale score shares: the scale for means, 0..1 for rescaled means;
     * empty for sums, each of which ranges over its own item count}
     */
    public final Optional<ScoreRange> subscaleRange() {
        double[] range = Scoring.subscaleRange(this);
        return range == null ? Optional.empty() : Optional.of(new ScoreRange(range[0], range[1]));
    }

    /**
     * The level band of a score, with floor semantics between published bands: a score belongs to
     * the band with the highest minimum at or below it, so the ACIC's 5.5 is C, 6.0 is B, and a
     * prorated PHQ-9 total of 9.75 is mild (5–9), not moderate.
     *
     * @param score  a score on the range the bands cover (the overall score's, see {@link #levels()})
     * @return the band, or empty when the instrument has no bands or the score is off their range
     */
    public final Optional<LevelBand> level(double score) {
        int band = layout().band(score);
        return band < 0 ? Optional.empty() : Optional.of(levels().get(band));
    }

    /**
     * The ways a response does not fit this instrument: another instrument's id, unknown items,
     * values off the scale or fractions on a whole-point scale; each names the item, the value and
     * the allowed range.
     *
     * @param response  the response, not null
     * @return the violations, empty when the response fits
     */
    public final List<Problem> violations(AssessmentResponse response) {
        List<Problem> found = new ArrayList<>();
        if (!response.instrument().equals(id())) {
            found.add(Problem.of("AssessmentResponse", "instrument", "must be " + id() + " to be scored by it",
                    response.instrument()));
        }
        for (Map.Entry<String, OptionalDouble> answer : response.answers().entrySet()) {
            String item = answer.getKey();
            if (!itemsById().containsKey(item)) {
                found.add(Problem.of("AssessmentResponse", PropertyPath.of("answers").at(item),
                        "is not an item of " + id(), item));
            } else if (answer.getValue().isPresent() && !scale().contains(answer.getValue().getAsDouble())) {
                double v = answer.getValue().getAsDouble();
                String rule = Double.isFinite(v) && v >= scale().min() && v <= scale().max()
                        ? "must be a whole point of " + scale().range()
                        : "must be from " + Decimals.show(scale().min()) + " to " + Decimals.show(scale().max()) + (scale().integer() ? " in whole points" : "");
                found.add(Problem.of("AssessmentResponse", PropertyPath.of("answers").at(item),
                        "item " + item + " " + rule, (v)));
            }
        }
        return found;
    }

    /**
     * The ways a score report does not fit this instrument, as a report read from a file may not:
     * another instrument, subscales missing, unknown or out of order, scores outside what the scale
     * allows, levels that are not the band of their score, counts that do not add up to the items.
     *
     * @param report  the report, not null
     * @return the violations, empty when the report fits
     */
    public final List<Problem> violations(ScoreReport report) {
        return ReportCheck.problems(this, report);
    }

    /**
     * Checks that a score report fits this instrument, as one read from JSON must before it is used.
     *
     * @param report  the report, not null
     * @return the report, for chaining
     * @throws CcmValidationException naming every misfit, as {@link #violations(ScoreReport)}
     */
    public final ScoreReport check(ScoreReport report) {
        List<Problem> found = violations(report);
        if (!found.isEmpty()) {
            throw CcmValidationException.of(found);
        }
        return report;
    }

    /**
     * Checks that a response fits this instrument.
     *
     * @param response  the response, not null
     * @return the response, for chaining
     * @throws CcmValidationException naming every misfit, as {@link #violations(AssessmentResponse)}
     */
    public final AssessmentResponse check(AssessmentResponse response) {
        List<Problem> found = violations(response);
        if (!found.isEmpty()) {
            throw CcmValidationException.of(found);
        }
        return response;
    }

    /**
     * Scores a response under the instrument's default missing-data policy.
     *
     * @param response  a response to this instrument, not null
     * @return the report, not null
     * @throws CcmValidationException if the response does not fit the instrument
     */
    public final ScoreReport score(AssessmentResponse response) {
        return score(response, defaultPolicy());
    }

    /**
     * Scores a response under a named policy, such as {@code "available-items"}.
     *
     * @param response  a response to this instrument, not null
     * @param policyName  the name of one of the policies {@link #policy(String)} finds
     * @return the report, not null
     * @throws CcmValidationException if the response does not fit the instrument
     * @throws IllegalArgumentException if the instrument offers no policy of that name
     */
    public final ScoreReport score(AssessmentResponse response, String policyName) {
        return score(response, policy(policyName));
    }

    /**
     * Scores a response under a missing-data policy.
     *
     * @param response  a response to this instrument, not null
     * @param policy  the policy, not null
     * @return the report, not null
     * @throws CcmValidationException if the response does not fit the instrument
     */
    public final ScoreReport score(AssessmentResponse response, MissingDataPolicy policy) {
        return Scoring.score(this, response, policy);
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this)
                .requireEach(Instrument::definitionViolations)
                .check();
    }

    private List<Problem> definitionViolations() {
        List<Problem> found = new ArrayList<>();
        String type = "Instrument";
        repeated(items(), Item::id).forEach(id -> found.add(Problem.of(type, "items", "must not repeat an item id", id)));
        repeated(items().stream().filter(i -> i.code().isPresent()).toList(), i -> i.code().get().toString())
                .forEach(c -> found.add(Problem.of(type, "items", "must not give two items the same code", c)));
        repeated(subscales(), Subscale::id)
                .forEach(id -> found.add(Problem.of(type, "subscales", "must not repeat a subscale id", id)));
        Set<String> inSubscales = new HashSet<>();
        for (Subscale s : subscales()) {
            for (String item : s.items()) {
                inSubscales.add(item);
                if (!itemsById().containsKey(item)) {
                    found.add(Problem.of(type, PropertyPath.of("subscales").at(s.id()).then("items"), "must name items of the instrument",
                            item));
                }
            }
        }
        for (String other : unscoredQuestions()) {
            if (itemsById().containsKey(other)) {
                found.add(Problem.of(type, "unscoredQuestions", "must not name an item: an item is scored", other));
            }
        }
        if ((overallRule() == OverallRule.MEAN_OF_SUBSCALES || overallRule() == OverallRule.MEAN_OF_ELEMENT_SUBSCALES)
                && subscales().isEmpty()) {
            found.add(Problem.of(type, "overallRule", "needs subscales; an instrument without them is scored over its items"
                    + " (MEAN_OF_ITEMS, SUM_OF_ITEMS or RESCALED_MEAN_OF_ITEMS)", overallRule()));
        }
        for (Item item : subscales().isEmpty() ? List.<Item>of() : items()) {
            if (!inSubscales.contains(item.id())) {
                found.add(Problem.of(type, PropertyPath.of("items").at(item.id()), "must belong to at least one subscale", item.id()));
            }
        }
        found.addAll(levelViolations());
        if (overallRule() == OverallRule.MEAN_OF_ELEMENT_SUBSCALES && !subscales().isEmpty()
                && subscales().stream().allMatch(sub -> sub.element().isEmpty())) {
            found.add(Problem.of(type, "overallRule", "needs at least one subscale that names a CCM element",
                    overallRule()));
        }
        Set<String> subscaleIds = subscales().stream().map(Subscale::id).collect(Collectors.toSet());
        List<MissingDataPolicy> all = new ArrayList<>(policies());
        all.add(defaultPolicy());
        for (MissingDataPolicy p : all) {
            for (String named : p.maxMissingBySubscale().keySet()) {
                if (!subscaleIds.contains(named)) {
                    found.add(Problem.of(type, PropertyPath.of("policies").at(p.name()).then("maxMissingBySubscale"),
                            "must name subscales of the instrument", named));
                }
            }
        }
        repeated(policies(), MissingDataPolicy::name)
                .forEach(n -> found.add(Problem.of(type, "policies", "must not repeat a policy name", n)));
        return found;
    }

    private List<Problem> levelViolations() {
        List<Problem> found = new ArrayList<>();
        if (levels().isEmpty()) {
            return found;
        }
        String type = "Instrument";
        double[] range = Scoring.overallRange(this);
        if (range == null) {
            found.add(Problem.of(type, "levels", "need one range of scores to cover, and " + overallRule()
                    + " of SUM subscales has none (each sum ranges over its own item count); band means"
                    + " (subscaleRule MEAN) or the sum of the items (SUM_OF_ITEMS)", subscaleRule()));
            return found;
        }
        repeated(levels(), LevelBand::label)
                .forEach(l -> found.add(Problem.of(type, "levels", "must not repeat a label", l)));
        LevelBand first = levels().get(0);
        LevelBand last = levels().get(levels().size() - 1);
        boolean rescaledBands = Scoring.overallRescaled(this);
        String what = overallRule() == OverallRule.SUM_OF_ITEMS ? "the sum's range"
                : rescaledBands ? "the rescaled range" : "the scale";
        if (first.min() != range[0]) {
            found.add(Problem.of(type, PropertyPath.of("levels").at(0).then("min"),
                    "(band " + first.label() + ") must start at the bottom of " + what + ", " + Decimals.show(range[0]), (first.min())));
        }
        if (last.max() != range[1]) {
            found.add(Problem.of(type, PropertyPath.of("levels").at((levels().size() - 1)).then("max"),
                    "(band " + last.label() + ") must end at the top of " + what + ", " + Decimals.show(range[1]), (last.max())));
        }
        double step = scale().integer() && !rescaledBands ? 1 : 0;
        for (int i = 1; i < levels().size(); i++) {
            LevelBand before = levels().get(i - 1);
            LevelBand band = levels().get(i);
            double expected = before.max() + step;
            if (band.min() != expected) {
                String problem = band.min() < expected ? "overlaps" : "leaves a gap after";
                found.add(Problem.of(type, PropertyPath.of("levels").at(i).then("min"), "(band " + band.label() + ") " + problem + " band "
                        + before.label()
                        + " (" + Decimals.show(before.min()) + ".." + Decimals.show(before.max()) + "); must be "
                        + Decimals.show(expected), (band.min())));
            }
        }
        return found;
    }

    private static <T> Set<String> repeated(List<T> values, Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new LinkedHashSet<>();
        for (T v : values) {
            if (!seen.add(key.apply(v))) {
                twice.add(key.apply(v));
            }
        }
        return twice;
    }

    /** {@return {@code acic-3.5: Assessment of Chronic Illness Care (34 items, 7 subscales, 0..11)}} */
    @Override
    public String toString() {
        return id() + ": " + title() + " (" + Plural.count(items().size(), "item") + ", "
                + Plural.count(subscales().size(), "subscale") + ", " + scale().range() + ")";
    }
}
