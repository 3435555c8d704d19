package io.jiayi.booking;

/**
 * What decides a lock request ({@code jiayi.booking.lock-gate}).
 *
 * <ul>
 * <li>{@code REDIS}: the Redis gate takes a unit first and only its holders reach PostgreSQL (the
 * product's path).</li>
 * <li>{@code DATABASE}: every lock request is decided in PostgreSQL under a row lock on the slot
 * and its schedule, with no unit taken at the gate. This is the benchmark's baseline, and an
 * operator's way to keep locks going while the Redis gate cannot be trusted; unit returns and
 * waitlist hand-outs still go through the gate, and the gate is rebuilt from PostgreSQL at the
 * next start with {@code REDIS}.</li>
 * </ul>
 */
public enum LockGate {
    REDIS, DATABASE
}
