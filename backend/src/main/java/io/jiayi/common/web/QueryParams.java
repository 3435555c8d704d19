package io.jiayi.common.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.jiayi.common.error.ProblemCode;
import io.jiayi.common.error.ProblemException;

/** Filters arrive as text; a value we do not know is a clear 400, never an empty list. */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new ProblemException(ProblemCode.UNKNOWN_ENUM_VALUE, name, value, allowed);
        }
    }

    public static Boolean booleanValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new ProblemException(ProblemCode.INVALID_PARAMETER, name, value);
        };
    }
}
