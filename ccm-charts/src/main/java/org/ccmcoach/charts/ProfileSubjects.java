package org.ccmcoach.charts;

/**
 * Whose scores an instrument profile averages when it shows baseline beside follow-up.
 *
 * <p>A follow-up mean over fewer subjects than the baseline mean compares different groups: if the
 * weakest practice has no follow-up score, its bar rises without any practice improving. So the
 * default compares the same subjects.
 *
 * <pre>{@code
 * Figures.profile(acic, "ACIC", baseline, followUp);                                  // SAME_SUBJECTS
 * Figures.profile(acic, "ACIC", baseline, followUp, ProfileSubjects.ALL_AVAILABLE);   // every score there is
 * }</pre>
 */
public enum ProfileSubjects {
    /**
     * Each bar pair averages the subjects scored on that subscale at both times; the others are left
     * out and named under the title. A subject with several reports at a time (a team's patients) is
     * first the mean of them, so each subject counts once. The default. With reports at one time
     * only, every report is used.
     */
    SAME_SUBJECTS,
    /** Each bar averages every report scored on that subscale at its time; each bar states its own n. */
    ALL_AVAILABLE
}
