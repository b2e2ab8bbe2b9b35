/**
 * Whether the coaching planned was delivered: fidelity of an engagement against its schedule, and
 * the dose a practice received, by contact mode and coach role.
 */
package org.ccmcoach.core.fidelity;
