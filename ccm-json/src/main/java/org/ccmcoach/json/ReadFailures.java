package org.ccmcoach.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmcoach.core.value.CcmValidationException;
import org.ccmcoach.core.value.Location;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.json.internal.JsonSyntax;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns a failed read into a {@link CcmJsonException} in ccm's words: syntax and limits where the
 * document stops being JSON, each broken rule of a value at its own place in the document (a
 * required property left out at the object that lacks it), Jackson's own refusals at the place the
 * parser stopped. Only on the way to an error. {@link CcmJson} reads; this explains why it could not.
 */
final class ReadFailures {

    private ReadFailures() {
    }

    static CcmJsonException translate(RuntimeException e, Object json, JavaType type, int linesBefore) {
        // A document that is not JSON, or breaks a limit, is refused for that first, wherever binding
        // stopped (a property may be refused before the parser reaches a trailing comma): ccm finds the
        // first such place itself and says what is wrong there in its own words, whatever the parser's
        // message says. Only on the way to an error: one more pass over the document.
        // A limit is reported only where the parser stopped at one: reading may have failed before it.
        boolean atLimit = e instanceof StreamConstraintsException;
        java.util.Optional<JsonSyntax.Found> bad = json instanceof String text ? JsonSyntax.find(text, CcmJson.Limits.LIMITS, atLimit)
                : JsonSyntax.find((byte[]) json, CcmJson.Limits.LIMITS, atLimit);
        if (bad.isPresent()) {
            JsonSyntax.Found f = bad.get();
            Location.JsonValue where = Location.json(f.pointer(), linesBefore >= 0 ? f.line() + linesBefore : f.line(),
                    f.column());
            return new CcmJsonException("Cannot read " + CcmJson.name(type) + " at " + where + ": " + f.rule(),
                    List.of(Problem.of(where, f.rule())), e);
        }
        List<Problem> violations = violationsIn(e);
        String pointer;
        TokenStreamLocation location;
        JsonPointer base = JsonPointer.empty();
        if (e instanceof StreamReadException sre) {
            // Malformed JSON: the parser knows where it stopped; there is no value to find again.
            JsonParser parser = sre.processor();
            pointer = parser == null ? "" : parser.streamReadContext().pathAsPointer().toString();
            location = sre.getLocation();
        } else {
            // Point at the refused value; when it is a JSON object refused for a broken rule, point
            // into it, at the first broken property. A scalar (an identifier's string) is itself the value.
            JsonPointer refused = e instanceof JacksonException je ? JsonPositions.pointer(je.getPath()) : JsonPointer.empty();
            JsonPositions.Located at = JsonPositions.locate(json, refused);
            if (!violations.isEmpty() && at != null && at.token() == JsonToken.START_OBJECT) {
                base = refused;
                // The pointer names the broken property even where the document leaves it out.
                refused = refused.append(JsonPositions.pointer(violations.get(0).atProperty().path()));
                JsonPositions.Located inner = JsonPositions.locate(json, refused);
                at = inner != null ? inner : at;
            } else {
                base = null;
            }
            pointer = refused.toString();
            location = at != null ? at.location() : e instanceof JacksonException je ? je.getLocation() : null;
        }
        int line = lineOf(location, linesBefore);
        int column = location == null ? 0 : Math.max(0, location.getColumnNr());
        Location.JsonValue where = Location.json(pointer, line, column);
        if (violations.isEmpty()) {
            String detail = detail(e);
            return new CcmJsonException("Cannot read " + CcmJson.name(type) + " at " + where + ": " + detail,
                    List.of(Problem.of(where, detail)), e);
        }
        if (base == null) {
            return new CcmJsonException("Cannot read " + CcmJson.name(type) + " at " + where + ": " + listed(violations),
                    atOnePlace(violations, where), e);
        }
        Placed placed = located(json, base, violations, linesBefore, true);
        return new CcmJsonException("Cannot read " + CcmJson.name(type) + " at " + placed.problems().get(0).location() + ": "
                + String.join("; ", placed.details()), placed.problems(), e);
    }

    /** The problems of a value refused for broken rules, each at its place, and each as the message lists it. */
    record Placed(List<Problem> problems, List<String> details) {
    }

    private static int lineOf(TokenStreamLocation location, int linesBefore) {
        int line = location == null ? 0 : Math.max(0, location.getLineNr());
        if (linesBefore >= 0) {
            // A line of a larger file: the document is on one line, even where the parser could not tell.
            line = Math.max(line, 1) + linesBefore;
        }
        return line;
    }

    /** Broken rules of a value the document gives as one scalar (an identifier's string): all at that value. */
    private static List<Problem> atOnePlace(List<Problem> violations, Location.JsonValue where) {
        return violations.stream().map(v -> new Problem(where, v.rule(), v.value())).toList();
    }

