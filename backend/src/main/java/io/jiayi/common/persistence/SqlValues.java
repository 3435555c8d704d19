package io.jiayi.common.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values as native queries return them, in the types the views want. */
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
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
