package org.ccmcoach.core.coaching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccmcoach.core.CcmElement;
import org.ccmcoach.core.CoachId;
import org.ccmcoach.core.PracticeId;
import org.ccmcoach.core.value.CcmStyle;
import org.ccmcoach.core.value.CcmValidator;
import org.ccmcoach.core.value.NotBlankIfPresent;
import org.ccmcoach.core.value.PlainText;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.core.value.PropertyPath;
import org.ccmcoach.core.value.SupportedDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One entry of a facilitation log: a contact between a practice and its coaches, as the coach
 * records it afterwards. A joint visit is one encounter with several coaches: the practice was
 * met once, for its minutes, and each coach present gave those minutes.
 *
 * <p>What the log holds follows what fidelity needs (Carroll et al., Implement Sci 2007;2:40):
 * when, how and how long (frequency and duration), the practice staff present by role (coverage),
 * the content (toolkit key changes, CCM elements, facilitation strategies from a named vocabulary),
 * and, where the coach rates them, the moderators quality of delivery and participant
 * responsiveness. The scheduled activity an encounter delivers, if any, is named by its type, so
 * the log is also the record of what the schedule's activities became.
 *
 * <p>Choices of ccm's, where no source gives a rule: every coach present is taken to be present
 * for the whole encounter; ratings are whole numbers from 1 (poor) to 5 (excellent), a scale of
 * ours, since Carroll names the moderators but no scale; staff roles are free text, matched
 * against a template's practice roles ignoring case.
 *
 * <pre>{@code
 * Encounter visit = Encounter.builder().practice(PracticeId.of("c1-team1")).date(LocalDate.of(2026, 3, 2))
 *         .mode(ContactMode.ON_SITE).minutes(120).addCoaches(CoachId.of("coach-ana"), CoachId.of("coach-raj"))
 *         .activity(ActivityType.SITE_VISIT).putStaff("practice team", 6).putStaff("physician", 1)
 *         .addKeyChanges(KeyChange.PLAN_CARE).addElements(CcmElement.DELIVERY_SYSTEM_DESIGN)
 *         .addStrategies(FacilitationStrategy.TAILORING_QI_WORK)
 *         .addActionItems(ActionItem.of("Draft a pre-visit planning huddle script", "nurse", LocalDate.of(2026, 3, 16)))
 *         .quality(4).responsiveness(3).build();
 * visit.coachMinutes();   // 240: two coaches' time for 120 minutes with the practice
 * }</pre>
 */
@CcmStyle
@Value.Immutable
@JsonDeserialize(as = ImmutableEncounter.class)
public abstract class Encounter implements WithEncounter {

    /** The longest encounter, in minutes: one day, ccm's bound (an entry longer is almost surely hours typed as minutes). */
    public static final int MAX_MINUTES = 1440;

    /** The lowest rating of quality or responsiveness: 1, poor (ccm's scale). */
    public static final int MIN_RATING = 1;

    /** The highest rating of quality or responsiveness: 5, excellent (ccm's scale). */
    public static final int MAX_RATING = 5;

    Encounter() {
    }

    /** {@return the practice met} */
    @NotNull
    public abstract PracticeId practice();

    /** {@return when} */
    @NotNull
    @SupportedDate
    public abstract LocalDate date();

    /** {@return how} */
    @NotNull
    public abstract ContactMode mode();

    /**
     * How long the practice was met, in minutes: once, however many coaches were present.
     *
     * @return the minutes, 1 to {@value #MAX_MINUTES}
     */
    @Positive
    @Max(value = MAX_MINUTES, message = "must be at most 1440, one day")
    public abstract int minutes();

    /**
     * The coaches present: a joint visit names several; none for an event the practice attended
     * without its coach, such as a collaborative's learning session led by faculty (its dose counts,
     * it takes no coach time). A site visit names at least one: one by nobody is a slip.
     *
     * @return the coaches present
     */
    @Size(max = 20)
    public abstract List<@NotNull CoachId> coaches();

    /** {@return the kind of scheduled activity this encounter delivers, or empty for a contact the schedule did not plan as one} */
    public abstract Optional<ActivityType> activity();

