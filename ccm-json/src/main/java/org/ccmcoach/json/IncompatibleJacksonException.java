package org.ccmcoach.json;

/**
 * Thrown at the first use of ccm-json when the Jackson on the class path cannot run it: most often an
 * older {@code jackson-annotations} that an application's Jackson 2 dependencies chose (Maven keeps
 * the nearest version, and a Spring Boot 3 application's is nearer than ccm's). Without this check
 * the same application would fail later with a {@code NoClassDefFoundError} naming an annotation.
 *
 * <p>The message names what was found, where, what is needed, and the fix: import {@code ccm-bom}
 * before other BOMs, or pin {@code jackson-annotations}. It is a fault of the application's build,
 * not of any input, so it is not a {@link CcmJsonException}.
 */
public final class IncompatibleJacksonException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The versions found, as "jackson-databind X, jackson-annotations Y". */
    private final String found;
    /** The versions needed, in the same form. */
    private final String needed;

    /**
     * A verdict on the Jackson found; public for ccm-json's own packages, which check it.
     *
     * @param message  what is wrong and the fix
     * @param found  the versions found, as {@link #found()} gives them
     * @param needed  the versions needed, as {@link #needed()} gives them
     * @param cause  why a version could not be read, or null
     */
    public IncompatibleJacksonException(String message, String found, String needed, Throwable cause) {
        super(message, cause);
        this.found = found;
        this.needed = needed;
    }

    /**
     * The Jackson versions found on the class path, such as {@code "jackson-databind 3.2.4, jackson-annotations 2.18.2"}.
     *
     * @return the versions found; {@code "absent"} or {@code "unknown"} stand for a version that could not be read
     */
    public String found() {
        return found;
    }

    /**
     * The Jackson versions ccm-json needs, such as {@code "jackson-databind 3.2 or newer 3.x, jackson-annotations 2.22 or newer"}.
     *
     * @return the versions needed
     */
    public String needed() {
        return needed;
    }
}
