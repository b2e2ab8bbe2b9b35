package org.ccmcoach.core.testing;

import java.time.LocalDate;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.coaching.ActivityType;
import org.ccmcoach.core.coaching.CoachAssignment;
import org.ccmcoach.core.coaching.CompletedActivity;
import org.ccmcoach.core.coaching.Contact;
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
     * The pilot with seven contacts: phone 55 (5 Jan), phone 60 (30 Jan), on site 200 by each coach
     * (20 Feb), phone 40 (12 Mar), on site 90 by Ana (1 Apr), phone 45 (12 May); no completed activities.
     *
     * @return the engagement
     */
    public static Engagement pilot() {
        return Engagement.builder().practice(PracticeId.of("p-1"))
                .addCoaches(CoachAssignment.of(ANA, EngagementRole.POINT_OF_CONTACT),
                        CoachAssignment.of(RAJ, EngagementRole.TECHNICAL_ASSISTANCE))
                .template(InterventionTemplates.ahrqSafetyNetPilot()).start(JAN_5)
                .addContacts(Contact.of(JAN_5, ContactMode.PHONE, 55, ANA, "orientation"),
                        Contact.of(LocalDate.of(2026, 1, 30), ContactMode.PHONE, 60, ANA, "preparation"),
                        Contact.of(LocalDate.of(2026, 2, 20), ContactMode.ON_SITE, 200, ANA, "Assessment Day"),
                        Contact.of(LocalDate.of(2026, 2, 20), ContactMode.ON_SITE, 200, RAJ, "Assessment Day"),
                        Contact.of(LocalDate.of(2026, 3, 12), ContactMode.PHONE, 40, ANA, "coaching call"),
                        Contact.of(LocalDate.of(2026, 4, 1), ContactMode.ON_SITE, 90, ANA, "extra visit"),
                        Contact.of(LocalDate.of(2026, 5, 12), ContactMode.PHONE, 45, ANA, "after 20 April"))
                .build();
    }

    /**
     * The pilot with five completed activities: orientation 5 Jan, preparation 30 Jan, Assessment Day
     * 20 Feb, coaching call 12 Mar, and an unscheduled site visit 1 Apr.
     *
     * @return the engagement
     */
    public static Engagement pilotWithActivities() {
        return pilot()
                .complete(CompletedActivity.of(ActivityType.ORIENTATION_CALL, LocalDate.of(2026, 1, 5)))
                .complete(CompletedActivity.of(ActivityType.SITE_VISIT_PREPARATION_CALL, LocalDate.of(2026, 1, 30)))
                .complete(CompletedActivity.of(ActivityType.ASSESSMENT_DAY, LocalDate.of(2026, 2, 20)))
                .complete(CompletedActivity.of(ActivityType.COACHING_CALL, LocalDate.of(2026, 3, 12)))
                .complete(CompletedActivity.of(ActivityType.SITE_VISIT, LocalDate.of(2026, 4, 1)));
    }
}
