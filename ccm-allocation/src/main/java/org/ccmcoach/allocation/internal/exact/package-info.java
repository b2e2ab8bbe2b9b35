/**
 * Internal: the ojAlgo integer programs of {@link org.ccmcoach.allocation.ExactAllocator}, one
 * {@link org.ccmcoach.allocation.internal.exact.IntegerModel} for each question it asks (coverage of
 * a priority class, then travel). Only this package and the allocator touch ojAlgo, the module's
 * optional dependency.
 *
 * <p>Not exported by the module and not part of the API: its types are public only so that the
 * other packages of ccm-allocation can use them, and may change or go without notice.
 */
package org.ccmcoach.allocation.internal.exact;
