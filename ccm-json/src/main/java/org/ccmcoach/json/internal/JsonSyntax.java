package org.ccmcoach.json.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The first place where a text is not JSON (RFC 8259) or breaks a reading limit, in ccm's words:
 * {@code a property name must follow the comma (found '}')} rather than Jackson's
 * {@code Unexpected character ('}' (code 125))}.
 *
 * <p>It reads the document itself, on the way to an error only, so that what it says depends on the
 * document and not on the text of a parser's message. It finds what Jackson's strict parser refuses:
 * a trailing or missing comma, a name not in double quotes, single quotes, an unclosed string, object
 * or list, a control character in text, an invalid escape, a leading zero or a bare decimal point, a
 * non-number ({@code NaN}, {@code Infinity}), a comment, a word that is not {@code true}, {@code false}
 * or {@code null}, a repeated property name, content after the document, an empty document, and the
 * reading limits (nesting, string, number and document length).
 *
 * <p>Where: a problem inside a value (a string, a number, a word) is at that value's pointer and the
 * line and column of its first character; a problem between values (a comma, a colon, a closing
 * bracket, the end) is at the pointer of the object or list being read, with the line and column of
 * the character found there, or of the end of the document. Lines count from 1 ({@code \n},
 * {@code \r\n} and {@code \r} each end one); columns count characters from 1.
 */
public final class JsonSyntax {

    /**
     * The limits a reader keeps, each with the rule said when it is broken.
     *
     * @param depth  the deepest nesting read
     * @param depthRule  the rule when nesting is deeper
     * @param string  the longest string read, in characters
     * @param stringRule  the rule when a string is longer
     * @param number  the longest number read, in characters
     * @param numberRule  the rule when a number is longer
     * @param document  the longest document read, in characters
     * @param documentRule  the rule when the document is longer
     */
    public record Limits(int depth, String depthRule, int string, String stringRule, int number, String numberRule,
                         int document, String documentRule) {

        /**
         * Checks the rules are given.
         *
         * @param depth  the deepest nesting read
         * @param depthRule  the rule when nesting is deeper, not null
         * @param string  the longest string read, in characters
         * @param stringRule  the rule when a string is longer, not null
         * @param number  the longest number read, in characters
         * @param numberRule  the rule when a number is longer, not null
         * @param document  the longest document read, in characters
         * @param documentRule  the rule when the document is longer, not null
         */
        public Limits {
            Objects.requireNonNull(depthRule, "depthRule");
            Objects.requireNonNull(stringRule, "stringRule");
            Objects.requireNonNull(numberRule, "numberRule");
            Objects.requireNonNull(documentRule, "documentRule");
        }
    }

    /**
     * Where a document stops being JSON, and why.
     *
     * @param pointer  the JSON Pointer of the value or container, empty for the document
     * @param line  the line, from 1
     * @param column  the column, from 1
     * @param rule  what is wrong, in ccm's words
     */
    public record Found(String pointer, int line, int column, String rule) {
    }

    private static final String VALUE_KINDS = "text in double quotes, a number, true, false, null, an object or a list";

    private final CharSequence s;
    private final int n;
    private final Limits limits;
    private final boolean reportLimits;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private int i;

    private JsonSyntax(CharSequence s, Limits limits, boolean reportLimits) {
        this.s = s;
        this.n = s.length();
        this.limits = limits;
        this.reportLimits = reportLimits;
    }

    /**
     * {@return the first problem of a document given as text, or empty if it is JSON within the limits}
     *
     * @param text  the document, not null
     * @param limits  the limits to check, not null
     * @param reportLimits  whether a broken limit is the problem found (the parser stopped at it); if
     *     not, reading ends there with nothing found, as the parser never read that far
     */
    public static Optional<Found> find(CharSequence text, Limits limits, boolean reportLimits) {
        return new JsonSyntax(Objects.requireNonNull(text, "text"), Objects.requireNonNull(limits, "limits"),
                reportLimits).run();
    }

