package org.ccmcoach.assessment.team;

import org.ccmcoach.core.value.Decimals;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.statistics.descriptive.DoubleStatistics;
import org.apache.commons.statistics.descriptive.Statistic;
import org.ccmcoach.assessment.AssessmentResponse;
import org.ccmcoach.assessment.InstrumentId;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.assessment.Item;
import org.ccmcoach.assessment.SubjectId;

/**
 * The individual responses of one team to one instrument, item by item: the average answer and
 * how far the team members disagree, ranked so that a coach sees where to start the consensus
 * discussion.
 *
 * <p>It is an <em>average</em> of individual ratings, never the team's consensus: the ACIC asks a
 * team to agree on its ratings together, and that consensus response is entered as a response of
 * its own (role {@value AssessmentResponse#CONSENSUS_ROLE}), not computed. Consensus responses are
 * therefore refused here.
 *
 * <pre>{@code
 * TeamAggregate team = TeamAggregate.of(Instruments.acic35(), individualResponses);
 * team.byDisagreement().subList(0, 5);   // the five items the team disagrees on most
 * System.out.println(team);              // a table, labelled as an average
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TeamAggregate {

    private final InstrumentId instrument;
    private final SubjectId subject;
    private final int respondents;
    private final List<ItemSpread> items;

    private TeamAggregate(InstrumentId instrument, SubjectId subject, int respondents, List<ItemSpread> items) {
        this.instrument = instrument;
        this.subject = subject;
        this.respondents = respondents;
        this.items = List.copyOf(items);
    }

    /**
     * Aggregates the individual responses of one team.
     *
     * @param instrument  the instrument answered, not null
     * @param responses  individual responses to it, about one subject, at least one, not null
     * @return the aggregate, not null
     * @throws IllegalArgumentException if the responses are empty, concern other instruments or
     *     several subjects, or include a consensus response
     * @throws org.ccmcoach.core.value.CcmValidationException if a response does not fit the instrument
     */
    public static TeamAggregate of(Instrument instrument, Collection<AssessmentResponse> responses) {
        if (responses.isEmpty()) {
            throw new IllegalArgumentException("a team aggregate needs at least one response");
        }
        Set<SubjectId> subjects = responses.stream().map(AssessmentResponse::subject).collect(Collectors.toSet());
        if (subjects.size() > 1) {
            throw new IllegalArgumentException("responses must be about one team; they concern " + subjects);
        }
        for (AssessmentResponse r : responses) {
            if (r.consensus()) {
                throw new IllegalArgumentException("a consensus response is the team's agreed rating, not one "
                        + "member's; leave it out of the average (" + r.subject() + ", " + r.date() + ")");
            }
            instrument.check(r);
        }
        List<ItemSpread> spreads = new ArrayList<>();
        for (Item item : instrument.items()) {
            double[] values = responses.stream().map(r -> r.answer(item.id())).filter(OptionalDouble::isPresent)
                    .mapToDouble(OptionalDouble::getAsDouble).toArray();
            if (values.length == 0) {
                spreads.add(new ItemSpread(item.id(), item.title(), 0, OptionalDouble.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty(), OptionalDouble.empty()));
                continue;
            }
            DoubleStatistics stats = DoubleStatistics.of(
                    Set.of(Statistic.MEAN, Statistic.MIN, Statistic.MAX, Statistic.STANDARD_DEVIATION), values);
            spreads.add(new ItemSpread(item.id(), item.title(), values.length,
                    OptionalDouble.of(stats.getAsDouble(Statistic.MEAN)),
                    OptionalDouble.of(stats.getAsDouble(Statistic.MIN)),
                    OptionalDouble.of(stats.getAsDouble(Statistic.MAX)),
                    OptionalDouble.of(values.length == 1 ? 0.0 : stats.getAsDouble(Statistic.STANDARD_DEVIATION))));
        }
        return new TeamAggregate(instrument.id(), subjects.iterator().next(), responses.size(), spreads);
    }

    /** {@return the instrument answered} */
    public InstrumentId instrument() {
        return instrument;
    }

    /** {@return the team} */
    public SubjectId subject() {
        return subject;
    }

    /** {@return how many individual responses were averaged} */
    public int respondents() {
        return respondents;
    }

    /** {@return every item in the instrument's order} */
    public List<ItemSpread> items() {
        return items;
    }

    /**
     * The items from most to least disagreement: by standard deviation, then range, then the
     * instrument's order; items nobody answered come last.
     *
     * @return the items, ranked, not null
     */
    public List<ItemSpread> byDisagreement() {
        Comparator<ItemSpread> spread = Comparator
                .comparingDouble((ItemSpread s) -> s.standardDeviation().orElse(-1)).reversed()
                .thenComparing(Comparator.comparingDouble((ItemSpread s) -> s.range().orElse(-1)).reversed());
        return items.stream().sorted(spread).toList();
    }

    /** {@return what this aggregate is, for every display of it: an average of individual ratings} */
    public String label() {
        return "average of " + respondents + " individual response" + (respondents == 1 ? "" : "s")
                + " (not a consensus)";
    }

    /** {@return a table of the items ranked by disagreement, headed by {@link #label()}} */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        out.append(instrument).append(' ').append(subject).append(": ").append(label()).append('\n');
        out.append(String.format(Locale.ROOT, "  %-8s %6s %6s %6s %6s %4s%n", "item", "mean", "min", "max", "sd", "n"));
        for (ItemSpread s : byDisagreement()) {
            if (s.answered() == 0) {
                out.append(String.format(Locale.ROOT, "  %-8s %6s%n", s.item(), "-"));
            } else {
                out.append(String.format(Locale.ROOT, "  %-8s %6s %6s %6s %6s %4d%n", s.item(),
                        Decimals.fixed(s.mean().getAsDouble(), 2), Decimals.show(s.min().getAsDouble()),
                        Decimals.show(s.max().getAsDouble()), Decimals.fixed(s.standardDeviation().getAsDouble(), 2),
                        s.answered()));
            }
        }
        return out.toString().stripTrailing();
    }
}
