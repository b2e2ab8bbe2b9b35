package org.ccmcoach.examples.docs;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The layout of a piece of Java source: which characters are code (string literals included) and
 * which are comments, the line of each character, and the line comment on each line. The runner
 * uses it to find the line a statement ends on and the {@code // ==>} or {@code // throws} comment
 * there, without being fooled by {@code //} inside a string.
 */
final class JavaText {

    private final String text;
    private final boolean[] code;
    private final int[] lineOf;
    private final Map<Integer, String> lineComments = new HashMap<>();

    JavaText(String text) {
        this.text = text;
        this.code = new boolean[text.length()];
        this.lineOf = new int[text.length()];
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            lineOf[i] = line;
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        scan();
    }

    private void scan() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                lineComments.putIfAbsent(lineOf[i], text.substring(i, end));
                i = end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                mark(i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 1);
                mark(i, end);
                i = end;
            } else {
                code[i] = !Character.isWhitespace(c);
                i++;
            }
        }
    }

    private void mark(int from, int to) {
        for (int k = from; k < to; k++) {
            code[k] = true;
        }
    }

    /** {@return the index of the first code character in [from, to), or -1} */
    int firstCode(int from, int to) {
        for (int k = from; k < to; k++) {
            if (code[k]) {
                return k;
            }
        }
        return -1;
    }

    /** {@return the index of the last code character in [from, to), or -1} */
    int lastCode(int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (code[k]) {
                return k;
            }
        }
        return -1;
    }

    /** {@return the 0-based line of a character} */
    int line(int index) {
        return lineOf[index];
    }

    /** {@return the line comment on a 0-based line, from its {@code //}} */
    Optional<String> lineComment(int line) {
        return Optional.ofNullable(lineComments.get(line));
    }

    /** {@return the length of the text} */
    int length() {
        return text.length();
    }
}
