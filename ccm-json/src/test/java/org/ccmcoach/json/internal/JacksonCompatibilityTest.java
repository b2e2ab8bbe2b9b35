package org.ccmcoach.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmcoach.json.IncompatibleJacksonException;
import org.junit.jupiter.api.Test;

class JacksonCompatibilityTest {

    @Test
    void the_jackson_ccm_is_built_on_passes() {
        assertEquals(Optional.empty(), JacksonCompatibility.check(Optional.of("3.2.4"), Optional.of("2.22"), ""));
        assertEquals(Optional.empty(), JacksonCompatibility.check(Optional.of("3.2.0"), Optional.of("2.23.1"), ""));
    }

    @Test
    void spring_boot_3s_annotations_are_named_with_the_needed_version_and_the_fix() {
        // Spring Boot 3.4 manages Jackson 2.18.2; nearest-wins gives the application that jackson-annotations.
        IncompatibleJacksonException e = JacksonCompatibility.check(Optional.of("3.2.4"), Optional.of("2.18.2"),
                "file:/m2/jackson-annotations-2.18.2.jar").orElseThrow();
        assertTrue(e.getMessage().startsWith("ccm-json found com.fasterxml.jackson.core:jackson-annotations 2.18.2"
                + " (file:/m2/jackson-annotations-2.18.2.jar), but jackson-databind 3.2.4 needs jackson-annotations 2.22"
                + " or newer"), e.getMessage());
        assertTrue(e.getMessage().contains("Fix: import org.ccmcoach:ccm-bom (type pom, scope import) first"), e.getMessage());
        assertTrue(e.getMessage().contains("pin com.fasterxml.jackson.core:jackson-annotations to 2.22"), e.getMessage());
        assertEquals("jackson-databind 3.2.4, jackson-annotations 2.18.2", e.found());
        assertEquals("jackson-databind 3.2 or a newer 3.x, jackson-annotations 2.22 or newer", e.needed());
    }

    @Test
    void a_newer_databind_needs_its_own_newer_annotations() {
        // Jackson 3.3 names jackson-annotations 2.23 in its BOM (3.m names 2.(20+m)).
        IncompatibleJacksonException e = JacksonCompatibility.check(Optional.of("3.3.0"), Optional.of("2.22"), "").orElseThrow();
        assertTrue(e.getMessage().contains("jackson-databind 3.3.0 needs jackson-annotations 2.23 or newer"), e.getMessage());
    }

    @Test
    void an_older_or_other_databind_line_is_refused() {
        // Spring Boot 4.0 manages Jackson 3.1.4: older than the line ccm-json is tested on.
        IncompatibleJacksonException old = JacksonCompatibility.check(Optional.of("3.1.4"), Optional.of("2.21"), "").orElseThrow();
        assertTrue(old.getMessage().startsWith("ccm-json needs Jackson databind 3.2 or a newer 3.x, and found jackson-databind 3.1.4."),
                old.getMessage());
        assertTrue(old.getMessage().contains("(such as the property jackson-bom.version) wins over every BOM: set it to 3.2.x."), old.getMessage());
        IncompatibleJacksonException none = JacksonCompatibility.check(Optional.empty(), Optional.of("2.22"), "").orElseThrow();
        assertEquals("jackson-databind absent, jackson-annotations 2.22", none.found());
    }

    @Test
    void absent_annotations_are_named() {
        IncompatibleJacksonException e = JacksonCompatibility.check(Optional.of("3.2.4"), Optional.empty(), "").orElseThrow();
        assertTrue(e.getMessage().startsWith("ccm-json needs com.fasterxml.jackson.core:jackson-annotations 2.22 or newer,"
                + " and found none"), e.getMessage());
    }

    @Test
    void the_built_line_is_the_one_on_the_class_path_and_in_both_poms() throws IOException {
        assertEquals(JacksonCompatibility.BUILT_MINOR, tools.jackson.databind.cfg.PackageVersion.VERSION.getMinorVersion());
        JacksonCompatibility.require(); // the test class path itself is compatible
        Path root = Path.of("").toAbsolutePath().getParent();
        String parent = property(root.resolve("pom.xml"), "jackson.version");
        String bom = property(root.resolve("ccm-bom/pom.xml"), "jackson.version");
        assertEquals(parent, bom, "ccm-bom pins the Jackson that ccm-parent builds with");
        assertTrue(parent.startsWith("3." + JacksonCompatibility.BUILT_MINOR + "."), parent);
    }

    private static String property(Path pom, String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Files.readString(pom));
        assertTrue(m.find(), name + " in " + pom);
        return m.group(1);
    }
}
