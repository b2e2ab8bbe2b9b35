package org.ccmcoach.allocation;

import jakarta.validation.constraints.DecimalMax;
import org.ccmcoach.core.value.Finite;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccmcoach.core.GeoPoint;
import org.ccmcoach.core.TriageLevel;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.Problem;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A program's rules for deploying coaches: how much coach time a practice needs, how far a coach
 * travels, how many practices a coach carries and which practices are candidates.
 *
 * <p>The factors are those of the AF4Q/IPIP guidance on deploying coaches with limited resources:
 * intensity, travel time, the scope of change, the practice's improvement maturity, other
 * facilitation resources and a learning collaborative. The guidance gives factors only, no formula
 * and no figures, so this policy uses the simplest formula that honours every factor (ccm's
 * choice) and takes its figures from the other sources named below:
 *
 * <pre>
 * coaching hours = coachingHours[intensity] × scopeMultiplier × maturityMultiplier × Π(1 − reduction)
 *                  + visitsPerMonth[intensity] × minutesOnSitePerVisit / 60
 * load on coach  = coaching hours + visitsPerMonth[intensity] × 2 × one-way travel minutes / 60
 * </pre>
 *
 * <p><b>Defaults</b> ({@link #defaults()}) are a starting point, not a law; every one can be
 * overridden. Each says what it rests on: a figure from a source, or ccm's choice with its
 * reasoning.
 * <ul>
 *   <li>87 minutes on site per visit: the mean of 416 visits (SD 37) in the SEC trial, 4
 *       facilitators and 32 rural practices over 12 months (Sutton et al., Implement Sci Commun
 *       2023). One trial's mean; using it for every program is ccm's choice.</li>
 *   <li>Travel limit of 130 minutes one way: <em>ccm's choice</em>. The SEC trial (Sutton et al.
 *       2023) gives 130 minutes' driving per visit (SD 65), a round trip; halving both gives a
 *       one-way mean of 65 and SD of 32.5, and the limit is that mean plus two SDs. If one-way drives
 *       were normal, about 98 % would be shorter; the trial does not give their distribution.</li>
 *   <li>Visits per month 0.5 / 1 / 2 for light / standard / intensive: 6 visits a year is the
 *       minimum Culler et al. 2013's study assured each practice, and 24 the protocol its sensitivity
 *       analysis costed (Ann Fam Med 11:207); 12 a year for standard is <em>ccm's choice</em> between
 *       them.</li>
 *   <li>140 hours a month per FTE: <em>ccm's choice</em>, 173 paid hours (40 × 52 / 12) less about
 *       a fifth for leave, supervision and training; no source gives the figure.</li>
 *   <li>4 / 10 / 20 off-site coaching hours a month: <em>ccm's choice</em>, set so that the
 *       caseload comes out near EvidenceNOW's mean (1,630 practices for 162 facilitators, 10.06 each;
 *       Sweeney et al., Ann Fam Med 2022;20:414): a standard practice with the SEC trial's mean drive
 *       takes 10 + 87/60 = 11.45 coaching hours and 2 × 65/60 = 2.17 hours of travel, 13.6 in all,
 *       so a full-time coach carries 140 / 13.6 = 10.3. An intensive practice takes 20 + 2 × 87/60 +
 *       4 × 65/60 = 27.2 hours, so two coaches carry 280 / 27.2 = 10.3. (The AHRQ pilot's 2 coaches
 *       for 9 teams, coaching manual chapter 3, was a low-intensity program; see
 *       {@link Intensity}.)</li>
 *   <li>Caseload cap 10 ({@link #defaultCaseloadCap()}): EvidenceNOW's <em>mean</em>, 1,630
 *       practices over 162 facilitators (Sweeney et al. 2022), not an observed maximum. Using a mean
 *       as the cap is <em>ccm's choice</em>, so that a plan's caseloads average what that program's
 *       did; some facilitators there carried more than 10 (a mean of 10.06 says so). Caseloads
 *       across the cooperatives ranged from 1 to 35 practices, most facilitators working with 10 to
 *       20 (a table of facilitation characteristics in J Am Board Fam Med,
 *       jabfm.org/highwire/markup/10628; its article not identified here), so set the cap from your
 *       own program.</li>
 *   <li>Default intensity {@link Intensity#STANDARD}: <em>ccm's choice</em>, the middle level, so a
 *       practice that states none is planned at neither extreme.</li>
 *   <li>Multipliers and reductions, for which no source gives figures, are <em>ccm's choice</em>:
 *       system-wide scope × 1.5; new to improvement × 1.25, experienced × 0.75; an IT/EHR expert
 *       −15 %, a physician peer −10 %, a learning collaborative −20 %. They order the factors as the
 *       AF4Q/IPIP guidance does (each more or less coach time); their sizes are judgement.</li>
 *   <li>Great-circle travel at 60 km/h with a detour factor of 1.3 (roads about a third longer than
 *       the straight line), used when the problem supplies no travel-time matrix entry: <em>ccm's
 *       choice</em>, a rough rural and suburban average; supply a {@link TravelTime} matrix where
 *       it matters.</li>
 *   <li>Candidates: functional and low-functional practices, and survival-mode practices that want
 *       to engage (AHRQ Practice Facilitation Handbook, Module 12); exemplars are peer mentors and
 *       never coached unless a program adds {@link TriageLevel#EXEMPLAR} to
 *       {@link #candidateLevels()}.</li>
 * </ul>
 *
 * <pre>{@code
 * AllocationPolicy rural = AllocationPolicy.defaults()
 *         .withMaxOneWayMinutes(90)
 *         .withDefaultCaseloadCap(8);
 * rural.coachingHours(practiceProfile);   // 11.45 for a standard practice: 10 + 87 / 60, before travel
 * }</pre>
 *
 * <p>Immutable and thread-safe; validated at construction.
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableAllocationPolicy.class)
public abstract class AllocationPolicy implements WithAllocationPolicy {

    private static final AllocationPolicy DEFAULTS = builder().build();

    AllocationPolicy() {
    }

    /**
     * The policy with every default described above.
     *
     * @return the defaults described above, not null
     */
    public static AllocationPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Starts building a policy from the defaults; set only what differs.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AllocationPolicy}; {@link #build()} validates it. */
    public static final class Builder extends ImmutableAllocationPolicy.Builder {
        Builder() {
        }
    }

    /**
     * Hours a month one full-time coach gives to practices, travel included; 140 by default (ccm's
     * choice: 173 paid hours less about a fifth for leave, supervision and training).
     *
     * @return hours a month per full-time equivalent, more than 0
     */
    @Value.Default
    @Positive
    @Finite
    public double hoursPerFteMonth() {
        return 140.0;
    }

    /**
     * Off-site coaching hours a month (calls, preparation, data work, notes) for each intensity,
     * before multipliers and reductions; 4 / 10 / 20 by default (ccm's choice, set so that caseloads
     * come out near EvidenceNOW's mean of about 10). Must name every intensity.
     *
     * @return hours by intensity, each 0 or more
     */
    @Value.Default
    public Map<@NotNull Intensity, @NotNull @PositiveOrZero @Finite Double> coachingHours() {
        return Map.of(Intensity.LIGHT, 4.0, Intensity.STANDARD, 10.0, Intensity.INTENSIVE, 20.0);
    }

    /**
     * Site visits a month for each intensity; 0.5 / 1 / 2 by default: 6 and 24 a year from Culler et
     * al. 2013 (the study's minimum and its sensitivity analysis's protocol), 12 a year ccm's choice
     * between them. Must name every intensity.
     *
     * @return visits a month by intensity, each 0 or more
     */
    @Value.Default
    public Map<@NotNull Intensity, @NotNull @PositiveOrZero @Finite Double> visitsPerMonth() {
        return Map.of(Intensity.LIGHT, 0.5, Intensity.STANDARD, 1.0, Intensity.INTENSIVE, 2.0);
    }

    /**
     * Minutes a coach spends on site per visit; 87 by default, the mean of 416 visits in the SEC
     * trial (Sutton et al., Implement Sci Commun 2023).
     *
     * @return minutes on site per visit, 0 or more
     */
    @Value.Default
    @PositiveOrZero
    @Finite
    public double minutesOnSitePerVisit() {
        return 87.0;
    }

    /**
     * The intensity of a practice that states none; {@link Intensity#STANDARD} by default (ccm's
     * choice: the middle level, so an unstated practice is planned at neither extreme).
     *
     * @return the default intensity, not null
     */
    @Value.Default
    @NotNull
    public Intensity defaultIntensity() {
        return Intensity.STANDARD;
    }

    /**
     * Multipliers of the off-site hours by scope of change; 1.0 and 1.5 by default. Must name every scope.
     *
     * @return multipliers by scope, each more than 0
     */
    @Value.Default
    public Map<@NotNull ChangeScope, @NotNull @Positive @Finite Double> scopeMultipliers() {
        return Map.of(ChangeScope.SINGLE_CONDITION, 1.0, ChangeScope.SYSTEM_WIDE, 1.5);
    }

    /**
     * Multipliers of the off-site hours by improvement maturity; 1.25, 1.0 and 0.75 by default.
     * Must name every maturity.
     *
     * @return multipliers by maturity, each more than 0
     */
    @Value.Default
    public Map<@NotNull Maturity, @NotNull @Positive @Finite Double> maturityMultipliers() {
        return Map.of(Maturity.NEW_TO_IMPROVEMENT, 1.25, Maturity.DEVELOPING, 1.0, Maturity.EXPERIENCED, 0.75);
    }

    /**
     * The fraction of off-site hours each other facilitation resource saves; 0.15 for an IT/EHR
     * expert, 0.10 for a physician peer, 0.20 for a learning collaborative by default. Reductions
     * combine by multiplication, so two of 0.15 and 0.10 leave 0.765 of the hours. Must name every resource.
     *
     * @return reductions by resource, each at least 0 and less than 1
     */
    @Value.Default
    public Map<@NotNull FacilitationResource,
            @NotNull @DecimalMin(value = "0.0", message = "must be at least 0.0")
            @DecimalMax(value = "1.0", inclusive = false, message = "must be less than 1.0") @Finite Double> reductions() {
        return Map.of(FacilitationResource.IT_EHR_EXPERT, 0.15, FacilitationResource.PHYSICIAN_PEER, 0.10,
                FacilitationResource.LEARNING_COLLABORATIVE, 0.20);
    }

    /**
     * Whether the program runs a learning collaborative open to every practice, so that the
     * {@link FacilitationResource#LEARNING_COLLABORATIVE} reduction applies to all; false by default.
     *
     * @return whether every practice has a learning collaborative
     */
    @Value.Default
    public boolean learningCollaborative() {
        return false;
    }

    /**
     * The most practices one coach carries unless the coach's profile says otherwise; 10 by default.
     *
     * <p>10 is a <em>mean</em>: EvidenceNOW's 1,630 practices over its 162 facilitators, 10.06 each
     * (Sweeney et al., Ann Fam Med 2022;20:414). It is not an observed maximum: caseloads across
     * EvidenceNOW's cooperatives ranged from 1 to 35 practices, most facilitators working with 10 to
     * 20 (a table of facilitation characteristics in J Am Board Fam Med,
     * jabfm.org/highwire/markup/10628; the article it belongs to was not identified here). Using the
     * mean as a cap is ccm's choice, so that planned caseloads average what that
     * program's did; a cap at the mean plans more coaches than a program whose coaches carry more
     * would need. Set it from your own program.
     *
     * @return the default caseload cap, at least 1
     */
    @Value.Default
    @Positive
    public int defaultCaseloadCap() {
        return 10;
    }

    /**
     * The longest one-way trip from a coach's base to a practice; 130 minutes by default (ccm's
     * choice: the SEC trial's one-way mean of 65 minutes plus two SDs of 32.5, Sutton et al. 2023).
     *
     * @return the travel limit in minutes, more than 0
     */
    @Value.Default
    @Positive
    @Finite
    public double maxOneWayMinutes() {
        return 130.0;
    }

    /**
     * Average road speed for great-circle travel estimates; 60 km/h by default.
     *
     * @return the speed in km/h, more than 0
     */
    @Value.Default
    @Positive
    @Finite
    public double speedKmPerHour() {
        return 60.0;
    }

    /**
     * How much longer the road is than the great circle; 1.3 by default.
     *
     * @return the detour factor, at least 1
     */
    @Value.Default
    @DecimalMin(value = "1.0", message = "must be at least 1.0")
    @Finite
    public double detourFactor() {
        return 1.3;
    }

    /**
     * The triage levels whose practices are candidates for a coach; functional and low-functional
     * by default. Practices with no triage level recorded are served after every candidate.
     *
     * @return the candidate levels, immutable
     */
    @Value.Default
    public Set<@NotNull TriageLevel> candidateLevels() {
        return EnumSet.of(TriageLevel.FUNCTIONAL, TriageLevel.LOW_FUNCTIONAL);
    }

    /**
     * Whether a survival-mode practice that wants to engage is a candidate; true by default.
     *
     * @return whether willing survival-mode practices are candidates
     */
    @Value.Default
    public boolean survivalWhenWilling() {
        return true;
    }

    /**
     * Off-site hours a month a technical-assistance coach gives each practice it supports
     * (calls, registry and measurement work); 2 by default, <em>ccm's choice</em>. No source gives
     * hours for this role: the manual says only that the pilot's coaches kept in touch by phone
     * between visits; ccm's pilot template schedules a 45-minute technical-assistance call every
     * two months (an inference, see {@code InterventionTemplates}), and the registry and measure
     * work around the calls is our estimate.
     *
     * @return hours a month, 0 or more
     */
    @Value.Default
    @PositiveOrZero
    @Finite
    public double technicalAssistanceHours() {
        return 2.0;
    }

    /**
     * Site visits a month by a technical-assistance coach to each practice it supports; 0.2 by
     * default, from the AHRQ pilot: its two coaches visited the sites twice over the ten months
     * (coaching manual, chapter 3), taken here as two visits to each team.
     *
     * @return visits a month, 0 or more
     */
    @Value.Default
    @PositiveOrZero
    @Finite
    public double technicalAssistanceVisitsPerMonth() {
        return 0.2;
    }

    /**
     * The hours a month a technical-assistance coach spends on a practice at a given one-way time:
     * {@link #technicalAssistanceHours()}, plus its visits' time on site and round trips.
     *
     * @param oneWayMinutes  the one-way travel time in minutes
     * @return hours a month, 0 or more
     */
    public final double technicalAssistanceLoad(double oneWayMinutes) {
        return technicalAssistanceHours() + technicalAssistanceVisitsPerMonth() * (minutesOnSitePerVisit()
                + 2 * oneWayMinutes) / 60.0;
    }

    /**
     * Off-site hours a month a behavioural-health coach gives each practice it supports; 2 by
     * default, <em>ccm's choice</em>: no source gives hours for this role (Henwood et al. 2020
     * describe an interdisciplinary coaching team, not its members' hours),
     * so it is costed as a technical-assistance coach is ({@link #technicalAssistanceHours()}).
     *
     * @return hours a month, 0 or more
     */
    @Value.Default
    @PositiveOrZero
    @Finite
    public double behaviouralHealthHours() {
        return 2.0;
    }

    /**
     * Site visits a month by a behavioural-health coach to each practice it supports; 0.2 by
     * default, <em>ccm's choice</em>, the technical-assistance coach's figure
     * ({@link #technicalAssistanceVisitsPerMonth()}), for want of one for this role.
     *
     * @return visits a month, 0 or more
     */
    @Value.Default
    @PositiveOrZero
    @Finite
    public double behaviouralHealthVisitsPerMonth() {
        return 0.2;
    }

    /**
     * The hours a month a behavioural-health coach spends on a practice at a given one-way time:
     * {@link #behaviouralHealthHours()}, plus its visits' time on site and round trips.
     *
     * @param oneWayMinutes  the one-way travel time in minutes
     * @return hours a month, 0 or more
     */
    public final double behaviouralHealthLoad(double oneWayMinutes) {
        return behaviouralHealthHours() + behaviouralHealthVisitsPerMonth() * (minutesOnSitePerVisit()
                + 2 * oneWayMinutes) / 60.0;
    }

    /**
     * The intensity a practice is coached at: its own, or {@link #defaultIntensity()}.
     *
     * @param practice  the practice, not null
     * @return the intensity, not null
     */
    public final Intensity intensityOf(PracticeProfile practice) {
        return practice.intensity().orElse(defaultIntensity());
    }

    /**
     * Site visits a month to the practice.
     *
     * @param practice  the practice, not null
     * @return visits a month, 0 or more
     */
    public final double visitsPerMonth(PracticeProfile practice) {
        return visitsPerMonth().get(intensityOf(practice));
    }

    /**
     * Coaching hours a month the practice takes, travel excluded (see the formula above).
     *
     * @param practice  the practice, not null
     * @return hours a month, 0 or more
     */
    public final double coachingHours(PracticeProfile practice) {
        double offSite = coachingHours().get(intensityOf(practice))
                * scopeMultipliers().get(practice.scope())
                * maturityMultipliers().get(practice.maturity());
        Set<FacilitationResource> resources = EnumSet.noneOf(FacilitationResource.class);
        resources.addAll(practice.otherResources());
        if (learningCollaborative()) {
            resources.add(FacilitationResource.LEARNING_COLLABORATIVE);
        }
        for (FacilitationResource r : resources) {
            offSite *= 1.0 - reductions().get(r);
        }
        return offSite + visitsPerMonth(practice) * minutesOnSitePerVisit() / 60.0;
    }

    /**
     * Hours a month of travel for the practice's visits at a given one-way time.
     *
     * @param practice  the practice, not null
     * @param oneWayMinutes  the one-way travel time in minutes
     * @return round-trip hours a month, 0 or more
     */
    public final double travelHours(PracticeProfile practice, double oneWayMinutes) {
        return visitsPerMonth(practice) * 2.0 * oneWayMinutes / 60.0;
    }

    /**
     * The one-way road time between two places estimated from their great-circle distance,
     * {@link #detourFactor()} and {@link #speedKmPerHour()}.
     *
     * @param from  one place, not null
     * @param to  the other, not null
     * @return minutes, 0 or more
     */
    public final double travelMinutes(GeoPoint from, GeoPoint to) {
        return from.kilometresTo(to) * detourFactor() / speedKmPerHour() * 60.0;
    }

    /**
     * Whether the practice is a triage candidate: its level is in {@link #candidateLevels()}, or it
     * is in survival mode, wants to engage, and {@link #survivalWhenWilling()} holds. A practice
     * with no triage level is not a candidate but is still served after the candidates.
     *
     * @param practice  the practice, not null
     * @return whether the practice is a triage candidate
     */
    public final boolean isCandidate(PracticeProfile practice) {
        return practice.triage().map(level -> candidateLevels().contains(level)
                || level == TriageLevel.SURVIVAL && survivalWhenWilling() && practice.wantsToEngage())
                .orElse(false);
    }

    /**
     * Whether the practice may be coached at all: a triage candidate, or not triaged yet.
     *
     * @param practice  the practice, not null
     * @return false for practices whose triage level rules coaching out
     */
    public final boolean isCoachable(PracticeProfile practice) {
        return practice.triage().isEmpty() || isCandidate(practice);
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this).requireEach(AllocationPolicy::incomplete).check();
    }

    private List<Problem> incomplete() {
        List<Problem> found = new ArrayList<>();
        complete(found, "coachingHours", coachingHours(), Intensity.values());
        complete(found, "visitsPerMonth", visitsPerMonth(), Intensity.values());
        complete(found, "scopeMultipliers", scopeMultipliers(), ChangeScope.values());
        complete(found, "maturityMultipliers", maturityMultipliers(), Maturity.values());
        complete(found, "reductions", reductions(), FacilitationResource.values());
        return found;
    }

    private static <E extends Enum<E>> void complete(List<Problem> found, String property, Map<E, Double> map, E[] keys) {
        for (E key : keys) {
            if (!map.containsKey(key)) {
                found.add(Problem.of("AllocationPolicy", property, "must give a value for every one of "
                        + List.of(keys) + "; missing " + key, map));
            }
        }
    }
}
