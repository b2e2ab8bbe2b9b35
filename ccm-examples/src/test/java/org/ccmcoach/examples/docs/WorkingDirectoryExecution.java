package org.ccmcoach.examples.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * A JShell execution engine whose snippets run in a JVM of their own, started in a given working
 * directory, so that relative paths in a snippet ({@code Path.of("acic.png")}, a
 * {@code FileInputStream} of a relative name) resolve there and not in the build's directory.
 *
 * <p>JShell's default remote engine starts its JVM in the caller's directory, and a
 * {@code -Duser.dir} there moves NIO paths but not {@code java.io}'s; so this engine starts the
 * JDK's own agent ({@code jdk.jshell.execution.RemoteExecutionControl}) with a
 * {@link ProcessBuilder} in the directory, and talks to it over a loopback socket as the default
 * engine does, without JDI (snippets cannot be interrupted; none needs to be).
 */
final class WorkingDirectoryExecution implements ExecutionControlProvider {

    private static final int CONNECT_TIMEOUT_MILLIS = 60_000;

    private final Path directory;
    private final Path log;
    private final List<String> vmOptions;
    private final AtomicReference<Process> started = new AtomicReference<>();

    /**
     * @param directory the working directory of the snippets' JVM
     * @param log where that JVM's own standard output and error go (its {@code System.out} and
     *            {@code System.err} go to JShell): not in the working directory, which a snippet may list
     * @param vmOptions options for that JVM, the class path among them
     */
    WorkingDirectoryExecution(Path directory, Path log, List<String> vmOptions) {
        this.directory = directory;
        this.log = log;
        this.vmOptions = List.copyOf(vmOptions);
    }

    /** Ends the snippets' JVM at once (a snippet that never returns); JShell then reports it gone. */
    void kill() {
        Optional.ofNullable(started.get()).ifPresent(Process::destroyForcibly);
    }

    @Override
    public String name() {
        return "ccm-working-directory";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(vmOptions);
            command.addAll(env.extraRemoteVMOptions());
            command.add("jdk.jshell.execution.RemoteExecutionControl");
            command.add(Integer.toString(listener.getLocalPort()));
            // Not inherited: the test JVM's own standard output is Surefire's channel to Maven.
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            started.set(process);
            Socket socket;
            try {
                socket = listener.accept();
            } catch (SocketTimeoutException e) {
                process.destroyForcibly();
                throw new IOException("the snippets' JVM did not connect within " + CONNECT_TIMEOUT_MILLIS / 1000
                        + " s; it wrote:\n" + Files.readString(log), e);
            }
            process.onExit().thenRun(env::closeDown);
            Map<String, OutputStream> outputs = Map.of("out", env.userOut(), "err", env.userErr());
            Map<String, InputStream> inputs = Map.of("in", env.userIn());
            return Util.remoteInputOutput(socket.getInputStream(), socket.getOutputStream(), outputs, inputs,
                    (in, out) -> new StreamingExecutionControl(out, in) {
                        @Override
                        public void close() {
                            try {
                                super.close();
                                socket.close();
                                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                                    process.destroyForcibly();
                                }
                            } catch (IOException e) {
                                process.destroyForcibly();
                            } catch (InterruptedException e) {
                                process.destroyForcibly();
                                Thread.currentThread().interrupt();
                            }
                        }
                    });
        }
    }
}