    /**
     * {@return the first problem of a document given as UTF-8 bytes; empty if it is JSON within the
     * limits, not UTF-8, or longer than the document limit (which the parser reports in its own way)}
     *
     * @param utf8  the document, not null
     * @param limits  the limits to check, not null
     * @param reportLimits  as for {@link #find(CharSequence, Limits, boolean)}
     */
    public static Optional<Found> find(byte[] utf8, Limits limits, boolean reportLimits) {
        if (utf8.length > limits.document()) {
            return Optional.empty();   // not decoded: the parser's place for it stands
        }
        try {
            CharSequence text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8));
            return find(text, limits, reportLimits);
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    /** A problem found; unwinds the reading. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Found found;

        /** A problem, or null where reading ends with nothing to report. */
        Stop(Found found) {
            super(null, null, false, false);
            this.found = found;
        }
    }

    /** An object or list being read. */
    private static final class Frame {
        final boolean list;
        final String pointer;
        final int opened;
        int index = -1;
        String name;
        Map<String, Integer> names;

        Frame(boolean list, String pointer, int opened) {
            this.list = list;
            this.pointer = pointer;
            this.opened = opened;
        }
    }

    private Optional<Found> run() {
        try {
            if (n > limits.document()) {
                throw limit("", limits.document(), limits.documentRule());
            }
            if (n > 0 && s.charAt(0) == '\uFEFF') {
                i = 1;   // a byte-order mark, which the parser skips
            }
            space();
            if (i == n) {
                throw stop("", i, "the document is empty");
            }
            value("the document");
            while (true) {
                Frame top = frames.peek();
                space();
                if (top == null) {
                    if (i < n) {
                        throw stop("", i, "content after the end of the document (found " + found(i)
                                + "); a document holds one value");
                    }
                    return Optional.empty();
                }
                if (i == n) {
                    throw stop(top.pointer, i, "unexpected end of document: the " + kind(top) + " opened at " + place(top.opened)
                            + " is not closed");
                }
                char c = s.charAt(i);
                if (c == ',') {
                    i++;
                    space();
                    if (top.list) {
                        if (i < n && s.charAt(i) == ']') {
                            throw stop(top.pointer, i, "a value must follow the comma (found ']')");
                        }
                        top.index++;
                        value("the comma");
                    } else {
                        member(top, true);
                    }
                } else if (c == (top.list ? ']' : '}')) {
                    i++;
                    frames.pop();
                } else if (c == ']' || c == '}') {
                    throw stop(top.pointer, i, "'" + c + "' cannot close the " + kind(top) + " opened at " + place(top.opened)
                            + "; it needs '" + (top.list ? ']' : '}') + "'");
                } else {
                    throw stop(top.pointer, i, top.list ? "missing comma or ']' between values (found " + found(i) + ")"
                            : "missing comma or '}' between properties (found " + found(i) + ")");
                }
            }
        } catch (Stop stop) {
            return Optional.ofNullable(stop.found);
        }
    }

    /** A property of an object: its name, the colon and its value; after '{' or a comma. */
    private void member(Frame object, boolean afterComma) {
        if (i == n) {
            throw stop(object.pointer, i, "unexpected end of document: the object opened at " + place(object.opened)
                    + " is not closed");
        }
        char c = s.charAt(i);
        if (c != '"') {
            String rule;
            if (c == '}' && afterComma) {
                rule = "a property name must follow the comma (found '}')";
            } else if (c == '\'' || isWordStart(c) || Character.isDigit(c)) {
                rule = "a property name must be in double quotes (found " + found(i) + ")";
            } else {
                rule = "a property name in double quotes must follow " + (afterComma ? "the comma" : "'{'") + " (found "
                        + found(i) + ")";
            }
            throw stop(object.pointer, i, rule);
        }
        int start = i;
        String name = string(object.pointer, true);
        if (object.names == null) {
            object.names = new HashMap<>();
        }
        Integer first = object.names.putIfAbsent(name, start);
        object.name = name;
        String pointer = child(object);
        if (first != null) {
            throw stop(pointer, start, "property \"" + name.replace("\"", "\\\"") + "\" is given twice (first at "
                    + place(first) + ")");
        }
        space();
        if (i == n || s.charAt(i) != ':') {
            throw stop(pointer, i, i == n ? "unexpected end of document: a colon and a value must follow"
                    + " property name \"" + name + "\"" : "a colon must follow property name \"" + name + "\" (found "
                    + found(i) + ")");
        }
        i++;
        space();
        value("the colon");
    }

    /** A value at the current place; opens a frame for an object or list. */
    private void value(String after) {
        Frame parent = frames.peek();
        String pointer = parent == null ? "" : child(parent);
        if (i == n) {
            throw stop(parent == null ? "" : parent.pointer, i, "unexpected end of document: a value must follow " + after);
        }
        char c = s.charAt(i);
        switch (c) {
            case '{', '[' -> {
                if (frames.size() >= limits.depth()) {
                    throw limit(pointer, i, limits.depthRule());
                }
                Frame frame = new Frame(c == '[', pointer, i);
                frames.push(frame);
                i++;
                space();
                if (i < n && s.charAt(i) == (c == '[' ? ']' : '}')) {
                    i++;
                    frames.pop();
                } else if (c == '[') {
                    frame.index = 0;
                    value("'['");
                } else {
                    member(frame, false);
                }
            }
            case '"' -> string(pointer, false);
            case '\'' -> throw stop(pointer, i, "text must be in double quotes (found a single quote)");
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    number(pointer);
                } else if (isWordStart(c)) {
                    word(pointer);
                } else if (c == '+' || c == '.') {
                    throw stop(pointer, i, "a number must start with a digit or '-' (found " + found(i) + ")");
                } else if ((c == ']' || c == '}' || c == ',') && parent != null || c == ':') {
                    throw stop(pointer, i, "a value must follow " + after + " (found " + found(i) + ")");
                } else {
                    throw stop(pointer, i, "unexpected " + found(i) + " where a value belongs: " + VALUE_KINDS);
                }
            }
        }
    }

    /** A word where a value belongs: true, false, null, or a problem. */
    private void word(String pointer) {
        int start = i;
        while (i < n && (isWordStart(s.charAt(i)) || Character.isDigit(s.charAt(i)))) {
            i++;
        }
        String w = s.subSequence(start, i).toString();
        if (w.equals("true") || w.equals("false") || w.equals("null")) {
            return;
        }
        if (w.equals("NaN") || w.equals("Infinity")) {
            throw stop(pointer, start, notFinite(w));
        }
        throw stop(pointer, start, "unknown word " + shown(w) + ": a value is " + VALUE_KINDS);
    }

    private static String notFinite(String token) {
        return "must be a finite JSON number (was " + token + ", which JSON does not allow)";
    }

    /** A number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
    private void number(String pointer) {
        int start = i;
        if (s.charAt(i) == '-') {
            i++;
            if (i < n && isWordStart(s.charAt(i))) {
                int end = i;
                while (end < n && (isWordStart(s.charAt(end)) || isDigit(s.charAt(end)))) {
                    end++;
                }
                if (s.subSequence(i, end).toString().equals("Infinity")) {
                    throw stop(pointer, start, notFinite("-Infinity"));
                }
            }
            if (i == n || !isDigit(s.charAt(i))) {
                throw stop(pointer, start, "a digit must follow '-' (found " + found(i) + ")");
            }
        }
        if (s.charAt(i) == '0' && i + 1 < n && isDigit(s.charAt(i + 1))) {
            int end = i + 1;
            while (end < n && isDigit(s.charAt(end))) {
                end++;
            }
            throw stop(pointer, start, "a number must not start with 0 (found " + shown(s.subSequence(start, end)) + ")");
        }
        digits();
        if (i < n && s.charAt(i) == '.') {
            i++;
            if (i == n || !isDigit(s.charAt(i))) {
                throw stop(pointer, i, "a digit must follow the decimal point (found " + found(i) + ")");
            }
            digits();
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (i == n || !isDigit(s.charAt(i))) {
                throw stop(pointer, i, "a digit must follow the exponent (found " + found(i) + ")");
            }
            digits();
        }
        if (i - start > limits.number()) {
            throw limit(pointer, start, limits.numberRule());
        }
    }

    private void digits() {
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
    }

    /** A string from its opening quote; returns its text only for a name. */
    private String string(String pointer, boolean name) {
        int open = i;
        i++;
        StringBuilder text = name ? new StringBuilder() : null;
        int length = 0;
        while (true) {
            if (i == n) {
                throw stop(pointer, open, "unclosed string: the text that starts here has no closing quote");
            }
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                return name ? text.toString() : "";
            }
            if (length == limits.string()) {
                throw limit(pointer, open, limits.stringRule());   // as the parser does, before the string ends
            }
            if (c == '\n' || c == '\r') {
                throw stop(pointer, open, "unclosed string: the text that starts here has no closing quote on its line"
                        + " (a line break in text is written \\n)");
            }
            if (c < 0x20) {
                throw stop(pointer, i, "control character " + String.format("U+%04X", (int) c) + " must be escaped in text"
                        + (c == '\t' ? " (a tab is written \\t)" : " (as \\u" + String.format("%04x", (int) c) + ")"));
            }
            if (c == '\\') {
                if (i + 1 == n) {
                    throw stop(pointer, open, "unclosed string: the text that starts here has no closing quote");
                }
                char e = s.charAt(i + 1);
                if (e == 'u') {
                    int end = Math.min(n, i + 6);
                    for (int k = i + 2; k < i + 6; k++) {
                        if (k >= n || Character.digit(s.charAt(k), 16) < 0) {
                            throw stop(pointer, i, "invalid escape " + shown(s.subSequence(i, end))
                                    + ": \\u needs four hex digits");
                        }
                    }
                    if (name) {
                        text.append((char) Integer.parseInt(s.subSequence(i + 2, i + 6).toString(), 16));
                    }
                    i += 6;
                } else if ("\"\\/bfnrt".indexOf(e) >= 0) {
                    if (name) {
                        text.append(switch (e) {
                            case 'b' -> '\b';
                            case 'f' -> '\f';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case 't' -> '\t';
                            default -> e;
                        });
                    }
                    i += 2;
                } else {
                    throw stop(pointer, i, "invalid escape " + shown("\\" + e)
                            + " in text (JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)");
                }
            } else {
                if (name) {
                    text.append(c);
                }
                i++;
            }
            length++;
        }
    }

    /** Skips white space; a comment is a problem. */
    private void space() {
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (c == '/' && i + 1 < n && (s.charAt(i + 1) == '/' || s.charAt(i + 1) == '*')) {
                Frame top = frames.peek();
                throw stop(top == null ? "" : top.pointer, i, "JSON has no comments (found " + s.charAt(i) + s.charAt(i + 1) + ")");
            } else {
                return;
            }
        }
    }

    /** The pointer of the value a container is reading: its current name or index. */
    private static String child(Frame frame) {
        return frame.pointer + "/" + (frame.list ? String.valueOf(frame.index)
                : frame.name.replace("~", "~0").replace("/", "~1"));
    }

    private static String kind(Frame frame) {
        return frame.list ? "list" : "object";
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '$';
    }

    /** The character at an offset as a message shows it: {@code '}'}, {@code U+0007}, or the end of the document. */
    private String found(int at) {
        if (at >= n) {
            return "the end of the document";
        }
        char c = s.charAt(at);
        if (c < 0x20 || c == 0x7f || Character.isWhitespace(c) || Character.isSurrogate(c)) {
            return String.format("U+%04X", (int) c);
        }
        if (isWordStart(c) || isDigit(c)) {
            int end = at;
            while (end < n && end - at < 20 && (isWordStart(s.charAt(end)) || isDigit(s.charAt(end)))) {
                end++;
            }
            return shown(s.subSequence(at, end));
        }
        return c == '\'' ? "a single quote" : "'" + c + "'";
    }

    private static String shown(CharSequence text) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < text.length() && k < 40; k++) {
            char c = text.charAt(k);
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    /** {@return "line L, column C" of an offset} */
    private String place(int offset) {
        int[] lc = lineAndColumn(offset);
        return "line " + lc[0] + ", column " + lc[1];
    }

    /** A broken limit: the problem found, or the end of reading when limits are not reported. */
    private Stop limit(String pointer, int offset, String rule) {
        return reportLimits ? stop(pointer, offset, rule) : new Stop(null);
    }

    private Stop stop(String pointer, int offset, String rule) {
        int[] lc = lineAndColumn(offset);
        return new Stop(new Found(pointer, lc[0], lc[1], rule));
    }

    /** The line and column of an offset: one pass from the start, on the way to an error only. */
    private int[] lineAndColumn(int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, n);
        for (int k = 0; k < end; k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r' && (k + 1 >= n || s.charAt(k + 1) != '\n')) {
                line++;
                lineStart = k + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
