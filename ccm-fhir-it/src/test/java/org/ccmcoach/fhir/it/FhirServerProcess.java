package org.ccmcoach.fhir.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * ccm-fhir-server (a HAPI FHIR JPA server, HAPI 8.8.0) in a JVM of its own, on its own class path,
 * as a deployment runs it: started on a free loopback port, waited for until {@code /fhir/metadata}
 * answers, stopped by closing its standard input (and killed, with anything it started, if it does
 * not stop). Its output is kept in {@code target/fhir-server.log}.
 */
final class FhirServerProcess implements AutoCloseable {

    /** How long the server may take to start: about a minute on two busy cores. */
    static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final Process process;
    private final Path log;
    private final URI base;
    private final long startMillis;

    private FhirServerProcess(Process process, Path log, URI base, long startMillis) {
        this.process = process;
        this.log = log;
        this.base = base;
        this.startMillis = startMillis;
    }

    /** The server's FHIR base, {@code http://127.0.0.1:PORT/fhir}. */
    URI base() {
        return base;
    }

    /** How long the server took from launch to its first answer to {@code /fhir/metadata}. */
    long startMillis() {
        return startMillis;
    }

    Path log() {
        return log;
    }

    static FhirServerProcess start() throws IOException, InterruptedException {
        Path classes = Path.of(property("ccm.fhirServer.classes"));
        Path classpathFile = Path.of(property("ccm.fhirServer.classpath"));
        Path dir = Path.of(property("ccm.fhirServer.logDir"));
        if (!Files.isDirectory(classes) || !Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException("ccm-fhir-server is not built: expected " + classes + " and " + classpathFile
                    + "; build it with this module, as in ./mvnw -B -pl ccm-fhir-it -am verify");
        }
        String classpath = classes + java.io.File.pathSeparator
                + Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
        Files.createDirectories(dir);
        Path log = dir.resolve("fhir-server.log");
        Path portFile = dir.resolve("fhir-server.port");
        Files.deleteIfExists(portFile);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The server's heap is its own; the class path goes in an argument file, as it is long.
        Path argFile = dir.resolve("fhir-server.args");
        Files.writeString(argFile, "-cp \"" + classpath.replace("\\", "\\\\") + "\"\n", StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-Djava.net.preferIPv4Stack=true", "@" + argFile, "org.ccmcoach.fhir.server.FhirServer", "0",
                portFile.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long launched = System.nanoTime();
        Process process = builder.start();
        FhirServerProcess server = null;
        try {
            long deadline = launched + START_LIMIT.toNanos();
            while (!Files.exists(portFile)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("ccm-fhir-server exited with " + process.exitValue()
                            + " before it listened; its log, " + log + ", ends:\n" + tail(log));
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("ccm-fhir-server did not listen within " + START_LIMIT.toSeconds()
                            + " s; its log, " + log + ", ends:\n" + tail(log));
                }
                Thread.sleep(200);
            }
            int port = Integer.parseInt(Files.readString(portFile, StandardCharsets.US_ASCII).strip());
            URI base = URI.create("http://127.0.0.1:" + port + "/fhir");
            waitForMetadata(base, process, log, deadline);
            server = new FhirServerProcess(process, log, base, (System.nanoTime() - launched) / 1_000_000);
            return server;
        } finally {
            if (server == null) {
                stop(process);
            }
        }
    }

    private static void waitForMetadata(URI base, Process process, Path log, long deadline)
            throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("ccm-fhir-server exited with " + process.exitValue()
                        + "; its log, " + log + ", ends:\n" + tail(log));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/metadata"))
                        .timeout(Duration.ofSeconds(90)).header("Accept", "application/fhir+json").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"CapabilityStatement\"")) {
                    return;
                }
                last = "HTTP " + r.statusCode();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("ccm-fhir-server's " + base + "/metadata did not answer within "
                + START_LIMIT.toSeconds() + " s (last: " + last + "); its log, " + log + ", ends:\n" + tail(log));
    }

    @Override
    public void close() {
        stop(process);
    }

    /** Closes the server's standard input, which stops it; kills it and its descendants if it lingers. */
    private static void stop(Process process) {
        try (OutputStream in = process.getOutputStream()) {
            in.flush();
        } catch (IOException e) {
            // Already gone.
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set: run this test through Maven"
                    + " (ccm-fhir-it's pom sets it)");
        }
        return value;
    }
}
