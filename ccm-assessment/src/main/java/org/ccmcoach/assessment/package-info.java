/**
 * Assessment instruments as data and their scoring: {@link org.ccmcoach.assessment.Instrument}
 * (items, subscales, scale, level bands, rules, missing-data policies), {@link org.ccmcoach.assessment.Instruments}
 * (ACIC 3.5, PACIC-20 and the readiness checklists built in; any other read from JSON),
 * {@link org.ccmcoach.assessment.AssessmentResponse} and {@link org.ccmcoach.assessment.ScoreReport}.
 */
package org.ccmcoach.assessment;
