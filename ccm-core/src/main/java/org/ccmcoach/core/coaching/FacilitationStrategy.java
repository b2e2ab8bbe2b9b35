package org.ccmcoach.core.coaching;

/**
 * What a coach did to help a practice change, in the named vocabulary a facilitation log codes an
 * encounter's content with.
 *
 * <p>The four strategies are those Sweeney et al. (Ann Fam Med 2022;20:414, abstract) found to set
 * EvidenceNOW's more effective facilitators apart: they "cultivated motivation by tailoring QI work
 * and addressing resistance, guided practices to think critically, and provided accountability to
 * support change", using them in combination [V]. Keeping the vocabulary to a published set is
 * ccm's choice: a log coded with free text cannot be counted across coaches, and a count of these
 * four is one a program can set beside that paper.
 *
 * <pre>{@code
 * FacilitationStrategy.PROVIDING_ACCOUNTABILITY.label();   // "providing accountability"
 * }</pre>
 */
public enum FacilitationStrategy {
    /** Fitting the improvement work to the practice's own priorities and capacity. */
    TAILORING_QI_WORK("tailoring QI work"),
    /** Meeting reluctance or pushback in the practice rather than working around it. */
    ADDRESSING_RESISTANCE("addressing resistance"),
    /** Guiding the team to think critically about its data, processes and changes. */
    GUIDING_CRITICAL_THINKING("guiding critical thinking"),
    /** Holding the team to what it agreed: follow-up on action items and deadlines. */
    PROVIDING_ACCOUNTABILITY("providing accountability");

    private final String label;

    FacilitationStrategy(String label) {
        this.label = label;
    }

    /** {@return the strategy in Sweeney et al.'s words, lower case} */
    public String label() {
        return label;
    }
}
