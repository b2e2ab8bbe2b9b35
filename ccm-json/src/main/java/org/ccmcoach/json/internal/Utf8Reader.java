package org.ccmcoach.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes UTF-8 strictly and knows the line of every character it hands out, so that a file saved
 * in another encoding fails at its true line however far a parser reads ahead.
 *
 * <p>A leading UTF-8 byte-order mark is skipped. A UTF-16 byte-order mark (Excel's "Unicode Text")
 * and a NUL character (UTF-16 without a mark is mostly NULs for Latin text) fail at once; a byte
 * sequence that is not UTF-8 (Windows-1252's {@code é} is the single byte {@code 0xE9}) fails after
 * the characters before it have been read, so that a parser has consumed them and stands at the
 * bad byte. Failures are {@link Malformed}, an {@link IOException} that parsers pass on as a cause.
 */
public final class Utf8Reader extends Reader {

    /** Why text cannot be read, and where: the line and column of the first character that is not UTF-8. */
    public static final class Malformed extends IOException {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final int column;

        Malformed(int line, int column, String reason) {
            super("line " + line + ", column " + column + ": " + reason);
            this.line = line;
            this.column = column;
        }

        /** {@return the line of the first character that is not UTF-8, from 1} */
        public int line() {
            return line;
        }

        /** {@return the column of the first character that is not UTF-8, from 1} */
        public int column() {
            return column;
        }

        /** {@return the reason without its place, for messages that give the place their own way} */
        public String reason() {
            String m = getMessage();
            return m.substring(m.indexOf(": ") + 2);
        }
    }

    private static final String SAVE_AS = "save the file as UTF-8 (in Excel: Save As, \"CSV UTF-8\")";

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean started;
    private boolean ended;
    private Malformed pending;
    private int line = 1;
    private int column = 1;

    /**
     * Reads UTF-8 from a stream, which closing this reader closes.
     *
     * @param in  the bytes, not null
     */
    public Utf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
        chars.flip(); // empty, ready to be read from
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (pending != null) {
                throw pending;
            }
            if (ended) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (c == '\n') {
                line++;
                column = 1;
            } else if (c == 0) {
                throw new Malformed(line, column, "holds a NUL character, as UTF-16 text does; " + SAVE_AS);
            } else {
                column++;
            }
        }
        return n;
    }

    /** Decodes more characters; on bad input, keeps what came before it and remembers the failure. */
    private void fill() throws IOException {
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read > 0) {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
        if (!started) {
            if (bytes.remaining() < 3 && read > 0) {
                bytes.compact();
                return; // wait for enough bytes to see a byte-order mark
            }
            started = true;
            skipMark();
        }
        chars.clear();
        boolean last = read < 0;
        CoderResult result = decoder.decode(bytes, chars, last);
        if (result.isError()) {
            int bad = bytes.get(bytes.position()) & 0xFF;
            int at = chars.position();
            chars.flip();
            int badLine = line;
            int badColumn = column;
            for (int i = 0; i < at; i++) {
                if (chars.get(i) == '\n') {
                    badLine++;
                    badColumn = 1;
                } else {
                    badColumn++;
                }
            }
            pending = new Malformed(badLine, badColumn, String.format("is not UTF-8 (byte 0x%02X)%s; %s", bad,
                    bad >= 0x80 && bad <= 0xFF ? ", as Windows-1252 or Latin-1 text has" : "", SAVE_AS));
            bytes.compact();
            return;
        }
        if (last && result.isUnderflow()) {
            decoder.flush(chars);
            ended = true;
        }
        chars.flip();
        bytes.compact();
    }

    private void skipMark() throws Malformed {
        int n = bytes.remaining();
        int b0 = n > 0 ? bytes.get(0) & 0xFF : -1;
        int b1 = n > 1 ? bytes.get(1) & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && n > 2 && (bytes.get(2) & 0xFF) == 0xBF) {
            bytes.position(3);
        } else if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF) {
            throw new Malformed(1, 1, "is UTF-16 text (Excel's \"Unicode Text\"), not UTF-8; " + SAVE_AS);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
