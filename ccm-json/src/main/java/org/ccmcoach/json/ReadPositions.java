package org.ccmcoach.json;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that notes where each value of one ccm value starts while an application's mapper reads
 * it, so that a rule broken after the value is read (an answer off its instrument's scale) is placed
 * at its own JSON value, as {@link CcmJson} places it by reading its document again. A mapper's input
 * may be a stream that cannot be read again, so the places are noted on the way: per value, its
 * token, the property name (shared with the parser) and its line and column, about 16 bytes.
 */
final class ReadPositions extends JsonParserDelegate {

    /** The pointer of the first value noted, the ccm value read. */
    private final JsonPointer base;
    private JsonToken[] tokens = new JsonToken[16];
    private String[] names = new String[16];
    private int[] lines = new int[16];
    private int[] columns = new int[16];
    private int size;

    /** Starts noting at the parser's current token, the first of the ccm value about to be read. */
    ReadPositions(JsonParser parser) {
        super(parser);
        JsonPointer at = parser.streamReadContext().pathAsPointer();
        if (parser.currentToken() == JsonToken.PROPERTY_NAME) {
            // An object whose start was read by someone else (a type id, a buffer): it starts here.
            this.base = at.head();
            append(JsonToken.START_OBJECT, null);
        } else {
            this.base = at;
            note();
        }
    }

    /** {@return the index of the current token among those noted, where a value read now starts} */
    int current() {
        return size - 1;
    }

    /** {@return whether the value starting at a noted token is an object or a list, which holds other values} */
    boolean holdsValues(int index) {
        return tokens[index].isStructStart();
    }

    /** Where a value starts: its line and column, from 1; 0 when unknown. */
    record Place(int line, int column) {

        static final Place UNKNOWN = new Place(0, 0);
    }

    /**
     * The places of one value noted and of every value inside it, by pointer (the parser's, so
     * absolute in the document). Worked out only on the way to an error.
     *
     * @param from  the index of the value's first token, from {@link #current()}
     * @return the value's pointer and every place within it
     */
    Located places(int from) {
        Map<JsonPointer, Place> found = new HashMap<>();
        JsonPointer start = null;
        int depth = -1;
        Deque<Frame> frames = new ArrayDeque<>();
        for (int i = 0; i < size; i++) {
            JsonToken t = tokens[i];
            if (t.isStructEnd()) {
                if (!frames.isEmpty()) {
                    frames.pop();
                }
                if (start != null && frames.size() == depth) {
                    break;   // the end of the value
                }
                continue;
            }
            Frame parent = frames.peek();
            JsonPointer here = parent == null ? base
                    : parent.array ? parent.pointer.appendIndex(parent.index++) : parent.pointer.appendProperty(names[i]);
            if (i == from) {
                start = here;
                depth = frames.size();
            }
            if (i >= from) {
                found.putIfAbsent(here, new Place(lines[i], columns[i]));
            }
            if (t.isStructStart()) {
                frames.push(new Frame(here, t == JsonToken.START_ARRAY));
            } else if (i == from) {
                break;   // a scalar holds no other value
            }
        }
        return new Located(start == null ? base : start, found);
    }

    /** A value's pointer and the places of the values within it. */
    record Located(JsonPointer pointer, Map<JsonPointer, Place> places) {

        /** {@return the place of the value at a pointer, or of the nearest enclosing value noted} */
        Place nearest(JsonPointer wanted) {
            return places.getOrDefault(holder(wanted), Place.UNKNOWN);
        }

        /** {@return the pointer itself when the document holds a value there, else its nearest enclosing value's} */
        JsonPointer holder(JsonPointer wanted) {
            JsonPointer p = wanted;
            while (!places.containsKey(p) && !p.matches()) {
                p = p.head();
            }
            return p;
        }
    }

    private void note() {
        JsonToken t = delegate.currentToken();
        if (t == null || t == JsonToken.PROPERTY_NAME) {
            return;
        }
        append(t, t.isStructEnd() ? null : delegate.currentName());
    }

    private void append(JsonToken t, String name) {
        if (size == tokens.length) {
            int n = size * 2;
            tokens = Arrays.copyOf(tokens, n);
            names = Arrays.copyOf(names, n);
            lines = Arrays.copyOf(lines, n);
            columns = Arrays.copyOf(columns, n);
        }
        tokens[size] = t;
        if (!t.isStructEnd()) {
            names[size] = name;
            TokenStreamLocation location = delegate.currentTokenLocation();
            lines[size] = Math.max(0, location.getLineNr());
            columns[size] = Math.max(0, location.getColumnNr());
        }
        size++;
    }

    @Override
    public JsonToken nextToken() {
        JsonToken t = delegate.nextToken();
        note();
        return t;
    }

    @Override
    public JsonToken nextValue() {
        JsonToken t = delegate.nextValue();
        note();
        return t;
    }

    @Override
    public String nextName() {
        String name = delegate.nextName();
        note();
        return name;
    }

    @Override
    public boolean nextName(SerializableString name) {
        boolean matched = delegate.nextName(name);
        note();
        return matched;
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
        int match = delegate.nextNameMatch(matcher);
        note();
        return match;
    }

    @Override
    public JsonParser skipChildren() {
        delegate.skipChildren();
        note();
        return this;
    }

    private static final class Frame {
        final JsonPointer pointer;
        final boolean array;
        int index;

        Frame(JsonPointer pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }
}
