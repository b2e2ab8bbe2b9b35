/**
 * The Chronic Care Model vocabulary and who takes part: the six {@link org.ccmcoach.core.CcmElement}s
 * with their {@link org.ccmcoach.core.ChangeConcept}s, identifiers ({@link org.ccmcoach.core.PracticeId},
 * {@link org.ccmcoach.core.CoachId}, {@link org.ccmcoach.core.ProgramId}), {@link org.ccmcoach.core.Practice}s
 * and {@link org.ccmcoach.core.Coach}es with their {@link org.ccmcoach.core.CoachRole}s.
 */
package org.ccmcoach.core;
