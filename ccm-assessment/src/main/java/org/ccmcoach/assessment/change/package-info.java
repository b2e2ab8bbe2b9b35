/**
 * Change between a baseline and a follow-up assessment of the same subject, by subscale and overall.
 */
package org.ccmcoach.assessment.change;
