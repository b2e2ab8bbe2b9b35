package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ccmcoach.core.Practice;
import org.ccmcoach.core.PracticeId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class CcmJacksonModuleTest {

    @Test
    void is_found_by_service_loader() {
        assertTrue(ServiceLoader.load(JacksonModule.class).stream()
                .anyMatch(p -> p.type() == CcmJacksonModule.class));
        JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
        assertTrue(mapper.registeredModules().stream().anyMatch(m -> m.getModuleName().equals("ccm")));
    }

    @Test
    void a_callers_own_mapper_leaves_out_absent_values_too() {
        JsonMapper mapper = JsonMapper.builder().addModule(new CcmJacksonModule()).build();
        Practice p = Practice.builder().id(PracticeId.of("p")).name("A").organization("B").build();
        assertFalse(mapper.writeValueAsString(p).contains("location"), mapper.writeValueAsString(p));
        assertEquals(p, mapper.readValue(mapper.writeValueAsString(p), Practice.class));
        JsonMapper plain = JsonMapper.builder().build();
        assertTrue(plain.writeValueAsString(p).contains("\"location\":null"), "the module is what leaves it out");
    }

    @Test
    void document_types_cover_every_public_core_type() throws URISyntaxException, java.io.IOException {
        // Every public class of org.ccmcoach.core is a document type, but the abstract identifier base.
        Path classes = Path.of(Practice.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> found;
        if (Files.isDirectory(classes)) {
            try (Stream<Path> files = Files.list(classes.resolve("org/ccmcoach/core"))) {
                found = files.map(f -> f.getFileName().toString())
                        .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
                        .map(n -> "org.ccmcoach.core." + n.substring(0, n.length() - ".class".length()))
                        .collect(Collectors.toSet());
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(classes.toFile())) {
                found = jar.stream().map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.startsWith("org/ccmcoach/core/") && n.endsWith(".class")
                                && n.indexOf('/', "org/ccmcoach/core/".length()) < 0 && !n.contains("$"))
                        .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                        .collect(Collectors.toSet());
            }
        }
        Set<Class<?>> publicTypes = found.stream().map(CcmJacksonModuleTest::load)
                .filter(c -> Modifier.isPublic(c.getModifiers()) && !c.isInterface())
                .collect(Collectors.toSet());
        publicTypes.remove(org.ccmcoach.core.Identifier.class);
        assertEquals(publicTypes, Set.copyOf(CcmJacksonModule.documentTypes()));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
