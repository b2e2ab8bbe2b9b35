package org.ccmcoach.core.testing;

import java.time.LocalDate;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.CoachAssignment;
import org.ccmcoach.core.coaching.Encounter;
import org.ccmcoach.core.coaching.ContactMode;
import org.ccmcoach.core.coaching.Engagement;
import org.ccmcoach.core.coaching.EngagementRole;
import org.ccmcoach.core.coaching.InterventionTemplates;

/**
 * One engagement that the cost and fidelity tests (here and in other modules) follow by hand.
 *
 * <p>The AHRQ pilot from 5 January 2026 (EngagementTest dates its schedule): orientation 5 Jan,
 * preparation call 19 Jan, Assessment Day 2 Feb, Learning Session 16 Feb (both on site, both
 * roles), coaching calls on the 12th from March, technical-assistance calls 26 March then every two
 * months, wrap-up 19 October; end 5 November.
 */
public final class CoachingFixtures {

    /** The point-of-contact coach. */
    public static final CoachId ANA = CoachId.of("coach-ana");
    /** The technical-assistance coach. */
    public static final CoachId RAJ = CoachId.of("coach-raj");
    /** The start. */
    public static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

    private CoachingFixtures() {
    }

    /**
     * US dollars.
     *
     * @param amount  the amount, such as "0.70"
     * @return the money
     */
    public static org.joda.money.Money usd(String amount) {
        return org.joda.money.Money.of(org.joda.money.CurrencyUnit.USD, new java.math.BigDecimal(amount));
    }

    /**
     * A cost model with round figures to follow by hand: 84,000 a year over 1,680 hours is 50.00 an
     * hour of coach time; 0.70 a mile, 15.00 a visit, 4,500 start-up, 1,500 materials; no activity
     * expenses; no staff wage.
     *
     * @return the model
     */
    public static org.ccmcoach.core.cost.CostModel costModel() {
        return org.ccmcoach.core.cost.CostModel.builder().currency(org.joda.money.CurrencyUnit.USD)
                .coachCostPerFteYear(usd("84000")).mileageRate(usd("0.70")).visitExpenses(usd("15"))
                .startUpPerPractice(usd("4500")).materialsPerPractice(usd("1500")).build();
    }

    /**
     * The pilot with six encounters and no activity named: phone 55 (5 Jan), phone 60 (30 Jan), on site
     * 200 by Ana and Raj together (20 Feb), phone 40 (12 Mar), on site 90 by Ana (1 Apr), phone 45 (12 May).
     *
     * @return the engagement
     */
    public static Engagement pilot() {
        return pilot(false);
    }

    /**
     * The same six encounters, five of them naming the activity they deliver: orientation 5 Jan,
     * preparation 30 Jan, Assessment Day 20 Feb, coaching call 12 Mar, and an unscheduled site visit 1 Apr.
     *
     * @return the engagement
     */
    public static Engagement pilotWithActivities() {
        return pilot(true);
    }

    private static Engagement pilot(boolean activities) {
        return Engagement.builder().practice(PracticeId.of("p-1"))
                .addCoaches(CoachAssignment.of(ANA, EngagementRole.POINT_OF_CONTACT),
                        CoachAssignment.of(RAJ, EngagementRole.TECHNICAL_ASSISTANCE))
                .template(InterventionTemplates.ahrqSafetyNetPilot()).start(JAN_5)
                .addEncounters(encounter(JAN_5, ContactMode.PHONE, 55, activities ? ActivityType.ORIENTATION_CALL : null, ANA),
                        encounter(LocalDate.of(2026, 1, 30), ContactMode.PHONE, 60,
                                activities ? ActivityType.SITE_VISIT_PREPARATION_CALL : null, ANA),
                        encounter(LocalDate.of(2026, 2, 20), ContactMode.ON_SITE, 200,
                                activities ? ActivityType.ASSESSMENT_DAY : null, ANA, RAJ),
                        encounter(LocalDate.of(2026, 3, 12), ContactMode.PHONE, 40, activities ? ActivityType.COACHING_CALL : null, ANA),
                        encounter(LocalDate.of(2026, 4, 1), ContactMode.ON_SITE, 90, activities ? ActivityType.SITE_VISIT : null, ANA),
                        encounter(LocalDate.of(2026, 5, 12), ContactMode.PHONE, 45, null, ANA))
                .build();
    }

    /**
     * An encounter with practice p-1 and nothing else recorded.
     *
     * @param date  when
     * @param mode  how
     * @param minutes  how long
     * @param activity  the activity delivered, or null for none
     * @param coaches  the coaches present
     * @return the encounter
     */
    public static Encounter encounter(LocalDate date, ContactMode mode, int minutes, ActivityType activity, CoachId... coaches) {
        return Encounter.builder().practice(PracticeId.of("p-1")).date(date).mode(mode).minutes(minutes)
                .addCoaches(coaches).activity(java.util.Optional.ofNullable(activity)).build();
    }

    /**
     * A practice's attendance at a faculty-led activity of a collaborative: no coach present, 60
     * minutes, off site for a learning session, by phone otherwise.
     *
     * @param practice  the practice
     * @param activity  the activity delivered
     * @param date  when
     * @return the encounter
     */
    public static Encounter attended(String practice, ActivityType activity, LocalDate date) {
        return Encounter.builder().practice(PracticeId.of(practice)).date(date).minutes(60).activity(activity)
                .mode(activity == ActivityType.LEARNING_SESSION ? ContactMode.OFF_SITE : ContactMode.PHONE).build();
    }
}
