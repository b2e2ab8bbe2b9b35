/**
 * Whether the coaching planned was delivered, in the parts of Carroll et al.'s implementation
 * fidelity framework (content, frequency, duration, coverage, with quality and responsiveness as
 * moderators), and the dose a practice received (each encounter once) apart from the coach time it
 * took (each coach present).
 */
package org.ccmcoach.core.fidelity;
