package org.ccmcoach.allocation;

/**
 * Help beyond the coach that reduces the coach's time with a practice (AF4Q: an IT/EHR expert or a
 * physician peer reduces the coach's time; a learning collaborative shares the teaching load).
 *
 * <pre>{@code
 * PracticeProfile.builder().practice(p).addOtherResources(FacilitationResource.IT_EHR_EXPERT).build();
 * }</pre>
 */
public enum FacilitationResource {
    /** An IT or EHR expert who builds registries and reports with the practice. */
    IT_EHR_EXPERT,
    /** A physician peer who champions the change with the clinicians. */
    PHYSICIAN_PEER,
    /** A learning collaborative the practice takes part in, sharing teaching across practices. */
    LEARNING_COLLABORATIVE
}
