package org.ccmcoach.assessment;

import jakarta.validation.constraints.NotNull;
import org.ccmcoach.core.value.PlainText;
import org.ccmcoach.core.value.SupportedDate;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Invariants;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The scores of one response: each subscale, the overall score, their levels, and the
 * missing-data policy they were computed under.
 *
 * <p>Scores that could not be computed under the policy are empty, with the reason. Printed, a
 * report is a small table:
 *
 * <pre>{@code
 * ScoreReport r = Instruments.acic35().score(response);
 * r.overall();                            // OptionalDouble.of(5.928...)
 * r.subscale("organization").level();    // Optional.of("B")
 * System.out.println(r);
 * // acic-3.5 site-1 2026-01-15 consensus (policy complete-only)
 * //   organization                    6.50  B  6/6
 * //   ...
 * //   overall                         5.93  C
 * }</pre>
 *
 * <p>A report comes from scoring, or from a document: there is no builder and no {@code with}
 * copy, so every report is either computed from a checked response (and checks only its own
 * invariants, in plain code) or read as outside input. One read from JSON is checked against every
 * constraint and, when its instrument is built in or registered, against the instrument: a score
 * off the scale, a subscale the instrument lacks, counts that do not add up to the items, a
 * subscale score its rule does not give from its mean, an overall its rule does not give from the
 * subscales, or a level that is not its score's band is refused at that value;
 * {@link Instrument#check(ScoreReport)} checks against an instrument that is not registered.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableScoreReport.class, converter = KnownInstrument.Reports.class)
public abstract class ScoreReport {

    ScoreReport() {
    }

    /** {@return the instrument scored} */
    @NotNull
    public abstract InstrumentId instrument();

    /** {@return whom the response was about} */
    @NotNull
    public abstract SubjectId subject();

    /** {@return who answered, if recorded} */
    public abstract Optional<@PlainText String> respondent();

    /** {@return the respondent's role, if recorded} */
    public abstract Optional<@PlainText String> role();

    /** {@return when the response was completed} */
    @NotNull
    @SupportedDate
    public abstract LocalDate date();

    /** {@return the missing-data policy the scores follow} */
    @NotNull
    public abstract MissingDataPolicy policy();

    /** {@return the subscale scores, in the instrument's order} */
    public abstract List<@NotNull SubscaleScore> subscales();

    /** {@return the overall score by the instrument's overall rule, empty when not scored} */
    public abstract OptionalDouble overall();

    /** {@return the level band's label of the overall score, when there is one} */
    public abstract Optional<@PlainText String> overallLevel();

    /** {@return why the overall score is missing; empty when there is one} */
    public abstract Optional<@PlainText String> overallReason();

    /**
     * The rule the overall score was made by, as the instrument said when it scored the response;
     * empty in reports written before ccm recorded it.
     *
     * @return the overall rule, if recorded
     */
    public abstract Optional<OverallRule> overallRule();

    /** {@return how many items were answered} */
    @PositiveOrZero
    public abstract int answered();

    /** {@return how many items were missing} */
    @PositiveOrZero
    public abstract int missing();

    /**
     * A subscale's score.
     *
     * @param subscaleId  the subscale's identifier, not null
     * @return the score, not null
     * @throws IllegalArgumentException naming the report's subscales if there is none with that identifier
     */
    public final SubscaleScore subscale(String subscaleId) {
        return Optional.ofNullable(subscalesById().get(subscaleId))
                .orElseThrow(() -> new IllegalArgumentException("No subscale \"" + subscaleId + "\" in this "
                        + instrument() + " report; its subscales: "
                        + subscales().stream().map(SubscaleScore::id).collect(Collectors.joining(", "))));
    }

    /**
     * A subscale's score, or the overall score for {@code "overall"}.
     *
     * @param measure  a subscale identifier or {@code "overall"}, not null
     * @return the score, empty when not scored
     * @throws IllegalArgumentException if the report has no such subscale
     */
    public final OptionalDouble score(String measure) {
        return measure.equals("overall") ? overall() : subscale(measure).score();
    }

    /**
     * A subscale's level, or the overall level for {@code "overall"}.
     *
     * @param measure  a subscale identifier or {@code "overall"}, not null
     * @return the level's label, empty when not scored or without bands
     * @throws IllegalArgumentException if the report has no such subscale
     */
    public final Optional<String> level(String measure) {
        return measure.equals("overall") ? overallLevel() : subscale(measure).level();
    }

    /** The subscales by identifier, built once: a report of many subscales is looked up in constant time. */
    @Value.Lazy
    Map<String, SubscaleScore> subscalesById() {
        Map<String, SubscaleScore> byId = new HashMap<>();
        subscales().forEach(s -> byId.putIfAbsent(s.id(), s));
        return Map.copyOf(byId);
    }

    /**
     * Checks the report's own invariants in plain code, as every value ccm computes does: no
     * reflection per report. A report read from JSON is checked fully where it is read (its
     * constraints, and against its instrument: {@link Instrument#check(ScoreReport)}).
     */
    @Value.Check
    final void validate() {
        Invariants invariants = Invariants.of(ScoreReport.class)
                .requireNonNull(instrument(), "instrument")
                .requireNonNull(subject(), "subject")
                .requireNonNull(date(), "date")
                .requireNonNull(policy(), "policy");
        invariants.check();   // the rules below read these
        invariants.require(overall().isPresent() != overallReason().isPresent(), "overallReason",
                        "must be given exactly when there is no overall score", overallReason().orElse(null))
                .require(overall().isEmpty() || Double.isFinite(overall().getAsDouble()), "overall",
                        "must be a finite number", overall().isPresent() ? overall().getAsDouble() : null)
                .require(answered() >= 0, "answered", "must be at least 0", answered())
                .require(missing() >= 0, "missing", "must be at least 0", missing())
                .require(subscales().stream().allMatch(java.util.Objects::nonNull), "subscales",
                        "must not hold null", null);
        invariants.check();
        invariants.require(distinct(subscales()), "subscales", "must not repeat a subscale",
                        subscales().stream().map(SubscaleScore::id).toList())
                .check();
    }

    /** Whether no two subscales share an id: pairwise for a few, as every instrument has, else by a set. */
    private static boolean distinct(List<SubscaleScore> subscales) {
        int n = subscales.size();
        if (n > 16) {
            return subscales.stream().map(SubscaleScore::id).distinct().count() == n;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (subscales.get(i).id().equals(subscales.get(j).id())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@return the report as a table: one line per subscale and one for the overall score} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(instrument()).append(' ').append(subject()).append(' ').append(date());
        respondent().ifPresent(r -> out.append(' ').append(r));
        role().ifPresent(r -> out.append(" (").append(r).append(')'));
        out.append("  policy ").append(policy().name()).append('\n');
        for (SubscaleScore s : subscales()) {
            out.append(row(s.id(), s.score(), s.level(), s.answered() + "/" + (s.answered() + s.missing()),
                    s.reason()));
        }
        out.append(row("overall", overall(), overallLevel(), answered() + "/" + (answered() + missing()), overallReason()));
        return out.toString().stripTrailing();
    }

    private static String row(String name, OptionalDouble score, Optional<String> level, String counts,
                              Optional<String> reason) {
        return String.format(Locale.ROOT, "  %-30s %6s  %-3s %6s%s%n", name, Decimals.fixed(score, 2),
                level.orElse(""), counts, reason.map(r -> "  not scored: " + r).orElse(""));
    }
}
