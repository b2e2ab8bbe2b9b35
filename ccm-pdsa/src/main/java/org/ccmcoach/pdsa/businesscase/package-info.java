/**
 * The business case of a change: a {@link org.ccmcoach.pdsa.businesscase.BusinessCase} sets a
 * change's coach, staff and other costs beside its measured change, and evaluates to a
 * {@link org.ccmcoach.pdsa.businesscase.BusinessCaseResult} per practice and per point of
 * improvement. No amount is assumed: the costs come from the caller's cost model.
 */
package org.ccmcoach.pdsa.businesscase;
