/**
 * Fidelity across a program and dose against response: {@link org.ccmcoach.assessment.dose.ProgramFidelity}
 * with its spreads of Carroll's four parts ({@link org.ccmcoach.assessment.dose.FidelityPart}), the
 * practices' dose and coach time as distributions, and {@link org.ccmcoach.assessment.dose.DoseResponse} of dose points
 * by dose group, with its observational caveat.
 */
package org.ccmcoach.assessment.dose;