    /**
     * {@return the practice staff present, by role, with how many of each. Fidelity's coverage
     * matches these roles, ignoring case, against the practice roles the template's activities
     * expect ({@link Activity#practiceRoles()}, such as "QI team"): log a team under the template's
     * label, and a job title beside it only as a detail, or coverage reads the team as absent}
     */
    @Size(max = 50)
    public abstract Map<@NotBlank @PlainText @Size(max = 100) String, @NotNull @Positive Integer> staff();

    /** {@return the toolkit key changes worked on} */
    public abstract Set<@NotNull KeyChange> keyChanges();

    /** {@return the Chronic Care Model elements worked on} */
    public abstract Set<@NotNull CcmElement> elements();

    /** {@return the facilitation strategies the coach used} */
    public abstract Set<@NotNull FacilitationStrategy> strategies();

    /** {@return the tasks agreed, with owners and due dates} */
    @Size(max = 100)
    public abstract List<@NotNull ActionItem> actionItems();

    /** {@return the coach's rating of the quality of delivery, 1 (poor) to 5 (excellent), if rated} */
    public abstract Optional<@Min(MIN_RATING) @Max(MAX_RATING) Integer> quality();

    /** {@return the coach's rating of the practice's responsiveness, 1 (poor) to 5 (excellent), if rated} */
    public abstract Optional<@Min(MIN_RATING) @Max(MAX_RATING) Integer> responsiveness();

    /** {@return the coach's progress note, if any} */
    public abstract Optional<@NotBlankIfPresent @PlainText(multiLine = true) @Size(max = 4000) String> notes();

    /**
     * Starts building an encounter.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Encounter}. */
    public static final class Builder extends ImmutableEncounter.Builder {
        Builder() {
        }
    }

    /**
     * Coach time: the minutes times the coaches present, what the encounter costs in coaching.
     *
     * @return the coaches' minutes
     */
    public final long coachMinutes() {
        return (long) minutes() * coaches().size();
    }

    /**
     * Whether a coach was present.
     *
     * @param coach  the coach, not null
     * @return true if the coach is one of {@link #coaches()}
     */
    public final boolean includes(CoachId coach) {
        return coaches().contains(coach);
    }

    /**
     * Whether staff of a role were present, ignoring case and surrounding spaces.
     *
     * @param role  the role, such as "physician", not null
     * @return true if {@link #staff()} names it
     */
    public final boolean reached(String role) {
        String wanted = normalRole(role);
        return staff().keySet().stream().anyMatch(r -> normalRole(r).equals(wanted));
    }

    /**
     * {@return a practice role as the log and fidelity's coverage compare it: trimmed, lower case}
     *
     * @param role  the role, not null
     */
    public static String normalRole(String role) {
        return role.strip().toLowerCase(Locale.ROOT);
    }

    @Value.Check
    final void validate() {
        CcmValidator.of(this).requireEach(Encounter::violations).check();
    }

    private List<Problem> violations() {
        List<Problem> found = new ArrayList<>();
        Set<CoachId> seen = new HashSet<>();
        for (int i = 0; i < coaches().size(); i++) {
            if (!seen.add(coaches().get(i))) {
                found.add(Problem.of("Encounter", PropertyPath.of("coaches").at(i), "must not name a coach twice",
                        coaches().get(i)));
            }
        }
        if (coaches().isEmpty() && mode() == ContactMode.ON_SITE) {
            found.add(Problem.of("Encounter", PropertyPath.of("coaches"), "must name the coaches of a site visit; an "
                    + "event away from the practice without its coach (a learning session) is OFF_SITE", coaches()));
        }
        for (int i = 0; i < actionItems().size(); i++) {
            if (actionItems().get(i).due().isBefore(date())) { // a year or month typed wrong, almost always
                found.add(Problem.of("Encounter", PropertyPath.of("actionItems").at(i).then("due"),
                        "must not be before the encounter that set it, " + date(), actionItems().get(i).due()));
            }
        }
        Set<String> roles = new HashSet<>();
        for (String role : staff().keySet()) {
            if (!roles.add(normalRole(role))) {
                found.add(Problem.of("Encounter", PropertyPath.of("staff").at(role),
                        "must not name a role twice (roles are compared ignoring case)", role));
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return date() + " " + practice() + " " + mode() + " " + minutes() + " min " + coaches()
                + activity().map(a -> " " + a).orElse("");
    }
}
