package org.ccmcoach.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.ccmcoach.assessment.Instrument;
import org.ccmcoach.core.Practice;
import org.ccmcoach.json.CcmJson;
import org.ccmcoach.pdsa.chart.Series;
import org.junit.jupiter.api.Test;

/**
 * Every constraint message in the code base renders without Expression Language: ccm validates
 * with Hibernate Validator's EL-free {@code ParameterMessageInterpolator}, which prints a
 * default message such as {@code @DecimalMin}'s {@code ${inclusive == true ? ...}} as it stands.
 */
class ConstraintMessagesTest {

    /** Hibernate Validator's English messages for Jakarta's constraints, the defaults ccm would show. */
    private static final ResourceBundle DEFAULTS = ResourceBundle.getBundle("org.hibernate.validator.ValidationMessages",
            java.util.Locale.ENGLISH);

    @Test
    void no_message_needs_expression_language() throws Exception {
        List<String> found = new ArrayList<>();
        int checked = 0;
        for (Class<?> anchor : List.of(Practice.class, CcmJson.class, Instrument.class, Series.class)) {
            for (Class<?> type : classesBeside(anchor)) {
                for (Method m : type.getDeclaredMethods()) {
                    List<Annotation> constraints = new ArrayList<>();
                    for (Annotation a : m.getDeclaredAnnotations()) {
                        constraints.add(a);
                    }
                    typeUses(m.getAnnotatedReturnType(), constraints);
                    for (Annotation a : constraints) {
                        if (!a.annotationType().isAnnotationPresent(Constraint.class)) {
                            continue;
                        }
                        checked++;
                        String message = (String) a.annotationType().getMethod("message").invoke(a);
                        String shown = message.startsWith("{") && message.endsWith("}") && DEFAULTS.containsKey(
                                message.substring(1, message.length() - 1))
                                ? DEFAULTS.getString(message.substring(1, message.length() - 1)) : message;
                        if (shown.contains("${")) {
                            found.add(type.getSimpleName() + "." + m.getName() + " @" + a.annotationType().getSimpleName()
                                    + ": " + shown);
                        }
                    }
                }
            }
        }
        assertTrue(checked > 100, "only " + checked + " constraints found: is the scan finding the classes?");
        assertEquals(List.of(), found);
    }

    /** Constraints on a type and its type arguments: {@code List<@NotBlank String>}. */
    private static void typeUses(AnnotatedType type, List<Annotation> into) {
        for (Annotation a : type.getDeclaredAnnotations()) {
            into.add(a);
        }
        if (type instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
                typeUses(argument, into);
            }
        }
    }

    /** Every class in the compiled tree (directory or jar) of the anchor's module, below org/ccmcoach. */
    private static List<Class<?>> classesBeside(Class<?> anchor) throws URISyntaxException, IOException {
        Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root.resolve("org/ccmcoach"))) {
                files.filter(f -> f.toString().endsWith(".class")).forEach(f -> classes.add(load(root.relativize(f))));
            }
        } else {
            try (java.util.jar.JarFile jar = new java.util.jar.JarFile(root.toFile())) {
                jar.stream().map(java.util.jar.JarEntry::getName)
                        .filter(n -> n.startsWith("org/ccmcoach/") && n.endsWith(".class"))
                        .forEach(n -> classes.add(load(Path.of(n))));
            }
        }
        return classes;
    }

    private static Class<?> load(Path classFile) {
        String name = classFile.toString().replace(java.io.File.separatorChar, '/').replace('/', '.');
        try {
            return Class.forName(name.substring(0, name.length() - ".class".length()), false,
                    ConstraintMessagesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
