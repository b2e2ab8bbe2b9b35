/**
 * The conventions of every ccm value and the one shape of every problem with input.
 *
 * <p>Values: one Immutables style ({@link org.ccmcoach.core.value.CcmStyle}); what a caller builds or
 * ccm reads is checked fully once, where it enters, by Jakarta constraints through the shared
 * {@link org.ccmcoach.core.value.CcmValidator}; what ccm computes from checked values checks its own
 * invariants in plain code through {@link org.ccmcoach.core.value.Invariants}. Both fail with a
 * {@link org.ccmcoach.core.value.CcmValidationException}.
 *
 * <p>Problems: every exception for bad input, whatever its form (a value, JSON, CSV, FHIR), is a
 * {@link org.ccmcoach.core.value.CcmInputException} listing {@link org.ccmcoach.core.value.Problem}s,
 * each at a {@link org.ccmcoach.core.value.Location} that formats itself. Text for people:
 * {@link org.ccmcoach.core.value.Decimals}, {@link org.ccmcoach.core.value.Plural},
 * {@link org.ccmcoach.core.value.Text}.
 */
package org.ccmcoach.core.value;
