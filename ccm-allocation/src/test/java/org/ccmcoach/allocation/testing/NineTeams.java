package org.ccmcoach.allocation.testing;

import java.util.ArrayList;
import java.util.List;
import org.ccmcoach.allocation.CoachProfile;
import org.ccmcoach.allocation.Intensity;
import org.ccmcoach.allocation.PracticeProfile;
import org.ccmcoach.allocation.Scenario;
import org.ccmcoach.allocation.TravelTime;
import org.ccmcoach.core.Coach;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.TriageLevel;
import org.ccmcoach.core.cost.CostModel;
import org.ccmcoach.core.testing.CoachingFixtures;
import org.joda.money.Money;

/**
 * The program of {@code CostPlanningTest}, whose costs it works by hand: nine functional teams an
 * hour's drive from one typical full-time coach, under the cost model of
 * {@link CoachingFixtures#costModel()}. Shared with ccm-json's tests, which write its plans as CSV
 * and JSON.
 */
public final class NineTeams {

    /** The typical coach's id. */
    public static final CoachId TYPICAL = CoachId.of("coach");
    /** The typical coach every plan hires. */
    public static final CoachProfile PROFILE = CoachProfile.of(Coach.builder().id(TYPICAL).name("Coach").build());

    private NineTeams() {
    }

    /**
     * An amount in US dollars.
     *
     * @param amount  the decimal amount
     * @return the money
     */
    public static Money usd(String amount) {
        return CoachingFixtures.usd(amount);
    }

    /** {@return the cost model the costs are worked with} */
    public static CostModel model() {
        return CoachingFixtures.costModel();
    }

    /**
     * The nine teams.
     *
     * @param intensity  the intensity of every team
     * @return the teams, {@code p1} to {@code p9}
     */
    public static List<PracticeProfile> teams(Intensity intensity) {
        List<PracticeProfile> out = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            out.add(Scenario.practice(i).triage(TriageLevel.FUNCTIONAL).intensity(intensity).build());
        }
        return out;
    }

    /**
     * An hour's drive from the typical coach to each practice.
     *
     * @param practices  the practices
     * @return one travel time of 60 minutes a practice
     */
    public static List<TravelTime> hour(List<PracticeProfile> practices) {
        return practices.stream().map(p -> TravelTime.of(TYPICAL, p.id(), 60)).toList();
    }
}
