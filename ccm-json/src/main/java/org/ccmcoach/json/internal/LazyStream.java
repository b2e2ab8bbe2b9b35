package org.ccmcoach.json.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A sequential stream read one element at a time from a source that says null at its end. */
public final class LazyStream {

    private LazyStream() {
    }

    /**
     * The elements {@code next} gives until it gives null; closing the stream runs {@code close}.
     *
     * @param next  the next element, or null at the end; may throw, which ends the stream there
     * @param close  what closing the stream does, such as closing a file
     * @param <T>  the element type
     * @return the stream, sequential and ordered
     */
    public static <T> Stream<T> of(Supplier<T> next, Runnable close) {
        Iterator<T> elements = new Iterator<>() {
            private T buffered;
            private boolean ended;

            @Override
            public boolean hasNext() {
                if (buffered == null && !ended) {
                    buffered = next.get();
                    ended = buffered == null;
                }
                return buffered != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T element = buffered;
                buffered = null;
                return element;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(elements, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(close);
    }
}
