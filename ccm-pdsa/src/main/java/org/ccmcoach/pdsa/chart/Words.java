package org.ccmcoach.pdsa.chart;

/** Counted nouns in the text a person reads: {@code 1 crossing}, {@code 2 crossings}. */
final class Words {

    private Words() {
    }

    /** The count and the noun, with an {@code s} unless the count is 1. */
    static String count(long n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }
}
