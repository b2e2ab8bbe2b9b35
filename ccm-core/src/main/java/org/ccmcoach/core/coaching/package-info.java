/**
 * Coaching programs: intervention templates in phases with their activities, engagements of a
 * coach with a practice and their schedules, exit rules and monthly reviews.
 */
package org.ccmcoach.core.coaching;
