package org.ccmcoach.fhir.observation;

import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;

/**
 * Where an Observation ccm writes names whom it is about. R4 lets {@code Observation.subject} refer
 * to a Patient, Group, Device or Location only; a server that enforces reference targets (HAPI's
 * JPA server does by default) refuses any other. ccm's choice: a reference to one of those four
 * goes to {@code subject}; any other (an Organization, CareTeam, PractitionerRole, a bare
 * identifier such as ccm's team ids) goes to {@code focus}, R4's element for what an Observation is
 * about when that is not its subject, and the subject is left out.
 */
final class Subjects {

    /** R4 Observation.subject's target types. */
    static final Set<String> SUBJECT_TYPES = Set.of("Patient", "Group", "Device", "Location");

    private Subjects() {
    }

    /** Puts a copy of the reference in subject or focus, as its type allows. */
    static void place(Observation o, Reference about) {
        if (about == null || about.isEmpty()) {
            return;
        }
        if (type(about).filter(SUBJECT_TYPES::contains).isPresent()) {
            o.setSubject(about.copy());
        } else {
            o.addFocus(about.copy());
        }
    }

    /**
     * The type a reference names: its {@code type} (the last segment of the URI), else the segment
     * before the id in a relative or absolute literal reference ({@code Organization/c1-team1},
     * {@code http://x.org/fhir/Patient/7/_history/2}); empty for an identifier or a contained one.
     */
    static Optional<String> type(Reference reference) {
        String declared = reference.getTypeElement().getValue();
        if (declared != null && !declared.isBlank()) {
            return Optional.of(declared.substring(declared.lastIndexOf('/') + 1));
        }
        String literal = reference.getReferenceElement_().getValue();
        if (literal == null || literal.startsWith("#")) {
            return Optional.empty();
        }
        int history = literal.indexOf("/_history/");
        String[] parts = (history >= 0 ? literal.substring(0, history) : literal).split("/");
        // [base/]Type/id: the type is the segment before the id
        if (parts.length >= 2 && !parts[parts.length - 2].isEmpty() && Character.isUpperCase(parts[parts.length - 2].charAt(0))
                && parts[parts.length - 2].chars().allMatch(Character::isLetter)) {
            return Optional.of(parts[parts.length - 2]);
        }
        return Optional.empty();
    }

    /** For messages: how a reference reads. */
    static String describe(Reference r) {
        String literal = r.getReferenceElement_().getValue();
        if (literal != null) {
            return literal;
        }
        return r.getIdentifier().isEmpty() ? "no reference" : String.valueOf(r.getIdentifier().getSystem()) + "|"
                + r.getIdentifier().getValue();
    }
}
