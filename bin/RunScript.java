import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs JShell scripts, snippet by snippet, and stops at the first snippet that does not compile
 * or throws, with exit status 1; "/exit N" ends the run with status N. Plain {@code jshell FILE}
 * reports such failures but goes on and exits 0, which would hide a broken example from CI.
 *
 * <p>Usage: {@code java RunScript.java CLASSPATH SCRIPT...} (started by {@code bin/ccm-shell}). The
 * scripts run in this JVM, headless, with the system property {@code ccm.script.dir} set to the last
 * script's folder (the first is the startup script).
 */
public final class RunScript {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java RunScript.java CLASSPATH SCRIPT...");
            System.exit(2);
        }
        // Scripts find files beside them through ccm.script.dir, whatever the working directory.
        String scriptDir = Path.of(args[args.length - 1]).toAbsolutePath().normalize().getParent().toString();
        System.setProperty("ccm.script.dir", scriptDir);
        System.setProperty("java.awt.headless", "true");
        // Snippets run in this JVM (JShell's "local" engine), not in a second one reached over JDI:
        // the remote round trip per snippet was two thirds of the tour's time (27 s against 11 s).
        try (JShell shell = JShell.builder().out(System.out).err(System.err).executionEngine("local").build()) {
            shell.addToClasspath(args[0]);
            for (int i = 1; i < args.length; i++) {
                int status = run(shell, Path.of(args[i]));
                if (status >= 0) {
                    System.out.flush();
                    System.exit(status);
                }
            }
        }
        System.exit(0);
    }

    /** Returns -1 to go on, or the status to exit with. */
    private static int run(JShell shell, Path script) throws Exception {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = Files.readString(script);
        while (!remaining.isBlank()) {
            String trimmed = remaining.stripLeading();
            if (trimmed.length() > 1 && trimmed.charAt(0) == '/' && Character.isLetter(trimmed.charAt(1))) {
                int end = trimmed.indexOf('\n');
                String command = (end < 0 ? trimmed : trimmed.substring(0, end)).trim();
                remaining = end < 0 ? "" : trimmed.substring(end + 1);
                if (command.equals("/exit") || command.startsWith("/exit ")) {
                    String code = command.substring(5).trim();
                    return code.isEmpty() ? 0 : Integer.parseInt(code);
                }
                System.err.println(script + ": only /exit is supported in scripts, not " + command);
                return 1;
            }
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            if (!info.completeness().isComplete()) {
                System.err.println(script + ": incomplete snippet at end of file:\n" + remaining.strip());
                return 1;
            }
            remaining = info.remaining();
            if (!evaluate(shell, script, info.source())) {
                return 1;
            }
        }
        return -1;
    }

    private static boolean evaluate(JShell shell, Path script, String source) {
        List<SnippetEvent> events = shell.eval(source);
        for (SnippetEvent event : events) {
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                System.err.println(script + ": this snippet does not compile:\n" + source.strip());
                shell.diagnostics(snippet).forEach(d -> System.err.println("  " + message(d)));
                return false;
            }
            if (event.exception() != null) {
                Exception e = event.exception();
                System.err.println(script + ": this snippet threw:\n" + source.strip());
                if (e instanceof EvalException ee) {
                    System.err.println("  " + ee.getExceptionClassName() + ": " + ee.getMessage());
                } else if (e instanceof UnresolvedReferenceException ure) {
                    System.err.println("  unresolved reference in " + ure.getSnippet().source());
                } else {
                    System.err.println("  " + e);
                }
                for (StackTraceElement frame : e.getStackTrace()) {
                    System.err.println("    at " + frame);
                }
                return false;
            }
        }
        return true;
    }

    private static String message(Diag diag) {
        return diag.getMessage(java.util.Locale.ENGLISH);
    }
}
