/**
 * JSON for every ccm type: a Jackson 3 module, found by {@link java.util.ServiceLoader}, and the
 * {@link org.ccmcoach.json.CcmJson} facade with its strict mapper and precise errors.
 */
module org.ccmcoach.json {
    requires transitive org.ccmcoach.core;
    requires transitive org.ccmcoach.assessment;
    requires transitive org.ccmcoach.pdsa;
    requires transitive tools.jackson.databind;
    requires com.fasterxml.jackson.annotation;

    exports org.ccmcoach.json;

    provides tools.jackson.databind.JacksonModule with org.ccmcoach.json.CcmJacksonModule;
}
