package io.jiayi.common.persistence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** Values of native query rows, in the types the views want, whichever Java type the driver chose. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} column: the driver gives an OffsetDateTime, an Instant or a Timestamp. */
    public static OffsetDateTime offsetDateTime(Object value) {
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
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    public static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }

    public static UUID uuid(Object value) {
        return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A numeric column without trailing zeros: 7.00 reads as 7, 6.90 as 6.9. */
    public static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        BigDecimal plain = number.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    public static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    public static long count(Object value) {
        return ((Number) value).longValue();
    }

    public static boolean bool(Object value) {
        return Boolean.TRUE.equals(value);
    }

    /** A {@code bytea} column: a byte array, or a Vert.x buffer from the reactive client. */
    public static byte[] bytes(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof io.vertx.core.buffer.Buffer buffer) {
            return buffer.getBytes();
        }
        throw new IllegalStateException("bytea arrived as " + (value == null ? "null" : value.getClass().getName()));
    }
}
