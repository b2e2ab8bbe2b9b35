package org.ccmcoach.core.value;

/**
 * A count and its noun as a person reads them: {@code 1 subscale}, {@code 7 subscales}, never
 * {@code 1 subscales}.
 *
 * <pre>{@code
 * Plural.count(1, "crossing");                  // "1 crossing"
 * Plural.count(3, "practice");                  // "3 practices"
 * Plural.count(2, "activity", "activities");    // "2 activities"
 * }</pre>
 */
public final class Plural {

    private Plural() {
    }

    /**
     * The count and the noun, with an {@code s} unless the count is 1.
     *
     * @param n  the count
     * @param singular  the noun for one, taking a plain {@code s} for more
     * @return {@code "n noun"} or {@code "n nouns"}
     */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    /**
     * The count and the noun, irregular plurals given.
     *
     * @param n  the count
     * @param singular  the noun for one
     * @param plural  the noun for any other count
     * @return {@code "n singular"} or {@code "n plural"}
     */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
