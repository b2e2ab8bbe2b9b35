package org.ccmcoach.fuzz.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Every hostile-input reproduction (each {@link Probe} method of a {@code *Probes} class in this
 * package) in a JVM of its own, with the probe's heap and a wall-clock limit: the findings
 * stay fixed where they were found, in a fresh JVM with a small heap, not only in a test of the code
 * they led to.
 *
 * <p>The limit is the probe's {@link Probe#seconds()} times a slack, {@code ccm.probes.slack}: 3 in
 * every {@code verify} (ccm's choice: CI's two shared cores vary a timing by up to twice, and the
 * faults these probes keep out took ten to a hundred times their target), 1 for the targets as the
 * issue set them, on a quiet machine:
 * {@code ./mvnw -B -pl ccm-fuzz -am verify -Dtest=HostileProbesTest -Dsurefire.failIfNoSpecifiedTests=false -Dccm.probes.slack=1 -Dccm.probes.parallel=1 -Dccm.probes.all=true}
 * (one JVM at a time; a verify runs two at once).
 * Each outcome and its time are written to {@code target/hostile-probes.txt}.
 */
@EnabledIfSystemProperty(named = "ccm.probes.execution", matches = "true",
        disabledReason = "runs in ccm-fuzz's hostile-probes execution, after the fuzzing")
class HostileProbesTest {

    /** Time allowed for a JVM to start and end around its probe, beyond the probe's own limit. */
    private static final long JVM_ALLOWANCE_SECONDS = 30;

    /** Where each probe's outcome and time are written. */
    private static final Path REPORT = Path.of("target", "hostile-probes.txt");

    @TestFactory
    Stream<DynamicTest> probes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(HostileProbesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path folder = classes.resolve(HostileProbesTest.class.getPackageName().replace('.', '/'));
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Probes.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length())).sorted().toList();
        }
        assertTrue(!names.isEmpty(), "no *Probes class in " + folder);
        Files.deleteIfExists(REPORT);
        List<DynamicTest> tests = new ArrayList<>();
        // The probes' JVMs run this many at a time: 2 in a verify (CI's two cores), 1 with the
        // targets themselves (-Dccm.probes.parallel=1), where no probe may share a core.
        ExecutorService jvms = Executors.newFixedThreadPool(Integer.getInteger("ccm.probes.parallel", 2), r -> {
            Thread t = new Thread(r, "hostile-probe");
            t.setDaemon(true);
            return t;
        });
        for (String name : names) {
            Class<?> type = Class.forName(HostileProbesTest.class.getPackageName() + "." + name);
            List<Method> methods = Stream.of(type.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Probe.class))
                    .sorted(Comparator.comparing(Method::getName)).toList();
            for (Method method : methods) {
                assertTrue(Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0,
                        name + "." + method.getName() + " must be static, without parameters");
                Probe probe = method.getAnnotation(Probe.class);
                if (!probe.everyVerify() && !Boolean.getBoolean("ccm.probes.all")) {
                    tests.add(DynamicTest.dynamicTest(name + "." + method.getName(), () -> Assumptions.abort(
                            "a probe of many seconds, run with -Dccm.probes.all=true; its module's test runs it in a verify")));
                    continue;
                }
                Future<?> outcome = jvms.submit(() -> {
                    run(name, method.getName(), probe);
                    return null;
                });
                tests.add(DynamicTest.dynamicTest(name + "." + method.getName(), () -> {
                    try {
                        outcome.get();
                    } catch (ExecutionException e) {
                        throw e.getCause();
                    }
                }));
            }
        }
        jvms.shutdown();
        return tests.stream();
    }

    private static void run(String type, String method, Probe probe) throws IOException, InterruptedException {
        double slack = Double.parseDouble(System.getProperty("ccm.probes.slack", "3"));
        long limitMillis = Math.round(probe.seconds() * 1000 * slack);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = Files.createTempFile("probe-", ".out");
        try {
            Process process = new ProcessBuilder(java.toString(), "-Xmx" + probe.heapMb() + "m",
                    "-Djava.awt.headless=true", "-cp", classPath, ProbeMain.class.getName(), type, method)
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!process.waitFor(limitMillis + JVM_ALLOWANCE_SECONDS * 1000, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                record(type, method, probe, "killed: no end within " + (limitMillis / 1000 + JVM_ALLOWANCE_SECONDS) + " s");
                fail(type + "." + method + " did not end within " + limitMillis + " ms (and "
                        + JVM_ALLOWANCE_SECONDS + " s for its JVM)");
            }
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            String last = lines.stream().filter(l -> l.startsWith("probe: ")).reduce((a, b) -> b).orElse("");
            record(type, method, probe, last.isEmpty() ? "no outcome, exit " + process.exitValue() : last);
            String output = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            assertEquals(0, process.exitValue(), type + "." + method + " failed in -Xmx" + probe.heapMb() + "m:\n" + output);
            String[] parts = last.split(" ", 4);
            long millis = Long.parseLong(parts[2]);
            assertTrue(millis <= limitMillis, String.format(Locale.ROOT,
                    "%s.%s took %d ms, over its %d ms (%d s × slack %s):%n%s", type, method, millis, limitMillis,
                    probe.seconds(), slack, output));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static synchronized void record(String type, String method, Probe probe, String outcome) throws IOException {
        Files.createDirectories(REPORT.getParent());
        String line = String.format(Locale.ROOT, "%s.%s (-Xmx%dm, %d s): %s%n", type, method, probe.heapMb(),
                probe.seconds(), outcome);
        System.out.print(line);
        Files.writeString(REPORT, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
