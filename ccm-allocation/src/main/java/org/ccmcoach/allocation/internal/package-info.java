/**
 * Internal: the problem in arrays ({@link org.ccmcoach.allocation.internal.Instance}) and the rules
 * of one coach–practice pair ({@link org.ccmcoach.allocation.internal.PairRule}), which both
 * allocators, the explanations, the checker, the problem's own validation and capacity planning
 * read.
 *
 * <p>Not exported by the module and not part of the API: its types are public only so that the
 * other packages of ccm-allocation can use them, and may change or go without notice.
 */
package org.ccmcoach.allocation.internal;
