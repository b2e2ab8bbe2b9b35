package org.ccmcoach.core.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where in a value a rule was broken, as segments: property names, list indexes, map keys, and
 * elements of a container that has no index (a set). It renders as a property path for people,
 * {@code contacts[2].date}, {@code answers[1.1]}, {@code expertise[]}, and the segments give a
 * JSON Pointer ({@code /contacts/2/date}) without parsing that text back: a map key holding a dot
 * or a bracket stays one key.
 *
 * <pre>{@code
 * PropertyPath.of("answers").at("1.1");              // answers[1.1]
 * PropertyPath.of("contacts").at(2).then("date");   // contacts[2].date
 * }</pre>
 *
 * @param segments  the segments from the value's root, not empty
 */
public record PropertyPath(List<Segment> segments) {

    /** One step of a path. */
    public sealed interface Segment permits Name, Index, Key, Element {
    }

    /**
     * A property of the value.
     *
     * @param name  the property's name, not blank
     */
    public record Name(String name) implements Segment {

        /**
         * Checks the name.
         *
         * @param name  the property's name, not blank
         */
        public Name {
            if (Objects.requireNonNull(name, "name").isBlank()) {
                throw new IllegalArgumentException("name: must not be blank");
            }
        }
    }

    /**
     * An element of a list, by position from 0.
     *
     * @param index  0 or more
     */
    public record Index(int index) implements Segment {

        /**
         * Checks the index.
         *
         * @param index  0 or more
         */
        public Index {
            if (index < 0) {
                throw new IllegalArgumentException("index: must be at least 0 (was " + index + ")");
            }
        }
    }

    /**
     * An entry of a map, or an element of a list known by its id, by key.
     *
     * @param key  the key, not null
     */
    public record Key(String key) implements Segment {

        /**
         * Checks the key.
         *
         * @param key  the key, not null
         */
        public Key {
            Objects.requireNonNull(key, "key");
        }
    }

    /** An element of a container that has no index, such as a set. */
    public record Element() implements Segment {
    }

    /**
     * Copies and checks the segments: at least one, the first a property name.
     *
     * @param segments  the segments from the value's root, not empty
     */
    public PropertyPath {
        segments = List.copyOf(segments);
        if (segments.isEmpty() || !(segments.get(0) instanceof Name)) {
            throw new IllegalArgumentException("segments: must start with a property name (was " + segments + ")");
        }
    }

    /**
     * The path to one property of the value.
     *
     * @param name  the property's name, not blank
     * @return the path
     */
    public static PropertyPath of(String name) {
        return new PropertyPath(List.of(new Name(name)));
    }

    /**
     * The path to a property of the property this path leads to.
     *
     * @param name  the property's name, not blank
     * @return a longer path
     */
    public PropertyPath then(String name) {
        return with(new Name(name));
    }

    /**
     * The path to a list element of this property.
     *
     * @param index  0 or more
     * @return a longer path
     */
    public PropertyPath at(int index) {
        return with(new Index(index));
    }

    /**
     * The path to a map entry of this property, or a list element known by its id.
     *
     * @param key  the key, not null
     * @return a longer path
     */
    public PropertyPath at(String key) {
        return with(new Key(key));
    }

    /**
     * The path to an element of this property's container, which has no index.
     *
     * @return a longer path
     */
    public PropertyPath element() {
        return with(new Element());
    }

    private PropertyPath with(Segment segment) {
        List<Segment> longer = new ArrayList<>(segments);
        longer.add(segment);
        return new PropertyPath(longer);
    }

    /** The path for people: {@code contacts[2].date}, {@code answers[1.1]}, {@code expertise[]}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            if (s instanceof Name n) {
                out.append(out.length() == 0 ? "" : ".").append(n.name());
            } else if (s instanceof Index i) {
                out.append('[').append(i.index()).append(']');
            } else if (s instanceof Key k) {
                out.append('[').append(k.key()).append(']');
            } else {
                out.append("[]");
            }
        }
        return out.toString();
    }
}
