package org.ccmcoach.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

class Utf8ReaderProperties {

    /** Reads everything, asking for {@code ask} characters at a time from a stream that gives {@code give} bytes at a time. */
    private static String readAll(byte[] bytes, int give, int ask) throws IOException {
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, give));
            }
        };
        StringBuilder out = new StringBuilder();
        try (Utf8Reader reader = new Utf8Reader(trickle)) {
            char[] buffer = new char[ask];
            for (int n = reader.read(buffer, 0, ask); n >= 0; n = reader.read(buffer, 0, ask)) {
                out.append(buffer, 0, n);
            }
        }
        return out.toString();
    }

    /**
     * Any text without NUL, repeated past the 64 KiB buffer so that multi-byte characters straddle
     * reads, decodes as Java's own UTF-8 decoder decodes it, a leading byte-order mark skipped.
     */
    @Property(tries = 200)
    void decodes_as_the_jdk_does_however_the_bytes_arrive(@ForAll @StringLength(max = 40) String text,
                                                         @ForAll @IntRange(min = 1, max = 3000) int repeat,
                                                         @ForAll @IntRange(min = 1, max = 70_000) int give,
                                                         @ForAll @IntRange(min = 1, max = 9000) int ask,
                                                         @ForAll boolean mark) throws IOException {
        String clean = text.replace('\u0000', ' ');
        String expected = new String(clean.repeat(repeat).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        byte[] body = expected.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = body;
        if (mark) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        assertEquals(expected, readAll(bytes, give, ask));
    }

    /** A byte that is not UTF-8 after any number of good lines fails at its own line and column. */
    @Property(tries = 200)
    void a_foreign_byte_fails_at_its_line_and_column(@ForAll @IntRange(min = 0, max = 20_000) int lines,
                                                     @ForAll @IntRange(min = 0, max = 30) int before,
                                                     @ForAll @IntRange(min = 1, max = 70_000) int give) {
        byte[] good = ("é line\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length * lines + before + 1];
        for (int i = 0; i < lines; i++) {
            System.arraycopy(good, 0, bytes, i * good.length, good.length);
        }
        java.util.Arrays.fill(bytes, good.length * lines, good.length * lines + before, (byte) 'x');
        bytes[bytes.length - 1] = (byte) 0xE9; // Windows-1252's é, alone: not UTF-8
        Utf8Reader.Malformed e = assertThrows(Utf8Reader.Malformed.class, () -> readAll(bytes, give, 4096));
        assertEquals(lines + 1, e.line());
        assertEquals(before + 1, e.column());
    }
}
