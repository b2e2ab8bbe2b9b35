package org.ccmcoach.fuzz.hostile;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
import org.ccmcoach.core.value.CcmInputException;

/**
 * Runs one probe in this JVM and prints its outcome as the last line of standard output: {@code
 * probe: read <ms> <words>} or {@code probe: refused <ms> <exception>: <message excerpt>}, exit 0;
 * {@code probe: failed <ms> <throwable>}, exit 1 (an {@code OutOfMemoryError}: exit 3). The time is
 * the probe method's own, without the JVM's start.
 *
 * <p>Arguments: the probe class's simple name and the method's name.
 */
public final class ProbeMain {

    private ProbeMain() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        Class<?> type = Class.forName(ProbeMain.class.getPackageName() + "." + args[0]);
        Method method = type.getDeclaredMethod(args[1]);
        method.setAccessible(true);
        long start = System.nanoTime();
        try {
            Object words = method.invoke(null);
            report("read", start, String.valueOf(words));
            System.exit(0);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CcmInputException) {
                report("refused", start, cause.getClass().getSimpleName() + ": " + cause.getMessage());
                System.exit(0);
            }
            report("failed", start, String.valueOf(cause));
            cause.printStackTrace();
            System.exit(cause instanceof OutOfMemoryError ? 3 : 1);
        }
    }

    private static void report(String outcome, long start, String words) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        String line = words.replaceAll("\\s+", " ");
        if (line.length() > 300) {
            line = line.substring(0, 300) + "…";
        }
        System.out.flush();
        System.out.println(String.format(Locale.ROOT, "probe: %s %d %s", outcome, millis, line));
        System.out.flush();
    }
}
