package org.ccmcoach.pdsa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.ccmcoach.core.testing.RuntimeDependencies;
import org.junit.jupiter.api.Test;

/**
 * docs/embedding.md's "What each module brings" is what Maven resolves for ccm-pdsa, sizes included, and
 * every licence it passes on is one an application may accept.
 */
class RuntimeDependenciesTest {

    @Test
    void the_readme_lists_what_an_application_receives() throws IOException {
        List<RuntimeDependencies.Dependency> all = RuntimeDependencies.assertReadmeMatches("ccm-pdsa");
        // An application that only runs PDSA and charts its own way receives no Jackson, JTS or chart library.
        assertTrue(all.stream().noneMatch(d -> d.key().contains("jackson") || d.key().contains("jts") || d.key().contains("jfree")), all.toString());
    }

    @Test
    void every_licence_passed_on_is_one_an_application_may_accept() throws IOException {
        java.util.Map<String, List<String>> licences = RuntimeDependencies.assertLicencesPassOn("ccm-pdsa");
        assertTrue(licences.keySet().stream().anyMatch(k -> k.startsWith("org.hibernate.validator:")), licences.toString());
    }
}
