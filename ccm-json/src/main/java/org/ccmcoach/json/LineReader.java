package org.ccmcoach.json;

import java.io.IOException;
import java.io.Reader;
import org.ccmcoach.core.value.Decimals;

/**
 * Reads lines of at most a given length, so that one endless line cannot fill the heap the way
 * {@link java.io.BufferedReader#readLine()} lets it. A line ends at {@code \n}, {@code \r\n} or {@code \r}.
 */
final class LineReader implements AutoCloseable {

    /** Thrown when a line is longer than allowed; the reader stops there. */
    static final class TooLong extends IOException {

        private static final long serialVersionUID = 1L;

        TooLong(int line, int max) {
            super("line " + line + " is longer than " + Decimals.grouped(max) + " characters");
        }
    }

    private final Reader in;
    private final int max;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private int line;
    private boolean skipNewline;

    LineReader(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line without its terminator, or null at the end. */
    String readLine() throws IOException {
        StringBuilder text = null;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (text == null) {
                        return null;
                    }
                    line++;
                    return text.toString();
                }
            }
            if (skipNewline) {
                skipNewline = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            if (text == null) {
                text = new StringBuilder(Math.min(position - start, max) + 16);
            }
            if (text.length() + (position - start) > max) {
                throw new TooLong(line + 1, max);
            }
            text.append(buffer, start, position - start);
            if (position < limit) {
                skipNewline = buffer[position] == '\r';
                position++;
                line++;
                return text.toString();
            }
        }
    }

    /** The number of the line last returned, from 1. */
    int line() {
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
