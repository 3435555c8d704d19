package io.jiayi.common.web;

import java.util.regex.Pattern;

/**
 * A route whose request bodies may be larger than the API's ordinary limit, e.g. a document
 * upload. A bean of this type is all {@link BodyLimit} needs to apply its limit to that route
 * alone; {@code quarkus.http.limits.max-body-size} must be at least as large.
 */
public interface LargeBodyRoute {

    /** The HTTP method, e.g. {@code PUT}. */
    String method();

    /** Matches the whole request path, without the query. */
    Pattern path();

    /** The largest body accepted on this route. */
    long maxBytes();
}
