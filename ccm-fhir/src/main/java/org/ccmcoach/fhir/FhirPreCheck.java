package org.ccmcoach.fhir;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.json.CcmJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * {@link FhirJson}'s check of a document before HAPI's parser sees it: UTF-8 (a byte-order mark
 * skipped, other encodings refused at their first foreign character), one well-formed JSON object
 * without a repeated property, and every limit (depth, strings, numbers written out, values, Bundle
 * entries) in one streaming pass, each broken limit refused at its line and column in ccm's words.
 */
final class FhirPreCheck {

    private FhirPreCheck() {
    }

    private static final String SAVE_AS = "FHIR JSON is UTF-8: save the file as UTF-8";

    /**
     * Where the text starts: after a UTF-8 byte-order mark, which is skipped (HAPI's parser would take
     * it for content). Text in another encoding is refused as ccm's other readers refuse it, at the
     * line and column of its first foreign character with advice to save it as UTF-8: a UTF-16
     * byte-order mark at once, a NUL character (UTF-16 without a mark is mostly NULs for Latin text,
     * and JSON has none), a byte sequence that is not UTF-8 (Windows-1252's {@code é} is the single
     * byte {@code 0xE9}). Decoded a block at a time, so the check costs no copy of the document.
     */
    static int utf8(byte[] json, String name) {
        int start = 0;
        if (json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF) {
            start = 3;
        } else if (json.length >= 2 && ((json[0] & 0xFF) == 0xFF && (json[1] & 0xFF) == 0xFE
                || (json[0] & 0xFF) == 0xFE && (json[1] & 0xFF) == 0xFF)) {
            throw new CcmFhirException(name, List.of(Problem.of(Location.text(1, 1),
                    "is UTF-16 text, not UTF-8; " + SAVE_AS)));
        }
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json, start, json.length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(1 << 13);
        long line = 1;
        long column = 1;
        while (true) {
            java.nio.charset.CoderResult result = decoder.decode(in, out, true);
            out.flip();
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == 0) {
                    throw new CcmFhirException(name, List.of(Problem.of(Location.text(line, column),
                            "holds a NUL character, as UTF-16 text does; " + SAVE_AS)));
                }
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            out.clear();
            if (result.isError()) {
                int bad = json[in.position()] & 0xFF;
                throw new CcmFhirException(name, List.of(Problem.of(Location.text(line, column), String.format(
                        java.util.Locale.ROOT, "is not UTF-8 (byte 0x%02X)%s; %s", bad, bad >= 0x80
                                ? ", as Windows-1252 or Latin-1 text has" : "", SAVE_AS))));
            }
            if (result.isUnderflow()) {
                return start;
            }
        }
    }

    /**
     * Well-formed, no repeated property, and within ccm's reading limits, with the resource type
     * asked for: one pass of ccm-json's strict streaming parser (its limits on depth, strings and
     * digits, its duplicate detection), with FHIR's own limits on values, entries and numbers'
     * plain length. In memory of the depth and of the numbers and booleans seen (their pointers,
     * for FhirJson's strictness walk), so that a document costs HAPI's model and no second tree, and a
     * document beyond a limit costs no model at all.
     */
    static java.util.Map<String, JsonToken> checkJson(byte[] json, int start, String name) {
        String resourceType = null;
        java.util.Map<String, JsonToken> scalars = new java.util.HashMap<>();
        try (JsonParser parser = CcmJson.mapper().createParser(json, start, json.length - start)) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new CcmFhirException(name, List.of(FhirProblems.of("the document",
                            "must be a JSON object, a FHIR resource")));
                }
                int depth = 1;
                long values = 1;
                int entryDepth = -1; // the depth inside a Bundle's entry list, while in it
                long entries = 0;
                while (depth > 0) {
                    JsonToken t = parser.nextToken();
                    if (t == null) { // Jackson reports an unclosed object itself; this guards the loop
                        throw new CcmFhirException(name, List.of(FhirProblems.of("the document", "must close its object")));
                    }
                    if (t.isStructEnd()) {
                        depth--;
                        if (depth < entryDepth) {
                            entryDepth = -1;
                        }
                        continue;
                    }
                    if (t == JsonToken.PROPERTY_NAME) {
                        if (depth == 1 && "resourceType".equals(parser.currentName())) {
                            JsonToken value = parser.nextToken();
                            values++;
                            resourceType = value == JsonToken.VALUE_STRING ? parser.getString() : "";
                            if (value.isStructStart()) {
                                depth++;
                            }
                        }
                        continue;
                    }
                    if (++values > FhirJson.MAX_VALUES) {
                        throw limit(name, parser, "the document holds more than " + grouped(FhirJson.MAX_VALUES) + " JSON values,"
                                + " the most ccm reads as one FHIR resource (FhirJson.MAX_VALUES): split it, such as a"
                                + " Bundle into several");
                    }
                    // a top-level "entry" list is a Bundle's (no other R4 resource has one), wherever
                    // the document puts its resourceType
                    if (depth == entryDepth && ++entries > FhirJson.MAX_ENTRIES) {
                        throw limit(name, parser, "the Bundle holds more than " + grouped(FhirJson.MAX_ENTRIES) + " entries, the"
                                + " most ccm reads in one (FhirJson.MAX_ENTRIES): split it into several");
                    }
                    if (t.isStructStart()) {
                        depth++;
                        if (t == JsonToken.START_ARRAY && depth == 2 && "entry".equals(parser.currentName())) {
                            entryDepth = depth;
                        }
                    } else if (t == JsonToken.VALUE_STRING) {
                        String text = parser.getString();
                        if (looksLikeNumberOrBoolean(text)) { // HAPI reads "2" as a number without a word
                            scalars.put(parser.streamReadContext().pathAsPointer().toString(), t);
                        }
                    } else if (t.isScalarValue() && t != JsonToken.VALUE_NULL) { // HAPI reads 2 as the string "2" unsaid
                        if (t.isNumeric() && plainLength(parser.getString()) > CcmJson.MAX_NUMBER_LENGTH) {
                            throw limit(name, parser, "a number is longer than " + grouped(CcmJson.MAX_NUMBER_LENGTH)
                                    + " digits written out (" + shortened(parser.getString()) + "), the most ccm reads"
                                    + " (CcmJson.MAX_NUMBER_LENGTH): no FHIR value needs more");
                        }
                        scalars.put(parser.streamReadContext().pathAsPointer().toString(), t);
                    }
                }
                if (parser.nextToken() != null) { // HAPI would read the first value and drop the rest unseen
                    TokenStreamLocation at = parser.currentTokenLocation();
                    throw new CcmFhirException(name, List.of(Problem.of(Location.text(at.getLineNr(), at.getColumnNr()),
                            "must end after the resource: a document holds one")));
                }
            } catch (tools.jackson.core.exc.StreamConstraintsException e) {
                throw limit(name, parser, constraint(e.getOriginalMessage()));
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            Location where = at != null && at.getLineNr() > 0 ? Location.text(at.getLineNr(), at.getColumnNr())
                    : Location.json("", 0, 0);
            throw new CcmFhirException(name, List.of(Problem.of(where, syntax(e.getOriginalMessage()))));
        }
        if (resourceType == null || resourceType.isEmpty()) {
            throw new CcmFhirException(name, List.of(FhirProblems.of("resourceType", "must be given as \"" + name + "\"")));
        }
        if (!resourceType.equals(name)) {
            throw new CcmFhirException(name, List.of(FhirProblems.of("resourceType", "must be " + name, resourceType)));
        }
        return scalars;
    }

    /** A broken reading limit, at the line and column where the value breaking it starts. */
    private static CcmFhirException limit(String name, JsonParser parser, String rule) {
        TokenStreamLocation at = parser.currentTokenLocation();
        Location where = at != null && at.getLineNr() > 0 ? Location.text(at.getLineNr(), at.getColumnNr())
                : Location.json(parser.streamReadContext().pathAsPointer().toString(), 0, 0);
        return new CcmFhirException(name, List.of(Problem.of(where, rule)));
    }

    /** A limit of ccm-json's parser that a value broke, in ccm's words, as ccm-json says it. */
    private static String constraint(String jackson) {
        String said = jackson == null ? "" : jackson;
        if (said.startsWith("String value length")) {
            return "a string is longer than " + grouped(CcmJson.MAX_STRING_LENGTH) + " characters, the most read"
                    + " (CcmJson.MAX_STRING_LENGTH)";
        }
        if (said.startsWith("Number value length") || said.startsWith("Number length")) {
            return "a number is longer than " + grouped(CcmJson.MAX_NUMBER_LENGTH) + " digits, the most read"
                    + " (CcmJson.MAX_NUMBER_LENGTH)";
        }
        if (said.startsWith("Document nesting depth") || said.startsWith("Depth")) {
            return "the document nests deeper than " + CcmJson.MAX_NESTING_DEPTH + " levels, the most read"
                    + " (CcmJson.MAX_NESTING_DEPTH)";
        }
        if (said.startsWith("Name length")) {
            return "a property name is longer than ccm reads: " + firstLine(said);
        }
        return "breaks a reading limit: " + firstLine(said);
    }

    private static String grouped(long n) {
        return org.ccmcoach.core.value.Decimals.grouped(n);
    }

    /** A number's text for a message: at most 40 characters of it. */
    private static String shortened(String number) {
        return number.length() <= 40 ? number : number.substring(0, 40) + "… (" + number.length() + " characters)";
    }

    /**
     * How long a JSON number is written out in plain digits, as HAPI's parser writes it
     * ({@code BigDecimal.toPlainString}, which for {@code 1e999999999} is a billion characters): at
     * least its digits, plus the zeros its exponent adds. {@link Long#MAX_VALUE} for an exponent
     * beyond what a BigDecimal holds. The text itself is at most {@value CcmJson#MAX_NUMBER_LENGTH}
     * digits (ccm-json's parser bounds it), so this costs little.
     */
    static long plainLength(String number) {
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException | ArithmeticException e) {
            return Long.MAX_VALUE;
        }
        long digits = value.precision();
        long scale = value.scale();
        // 1E+3 is "1000"; 123.45 keeps its digits and a point; 0.001 is "0." and its scale in digits
        long length = scale <= 0 ? digits - scale : scale < digits ? digits + 1 : scale + 2;
        return length + (value.signum() < 0 ? 1 : 0);
    }

    /** A JSON string HAPI's parser would take for a number or boolean: what R4's JSON refuses there. */
    static boolean looksLikeNumberOrBoolean(String text) {
        if (text.equals("true") || text.equals("false")) {
            return true;
        }
        if (text.isEmpty() || text.length() > 400) {
            return false;
        }
        char c = text.charAt(0);
        if (c != '-' && c != '+' && c != '.' && (c < '0' || c > '9')) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) { // a date (2026-01-01) or a code (1234-5) fails here, without an exception
            char d = text.charAt(i);
            boolean sign = (d == '+' || d == '-') && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E');
            if (!Character.isDigit(d) && d != '.' && d != 'e' && d != 'E' && !sign) { // BigDecimal reads any Unicode digit
                return false;
            }
        }
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Jackson's syntax message, in ccm's words where ccm-json has them (a property given twice). */
    static String syntax(String message) {
        java.util.regex.Matcher twice = DUPLICATE.matcher(message == null ? "" : message);
        if (twice.lookingAt()) {
            return "the property " + Problem.show(twice.group(1)) + " is given twice: HAPI's parser would keep the"
                    + " last silently; give it once";
        }
        return firstLine(message);
    }

    /** Jackson 3's message for a repeated property. */
    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("Duplicate Object property \"(.*)\"");

    static String firstLine(String message) {
        if (message == null) {
            return "no detail given";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
