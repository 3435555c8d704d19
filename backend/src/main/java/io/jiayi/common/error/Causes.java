package io.jiayi.common.error;

import java.util.Optional;
import java.util.function.Function;

/** Reads a failure and its causes, for the recognisers that turn a known failure into its answer. */
final class Causes {

    private static final int MAX_DEPTH = 16;

    private Causes() {
    }

    /** What {@code read} finds in the failure or the first of its causes where it finds anything. */
    static <T> Optional<T> first(Throwable failure, Function<Throwable, T> read) {
        // Bounded: getCause() never returns the throwable itself, but a chain of causes can loop.
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            T found = read.apply(t);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }
}
