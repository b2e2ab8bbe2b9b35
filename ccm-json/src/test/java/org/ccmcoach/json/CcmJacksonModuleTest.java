package org.ccmcoach.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.app.Note;
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
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
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
    void an_applications_own_mapper_refuses_unknown_properties_of_ccm_types_only() {
        // Jackson 3 ignores unknown properties by default; found by ServiceLoader, the module refuses them for ccm types.
        JsonMapper mine = JsonMapper.builder().findAndAddModules().build();
        String misspelt = "{\"id\":\"p\",\"name\":\"A\",\"organization\":\"B\",\"panelsize\":5}";
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
                () -> mine.readValue(misspelt, Practice.class));
        assertEquals("panelsize", e.getPropertyName());
        assertTrue(e.getMessage().contains("\"panelsize\""), e.getMessage());
        // The application's own types keep its mapper's setting.
        assertEquals(new Note("x"), mine.readValue("{\"text\":\"x\",\"extra\":1}", Note.class));
    }

    @Test
    void strict_reading_gives_an_applications_mapper_every_rule_of_ccm_json() {
        JsonMapper lenient = JsonMapper.builder().findAndAddModules().build();
        JsonMapper strict = CcmJacksonModule.strictReading(JsonMapper.builder()).build();
        String duplicate = "{\"id\":\"p\",\"name\":\"A\",\"name\":\"C\",\"organization\":\"B\"}";
        assertEquals("C", lenient.readValue(duplicate, Practice.class).name(), "without it the last key wins silently");
        assertThrows(StreamReadException.class, () -> strict.readValue(duplicate, Practice.class));
        String trailing = "{\"id\":\"p\",\"name\":\"A\",\"organization\":\"B\"} {}";
        assertThrows(MismatchedInputException.class, () -> strict.readValue(trailing, Practice.class));
        String numberForText = "{\"id\":\"p\",\"name\":5,\"organization\":\"B\"}";
        assertEquals("5", lenient.readValue(numberForText, Practice.class).name());
        assertThrows(MismatchedInputException.class, () -> strict.readValue(numberForText, Practice.class));
        assertThrows(InvalidFormatException.class, () -> strict.readValue("1", org.ccmcoach.core.CcmElement.class));
        // And it is the mapper CcmJson reads with: the same document is refused there with its place.
        CcmJsonException ccm = assertThrows(CcmJsonException.class, () -> CcmJson.parse(duplicate, Practice.class));
        assertEquals(1, ccm.line());
        // Application types are held to the same rules: the builder is the application's choice.
        assertThrows(UnrecognizedPropertyException.class, () -> strict.readValue("{\"text\":\"x\",\"extra\":1}", Note.class));
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
