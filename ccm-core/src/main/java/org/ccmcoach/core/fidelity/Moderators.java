package org.ccmcoach.core.fidelity;

import java.util.OptionalDouble;
import org.ccmcoach.core.value.Decimals;
import org.ccmcoach.core.value.Invariants;

/**
 * The moderators of fidelity the log records, where coaches rated them (Carroll et al. 2007:
 * quality of delivery and participant responsiveness): the mean rating on ccm's 1–5 scale and how
 * many encounters it rests on. A mean over 2 of 14 encounters says little, so the count travels
 * with it.
 *
 * @param encounters  encounters up to the date assessed
 * @param qualityRated  those with a quality rating
 * @param quality  their mean, empty when none was rated
 * @param responsivenessRated  those with a responsiveness rating
 * @param responsiveness  their mean, empty when none was rated
 */
public record Moderators(int encounters, int qualityRated, OptionalDouble quality, int responsivenessRated,
                         OptionalDouble responsiveness) {

    /**
     * Checks the counts agree with the means.
     *
     * @param encounters  encounters up to the date assessed
     * @param qualityRated  those with a quality rating
     * @param quality  their mean
     * @param responsivenessRated  those with a responsiveness rating
     * @param responsiveness  their mean
     */
    public Moderators {
        Invariants.of(Moderators.class)
                .require(qualityRated >= 0 && qualityRated <= encounters, "qualityRated", "must be 0 to encounters", qualityRated)
                .require(responsivenessRated >= 0 && responsivenessRated <= encounters, "responsivenessRated",
                        "must be 0 to encounters", responsivenessRated)
                .require(quality.isPresent() == (qualityRated > 0), "quality", "must be present exactly when rated", quality)
                .require(responsiveness.isPresent() == (responsivenessRated > 0), "responsiveness",
                        "must be present exactly when rated", responsiveness)
                .check();
    }

    @Override
    public String toString() {
        return "quality " + (quality.isPresent() ? Decimals.fixed(quality.getAsDouble(), 1) : "-") + " (" + qualityRated
                + " of " + encounters + " rated), responsiveness "
                + (responsiveness.isPresent() ? Decimals.fixed(responsiveness.getAsDouble(), 1) : "-") + " ("
                + responsivenessRated + " of " + encounters + " rated)";
    }
}
