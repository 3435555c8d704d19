package io.jiayi.common.paging;

/**
 * A valid page of a list. A size above {@link #MAX_SIZE} is capped rather than refused, so a
 * client asking for "everything" still gets a well-formed page.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page from 0, size from 1");
        }
        size = Math.min(size, MAX_SIZE);
    }

    public io.quarkus.panache.common.Page toPanache() {
        return io.quarkus.panache.common.Page.of(page, size);
    }
}
