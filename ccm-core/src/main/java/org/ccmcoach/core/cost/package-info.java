/**
 * What coaching costs, in Joda-Money: a cost model whose every default cites its source or says it is
 * a choice, and the costing of an engagement by year, part and coach.
 */
package org.ccmcoach.core.cost;
