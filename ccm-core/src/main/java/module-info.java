/**
 * The Chronic Care Model vocabulary, practices, coaches and the conventions of every ccm value.
 *
 * <p>{@code org.ccmcoach.core} holds the six {@link org.ccmcoach.core.CcmElement}s with their
 * change concepts, identifiers, {@link org.ccmcoach.core.Practice} and
 * {@link org.ccmcoach.core.Coach}; {@code org.ccmcoach.core.value} holds the shared validator and
 * its exception. Jackson is needed only at compile time (annotations); at run time this module
 * needs only Jakarta Validation, Hibernate Validator and Joda-Money.
 */
module org.ccmcoach.core {
    requires transitive jakarta.validation;
    requires org.hibernate.validator;
    requires transitive org.joda.money;
    requires static org.immutables.value;
    requires static com.fasterxml.jackson.annotation;
    requires static tools.jackson.databind;

    exports org.ccmcoach.core;
    exports org.ccmcoach.core.coaching;
    exports org.ccmcoach.core.cost;
    exports org.ccmcoach.core.fidelity;
    exports org.ccmcoach.core.value;

    opens org.ccmcoach.core to org.hibernate.validator, tools.jackson.databind;
    opens org.ccmcoach.core.coaching to org.hibernate.validator, tools.jackson.databind;
    opens org.ccmcoach.core.cost to org.hibernate.validator, tools.jackson.databind;
    opens org.ccmcoach.core.fidelity to org.hibernate.validator, tools.jackson.databind;
}
