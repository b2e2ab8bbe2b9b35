/**
 * Comparing scores: paired (baseline and follow-up of the same subjects) and between groups, also
 * by cluster, with families of comparisons adjusted by Holm.
 */
package org.ccmcoach.assessment.comparison;
