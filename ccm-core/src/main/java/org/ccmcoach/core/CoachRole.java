package org.ccmcoach.core;

/**
 * What a practice coach does for a practice team, from the roles the AHRQ coaching manual lists.
 *
 * <p>Source: Coleman, Pearson, Wu, <i>Integrating Chronic Care and Business Strategies in the
 * Safety Net: A Practice Coaching Manual</i> (AHRQ, 2009), chapter 2. A coach usually plays several
 * roles; the pairing of a point-of-contact coach with a technical-assistance specialist is a role in
 * an engagement, not in this list.
 *
 * <pre>{@code
 * CoachRole.fromName("task master");   // AGENDA_SETTER
 * CoachRole.KNOWLEDGE_BROKER.displayName();   // "Knowledge broker"
 * }</pre>
 */
public enum CoachRole {
    /** Guides the team's process of change. */
    FACILITATOR("Facilitator"),
    /** Brings people together: team meetings, leaders, outside partners. */
    CONVENER("Convener"),
    /** Sets agendas and keeps the team to its tasks; the manual's "agenda setter / task master". */
    AGENDA_SETTER("Agenda setter / task master"),
    /** Builds the team's skills in improvement methods. */
    SKILL_BUILDER("Skill builder"),
    /** Brings in evidence, tools and other practices' experience. */
    KNOWLEDGE_BROKER("Knowledge broker"),
    /** Listens and reflects ideas back to the team. */
    SOUNDING_BOARD("Sounding board"),
    /** Helps the team get past barriers. */
    PROBLEM_SOLVER("Problem-solver"),
    /** Pushes for and sustains change. */
    CHANGE_AGENT("Change agent");

    private final String displayName;

    CoachRole(String displayName) {
        this.displayName = displayName;
    }

    /** {@return the name as the manual prints it} */
    public String displayName() {
        return displayName;
    }

    /**
     * Finds a role by its constant name or display name, or either half of
     * "agenda setter / task master", ignoring case, spaces, hyphens and underscores.
     *
     * @param name  the name, not null
     * @return the role, not null
     * @throws IllegalArgumentException naming the valid names if none matches
     */
    public static CoachRole fromName(String name) {
        String key = Names.normalize(name);
        for (CoachRole role : values()) {
            if (Names.normalize(role.name()).equals(key) || Names.normalize(role.displayName).equals(key)) {
                return role;
            }
        }
        if (key.equals("agenda setter") || key.equals("task master") || key.equals("taskmaster")) {
            return AGENDA_SETTER;
        }
        throw new IllegalArgumentException("Unknown coach role \"" + name + "\"; valid names: "
                + String.join(", ", java.util.Arrays.stream(values()).map(CoachRole::displayName).toList()));
    }
}
