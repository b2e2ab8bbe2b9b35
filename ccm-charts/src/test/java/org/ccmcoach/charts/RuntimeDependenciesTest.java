package org.ccmcoach.charts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.ccmcoach.core.testing.RuntimeDependencies;
import org.junit.jupiter.api.Test;

/** The README's "What each module brings" is what Maven resolves for ccm-charts, sizes included. */
class RuntimeDependenciesTest {

    @Test
    void the_readme_lists_what_an_application_receives() throws IOException {
        List<RuntimeDependencies.Dependency> all = RuntimeDependencies.assertReadmeMatches("ccm-charts");
        assertTrue(all.stream().anyMatch(d -> d.key().startsWith("org.jfree:org.jfree.svg:") && d.optional()), "JFreeSVG (GPL-3.0) is optional");
    }
}
