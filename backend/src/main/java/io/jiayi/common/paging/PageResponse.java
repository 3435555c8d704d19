package io.jiayi.common.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code { "items": [...], "page": 0, "size": 20, "total": 123 }}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageResponse<T> of(List<E> entities, PageRequest request, long total, Function<E, T> view) {
        return new PageResponse<>(entities.stream().map(view).toList(), request.page(), request.size(), total);
    }
}
