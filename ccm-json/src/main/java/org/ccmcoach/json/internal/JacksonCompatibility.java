package org.ccmcoach.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.CodeSource;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmcoach.json.IncompatibleJacksonException;

/**
 * Checks, once, that the Jackson on the class path can run ccm-json, before any Jackson class that
 * would fail with a {@code NoClassDefFoundError} is touched; every entry point of ccm-json calls
 * {@link #require()} first.
 *
 * <p>Two rules. Jackson databind must be 3.x, at least {@value #BUILT_MINOR} in its minor version:
 * ccm-json is compiled and tested on Jackson 3.{@value #BUILT_MINOR} (a choice: older 3.x lines are
 * not tested, so they are refused rather than trusted). And {@code jackson-annotations} must be at
 * least the 2.x version the present databind was released with. Jackson's BOMs name
 * jackson-annotations 2.(20 + m) for Jackson 3.m ({@code jackson.version.annotations} of
 * {@code tools.jackson:jackson-bom} 3.0.4, 3.1.4, 3.2.4 and 3.3.0: 2.20, 2.21, 2.22, 2.23), and 3.2's
 * databind reads annotations that only 2.22 has ({@code JsonApplyView}; {@code JsonSerializeAs} is new
 * in 2.21). For lines after 3.3 the same step is assumed (a choice, until their BOMs say otherwise).
 */
public final class JacksonCompatibility {

    /** The Jackson 3 minor version ccm-json is compiled and tested on; equal to the parent POM's jackson.version. */
    public static final int BUILT_MINOR = 2;

    /** ccm's BOM, which fixes the versions: the advice names it. */
    public static final String CCM_BOM = "org.ccmcoach:ccm-bom";

    private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)");

    private JacksonCompatibility() {
    }

    /**
     * Throws the one message that says what is wrong with the Jackson on the class path, if anything.
     *
     * @throws IncompatibleJacksonException if ccm-json cannot run with it
     */
    public static void require() {
        Optional<IncompatibleJacksonException> problem = Verdict.PROBLEM;
        if (problem.isPresent()) {
            IncompatibleJacksonException first = problem.get();
            // A new exception per call, so each caller's stack trace is its own.
            throw new IncompatibleJacksonException(first.getMessage(), first.found(), first.needed(), first.getCause());
        }
    }

    /** The class path does not change while the JVM runs, so the verdict is read once. */
    private static final class Verdict {
        static final Optional<IncompatibleJacksonException> PROBLEM = check(databindVersion(), annotationsVersion(), annotationsSource());
    }

    /**
     * The verdict for the versions found.
     *
     * @param databind  the jackson-databind version, empty when absent or unreadable
     * @param annotations  the jackson-annotations version, empty when absent or unreadable
     * @param source  where jackson-annotations was loaded from, for the message
     * @return the problem, empty when ccm-json can run
     */
    public static Optional<IncompatibleJacksonException> check(Optional<String> databind, Optional<String> annotations, String source) {
        int[] db = databind.map(JacksonCompatibility::majorMinor).orElse(null);
        int neededAnnotationsMinor = 20 + Math.max(BUILT_MINOR, db != null && db[0] == 3 ? db[1] : BUILT_MINOR);
        String needed = "jackson-databind 3." + BUILT_MINOR + " or a newer 3.x, jackson-annotations 2."
                + neededAnnotationsMinor + " or newer";
        String found = "jackson-databind " + databind.orElse("absent") + ", jackson-annotations " + annotations.orElse("absent");
        String fix = "Fix: import " + CCM_BOM + " (type pom, scope import) first in your <dependencyManagement>; it also wins"
                + " over the Jackson BOM a parent such as spring-boot-starter-parent imports. Or pin"
                + " com.fasterxml.jackson.core:jackson-annotations to 2." + neededAnnotationsMinor
                + " and tools.jackson.core:jackson-databind to 3." + BUILT_MINOR
                + ".x; Jackson 2 databind runs with the newer annotations. A version your build sets itself (such as the"
                + " property jackson-bom.version) wins over every BOM: set it to 3." + BUILT_MINOR
                + ".x. The \"Jackson compatibility\" table of docs/embedding.md lists what works.";
        if (db == null || db[0] != 3 || db[1] < BUILT_MINOR) {
            return Optional.of(new IncompatibleJacksonException("ccm-json needs Jackson databind 3." + BUILT_MINOR
                    + " or a newer 3.x, and found jackson-databind " + databind.orElse("absent") + ". " + fix,
                    found, needed, null));
        }
        if (annotations.isEmpty()) {
            return Optional.of(new IncompatibleJacksonException("ccm-json needs com.fasterxml.jackson.core:jackson-annotations 2."
                    + neededAnnotationsMinor + " or newer, and found none on the class path (or none whose version it could read"
                    + (source.isEmpty() ? "" : ", at " + source) + "). " + fix, found, needed, null));
        }
        int[] an = majorMinor(annotations.get());
        if (an == null || an[0] != 2 || an[1] < neededAnnotationsMinor) {
            return Optional.of(new IncompatibleJacksonException("ccm-json found com.fasterxml.jackson.core:jackson-annotations "
                    + annotations.get() + (source.isEmpty() ? "" : " (" + source + ")") + ", but jackson-databind "
                    + databind.get() + " needs jackson-annotations 2." + neededAnnotationsMinor
                    + " or newer: with the older one it fails with NoClassDefFoundError on an annotation it reads."
                    + " Maven keeps the nearest version, and an application's Jackson 2 dependencies (a Spring Boot 3"
                    + " application's, say) are nearer than ccm's. " + fix, found, needed, null));
        }
        return Optional.empty();
    }

    private static int[] majorMinor(String version) {
        Matcher m = MAJOR_MINOR.matcher(version);
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    private static Optional<String> databindVersion() {
        try {
            tools.jackson.core.Version v = tools.jackson.databind.cfg.PackageVersion.VERSION;
            return Optional.of(v.getMajorVersion() + "." + v.getMinorVersion() + "." + v.getPatchLevel());
        } catch (LinkageError absent) {
            return Optional.empty();
        }
    }

    private static Optional<String> annotationsVersion() {
        try {
            Package p = JsonProperty.class.getPackage();
            String v = p == null ? null : p.getImplementationVersion();
            if (v != null && !v.isBlank()) {
                return Optional.of(v.strip());
            }
            // Repackaged or on the module path without a manifest: Maven's own record of the jar.
            try (InputStream in = JsonProperty.class.getResourceAsStream(
                    "/META-INF/maven/com.fasterxml.jackson.core/jackson-annotations/pom.properties")) {
                if (in != null) {
                    Properties pom = new Properties();
                    pom.load(in);
                    return Optional.ofNullable(pom.getProperty("version")).map(String::strip);
                }
            }
            return Optional.of(versionByClasses(JsonProperty.class.getClassLoader()));
        } catch (LinkageError | IOException absent) {
            return Optional.empty();
        }
    }

    /** With no version recorded, the annotations that each version added tell which it is at least. */
    private static String versionByClasses(ClassLoader loader) {
        if (present("com.fasterxml.jackson.annotation.JsonApplyView", loader)) {
            return "2.22 (by its classes)";
        }
        return present("com.fasterxml.jackson.annotation.JsonSerializeAs", loader) ? "2.21 (by its classes)" : "2.20 or older (by its classes)";
    }

    private static boolean present(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    private static String annotationsSource() {
        try {
            CodeSource source = JsonProperty.class.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            return location == null ? "" : location.toString();
        } catch (LinkageError | SecurityException unknown) {
            return "";
        }
    }
}
