package io.jiayi.common.web;

import java.util.Optional;
import java.util.UUID;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;

/** Ids are opaque strings to callers; a malformed one is simply one we do not have. */
public final class Ids {

    private Ids() {
    }

    public static Optional<UUID> parse(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The id of a resource named in the path: unknown shape answers 404 like an unknown id. */
    public static UUID required(String id, String resource) {
        return parse(id).orElseThrow(() -> ProblemException.notFound(resource));
    }

    /**
     * An id a request body refers to ({@code parentId}, {@code doctorId}): absent is null, a
     * malformed one is an unknown reference, like an id that exists nowhere.
     */
    public static UUID reference(String field, String id, String resource) {
        if (id == null) {
            return null;
        }
        return parse(id).orElseThrow(() -> unknownReference(field, resource));
    }

    public static ProblemException unknownReference(String field, String resource) {
        return new ProblemException(ProblemCode.UNKNOWN_REFERENCE, field,
                new io.jiayi.common.error.Localised("resource." + resource));
    }

    /** An id given as a filter: a malformed one is a bad parameter, not an empty result. */
    public static UUID filter(String name, String id) {
        if (id == null) {
            return null;
        }
        return parse(id).orElseThrow(() -> new ProblemException(ProblemCode.INVALID_PARAMETER, name, id));
    }
}
