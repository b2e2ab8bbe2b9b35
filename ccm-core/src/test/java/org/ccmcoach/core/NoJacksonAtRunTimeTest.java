package org.ccmcoach.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ccm-core runs without Jackson: its classes are loaded, built and validated in a class loader
 * whose path holds no Jackson jar (the enforcer rule checks the declared dependencies; this checks
 * the byte code).
 */
class NoJacksonAtRunTimeTest {

    @Test
    void core_values_work_without_jackson_on_the_class_path() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (!name.contains("jackson") && !entry.contains("test-classes")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class,
                    () -> Class.forName("com.fasterxml.jackson.annotation.JsonValue", false, isolated));
            assertThrows(ClassNotFoundException.class,
                    () -> Class.forName("tools.jackson.databind.annotation.JsonDeserialize", false, isolated));

            Class<?> practiceId = Class.forName("org.ccmcoach.core.PracticeId", true, isolated);
            Object id = practiceId.getMethod("of", String.class).invoke(null, "p-17");
            Class<?> practice = Class.forName("org.ccmcoach.core.Practice", true, isolated);
            Object builder = practice.getMethod("builder").invoke(null);
            Class<?> builderType = builder.getClass();
            call(builderType, builder, "id", practiceId, id);
            call(builderType, builder, "name", String.class, "Riverside Team Blue");
            call(builderType, builder, "organization", String.class, "Riverside Community Health");
            Object built = builderType.getMethod("build").invoke(builder);
            assertEquals("Practice{id=p-17, name=Riverside Team Blue, organization=Riverside Community Health, "
                    + "attributes={}}", built.toString());
            assertFalse(built.getClass().getClassLoader() == NoJacksonAtRunTimeTest.class.getClassLoader());

            // Validation works there too.
            Object badBuilder = practice.getMethod("builder").invoke(null);
            call(builderType, badBuilder, "id", practiceId, id);
            call(builderType, badBuilder, "name", String.class, " ");
            call(builderType, badBuilder, "organization", String.class, "o");
            Exception thrown = assertThrows(Exception.class, () -> builderType.getMethod("build").invoke(badBuilder));
            assertEquals("Practice.name: must not be blank (was \" \")", thrown.getCause().getMessage());
        }
    }

    private static void call(Class<?> type, Object target, String method, Class<?> parameter, Object argument)
            throws Exception {
        Method m = type.getMethod(method, parameter);
        m.setAccessible(true);
        m.invoke(target, argument);
    }
}
