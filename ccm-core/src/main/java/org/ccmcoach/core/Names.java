package org.ccmcoach.core;

import java.util.Locale;
import java.util.Objects;

/** Normalization for look-ups by name: case, punctuation and spacing do not count. */
final class Names {

    private Names() {
    }

    /**
     * Lower-cases a name and turns every run of characters other than letters and digits into one
     * space, so that {@code "Self-Management Support"}, {@code "self management  support"} and
     * {@code "SELF_MANAGEMENT_SUPPORT"} are the same key.
     */
    static String normalize(String name) {
        Objects.requireNonNull(name, "name");
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
