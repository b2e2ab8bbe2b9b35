package org.ccmcoach.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.core.value.PropertyPath;
import org.ccmcoach.core.value.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where values are in a JSON document: JSON Pointers from Jackson's paths and from a value's
 * property paths, and the line and column a pointer's value starts at, found by reading the
 * document again, only on the way to an error.
 */
final class JsonPositions {

    private JsonPositions() {
    }

    /** The pointer of the value Jackson was reading when it failed. */
    static JsonPointer pointer(List<JacksonException.Reference> path) {
        JsonPointer out = JsonPointer.empty();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                out = out.appendProperty(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                out = out.appendIndex(ref.getIndex());
            }
        }
        return out;
    }

    /**
     * The pointer of a violation's path within its value: names and keys are properties, indexes
     * are indexes; an element without an index points at its container.
     */
    static JsonPointer pointer(PropertyPath path) {
        JsonPointer out = JsonPointer.empty();
        for (PropertyPath.Segment segment : path.segments()) {
            if (segment instanceof PropertyPath.Name name) {
                out = out.appendProperty(name.name());
            } else if (segment instanceof PropertyPath.Key key) {
                out = out.appendProperty(key.key());
            } else if (segment instanceof PropertyPath.Index index) {
                out = out.appendIndex(index.index());
            } else {
                break;
            }
        }
        return out;
    }

    /** Where a value starts and its first token. */
    record Located(TokenStreamLocation location, JsonToken token) {
    }

    /**
     * Finds where the values at some pointers start, in one reading of the document (only on the way
     * to an error); a pointer the document does not hold is absent from the answer.
     */
    static Map<JsonPointer, Located> locateAll(Object json, Set<JsonPointer> pointers) {
        Map<JsonPointer, Located> found = new HashMap<>();
        walk(json, (here, parent, token, parser) -> {
            if (pointers.contains(here)) {
                found.putIfAbsent(here, new Located(parser.currentTokenLocation(), token));
            }
            return found.size() < pointers.size();
        });
        return found;
    }

    /** What a walk does at each value: {@return whether to go on} */
    private interface Visitor {
        boolean visit(JsonPointer here, Frame parent, JsonToken token, JsonParser parser);
    }

    /**
     * Reads the document once, giving each value's pointer (its container's frame, null at the top)
     * to a visitor until it says stop; a document that breaks off ends the walk where it breaks.
     */
    private static void walk(Object json, Visitor visitor) {
        try (JsonParser p = json instanceof String text ? CcmJson.strict().createParser(text) : CcmJson.strict().createParser((byte[]) json)) {
            Deque<Frame> frames = new ArrayDeque<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                Frame parent = frames.peek();
                if (t == JsonToken.PROPERTY_NAME) {
                    parent.name = p.currentName();
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    frames.pop();
                    continue;
                }
                JsonPointer here = parent == null ? JsonPointer.empty()
                        : parent.array ? parent.pointer.appendIndex(parent.index++) : parent.pointer.appendProperty(parent.name);
                if (!visitor.visit(here, parent, t, p)) {
                    return;
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    frames.push(new Frame(here, t == JsonToken.START_ARRAY));
                }
            }
        } catch (JacksonException e) {
            // The document breaks off; what was visited before stands.
        }
    }

    /**
     * Finds where the value at a pointer starts, by reading the document again (only on the way to
     * an error); null if the document does not hold it, or breaks off before it.
     */
    static Located locate(Object json, JsonPointer pointer) {
        return locateAll(json, Set.of(pointer)).get(pointer);
    }
    /** Keyed pointers resolved per document at most: past it, a problem keeps its keyed pointer. */
    static final int MAX_KEYS_RESOLVED = 100;

    /**
     * The pointer a rule's keyed path means in the document: a value's rules name list elements by
     * their id ({@code Instrument.items[b]}), the document holds them at an index ({@code /items/1}).
     * Each segment the document does not hold, under a list, is looked up as the element whose
     * {@code "id"} is that text; a segment found neither way leaves the pointer as it was.
     */
    static JsonPointer resolveKeys(Object json, JsonPointer wanted) {
        JsonPointer resolved = JsonPointer.empty();
        for (JsonPointer rest = wanted; !rest.matches(); rest = rest.tail()) {
            String segment = rest.getMatchingProperty();
            JsonPointer next = resolved.append(JsonPointer.compile("/" + escape(segment)));
            Located at = locate(json, next);
            if (at != null) {
                resolved = next;
                continue;
            }
            int index = indexById(json, resolved, segment);
            if (index < 0) {
                return wanted;
            }
            resolved = resolved.appendIndex(index);
        }
        return resolved;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** {@return the index of the object in the list at a pointer whose "id" is a text, or -1} */
    private static int indexById(Object json, JsonPointer list, String id) {
        int[] index = {-1};
        walk(json, (here, parent, token, parser) -> {
            if (token == JsonToken.VALUE_STRING && parent != null && !parent.array && parent.name.equals("id")
                    && list.equals(parent.pointer.head()) && parser.getString().equals(id)) {
                index[0] = parent.pointer.last().getMatchingIndex();
                return false;
            }
            return true;
        });
        return index[0];
    }

    private static final class Frame {
        final JsonPointer pointer;
        final boolean array;
        int index;
        String name = "";

        Frame(JsonPointer pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }

    /**
     * {@return whether a broken rule says only that a value is absent} ({@code must not be null},
     * {@code must not be blank} or {@code must not be empty} with no value): where the document leaves
     * the property out, it is reported as a required property that is missing.
     */
    static boolean saysAbsent(Problem v) {
        return v.value().isEmpty() && (v.rule().equals(Text.NOT_NULL_RULE) || v.rule().equals(Text.NOT_BLANK_RULE)
                || v.rule().equals("must not be empty"));
    }
}
