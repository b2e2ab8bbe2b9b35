package org.ccmcoach.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.ccmcoach.core.testing.RuntimeDependencies;
import org.junit.jupiter.api.Test;

/**
 * docs/embedding.md's "What each module brings" is what Maven resolves for ccm-charts, sizes included, and
 * every licence it passes on is one an application may accept.
 */
class RuntimeDependenciesTest {

    @Test
    void the_readme_lists_what_an_application_receives() throws IOException {
        List<RuntimeDependencies.Dependency> all = RuntimeDependencies.assertReadmeMatches("ccm-charts");
        assertTrue(all.stream().anyMatch(d -> d.key().startsWith("org.jfree:org.jfree.svg:") && d.optional()), "JFreeSVG (GPL-3.0) is optional");
    }

    @Test
    void every_licence_passed_on_is_one_an_application_may_accept() throws IOException {
        java.util.Map<String, List<String>> licences = RuntimeDependencies.assertLicencesPassOn("ccm-charts");
        assertTrue(licences.keySet().stream().anyMatch(k -> k.startsWith("org.hibernate.validator:")), licences.toString());
        // JFreeSVG is GPL-3.0: passed on only because it is optional.
        assertTrue(licences.get("org.jfree:org.jfree.svg:5.0.6").get(0).contains("GPL"), licences.toString());
    }
}