    /**
     * Each broken rule at its own value in the document: the pointer of its property within the
     * object at {@code base}, or the nearest enclosing value the document holds. One pass over the
     * document, however many rules were broken.
     */
    static Placed located(Object json, JsonPointer base, List<Problem> violations, int linesBefore,
                                  boolean nameAbsent) {
        List<JsonPointer> wanted = new ArrayList<>(violations.size());
        Set<JsonPointer> targets = new HashSet<>();
        for (Problem v : violations) {
            JsonPointer p = base.append(JsonPositions.pointer(v.atProperty().path()));
            wanted.add(p);
            for (JsonPointer q = p; q != null; q = q.matches() ? null : q.head()) {
                targets.add(q);
            }
        }
        Map<JsonPointer, JsonPositions.Located> found = JsonPositions.locateAll(json, targets);
        // A rule names a list element by its id (Instrument.items[b]); the document holds it at an index.
        Set<JsonPointer> keyed = new HashSet<>();
        for (int i = 0, resolved = 0; i < wanted.size() && resolved < JsonPositions.MAX_KEYS_RESOLVED; i++) {
            JsonPointer p = wanted.get(i);
            if (!found.containsKey(p) && !(nameAbsent && JsonPositions.saysAbsent(violations.get(i)))) {
                resolved++;
                JsonPointer r = JsonPositions.resolveKeys(json, p);
                if (!r.equals(p)) {
                    wanted.set(i, r);
                    for (JsonPointer q = r; q != null; q = q.matches() ? null : q.head()) {
                        keyed.add(q);
                    }
                }
            }
        }
        if (!keyed.isEmpty()) {
            found.putAll(JsonPositions.locateAll(json, keyed));
        }
        List<Problem> problems = new ArrayList<>(violations.size());
        List<String> details = new ArrayList<>(violations.size());
        for (int i = 0; i < violations.size(); i++) {
            // Reading, the pointer names the broken property even where the document leaves it out
            // (nameAbsent); the line and column are those of the nearest value the document holds.
            JsonPointer p = wanted.get(i);
            JsonPointer holder = p;
            while (!found.containsKey(holder) && !holder.matches()) {
                holder = holder.head();
            }
            JsonPositions.Located at = found.get(holder);
            int line = at == null ? lineOf(null, linesBefore) : lineOf(at.location(), linesBefore);
            int column = at == null ? 0 : Math.max(0, at.location().getColumnNr());
            Problem v = violations.get(i);
            String missing = nameAbsent ? missingProperty(v, p, holder, at) : null;
            if (missing != null) {
                // A required property the document leaves out: at the object that lacks it, at its start.
                String rule = "required property \"" + missing + "\" is missing";
                problems.add(Problem.of(Location.json(holder.toString(), line, column), rule));
                details.add(rule);
            } else {
                problems.add(new Problem(Location.json((nameAbsent ? p : holder).toString(), line, column), v.rule(), v.value()));
                details.add(v.toString());
            }
        }
        return new Placed(List.copyOf(problems), List.copyOf(details));
    }

    /**
     * The name of the property a rule of absence (JsonPositions.saysAbsent) is about, when the document leaves it
     * out of an object it holds; null otherwise (the property is there, as {@code null}, or the rule is another).
     */
    private static String missingProperty(Problem v, JsonPointer wanted, JsonPointer holder, JsonPositions.Located at) {
        if (!JsonPositions.saysAbsent(v) || wanted.equals(holder) || at == null
                || at.token() != JsonToken.START_OBJECT) {
            return null;
        }
        JsonPointer step = wanted;
        while (!step.head().equals(holder)) {
            step = step.head();
        }
        return step.last().getMatchingProperty();
    }

    static String listed(List<Problem> violations) {
        return violations.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }

    private static List<Problem> violationsIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CcmValidationException cve) {
                return cve.problems();
            }
        }
        return List.of();
    }

    static String detail(RuntimeException e) {
        if (e instanceof UnrecognizedPropertyException upe) {
            return "unknown property \"" + upe.getPropertyName() + "\"; known properties: "
                    + upe.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException mie) {
            java.util.Optional<String> own = InputMismatch.describe(mie);
            if (own.isPresent()) {
                return own.get();
            }
        }
        if (e instanceof StreamConstraintsException sce) {
            return CcmJson.limit(sce.getOriginalMessage());
        }
        String message = e instanceof JacksonException je ? je.getOriginalMessage() : e.getMessage();
        if (message == null) {
            message = e.getClass().getSimpleName();
        }
        // Name public types, not generated ones: "org.ccmcoach.core.ImmutablePractice$Json" -> "Practice".
        return message.replaceAll("`?org\\.ccmcoach\\.[a-z.]+\\.Immutable(\\w+)(\\$Json)?`?", "`$1`")
                .replaceAll("org\\.ccmcoach\\.[a-z.]+\\.", "")
                .replace(" (but could if coercion was enabled using `CoercionConfig`)", "")
                .replace(" (but might if coercion using `CoercionConfig` was enabled)", "");
    }
}
