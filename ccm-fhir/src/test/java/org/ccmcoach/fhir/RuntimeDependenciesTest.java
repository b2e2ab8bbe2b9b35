package org.ccmcoach.fhir;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.ccmcoach.core.testing.RuntimeDependencies;
import org.junit.jupiter.api.Test;

/**
 * docs/embedding.md's "What each module brings" is what Maven resolves for ccm-fhir, sizes included, and
 * every licence it passes on is one an application may accept.
 */
class RuntimeDependenciesTest {

    @Test
    void the_readme_lists_what_an_application_receives() throws IOException {
        List<RuntimeDependencies.Dependency> all = RuntimeDependencies.assertReadmeMatches("ccm-fhir");
        assertTrue(all.stream().anyMatch(d -> d.key().startsWith("ca.uhn.hapi.fhir:hapi-fhir-structures-r4:")));
    }

    @Test
    void every_licence_passed_on_is_one_an_application_may_accept() throws IOException {
        Map<String, List<String>> licences = RuntimeDependencies.assertLicencesPassOn("ccm-fhir");
        assertTrue(licences.keySet().stream().anyMatch(k -> k.startsWith("ca.uhn.hapi.fhir:org.hl7.fhir.r4:")),
                licences.toString());
    }
}
