package io.jiayi.reports.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Values of native query rows as the driver hands them over. */
final class Rows {

    private Rows() {
    }

    static OffsetDateTime offset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    static int integer(Object value) {
        return ((Number) value).intValue();
    }

    static byte[] bytes(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof io.vertx.core.buffer.Buffer buffer) {
            return buffer.getBytes();
        }
        throw new IllegalStateException("bytea arrived as " + (value == null ? "null" : value.getClass().getName()));
    }
}
