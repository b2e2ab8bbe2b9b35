package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.ccmcoach.core.testing.RuntimeDependencies;
import org.junit.jupiter.api.Test;

/** The README's "What each module brings" is what Maven resolves for ccm-json, sizes included. */
class RuntimeDependenciesTest {

    @Test
    void the_readme_lists_what_an_application_receives() throws IOException {
        List<RuntimeDependencies.Dependency> all = RuntimeDependencies.assertReadmeMatches("ccm-json");
        assertTrue(all.stream().noneMatch(d -> d.key().contains("commons") || d.key().contains("jts")), all.toString());
    }
}
