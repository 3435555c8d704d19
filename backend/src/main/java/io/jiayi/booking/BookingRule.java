package io.jiayi.booking;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An institution's booking rules: when slots open, until when they are booked and cancelled. */
@Entity
@Table(name = "booking_rule")
public class BookingRule {

    @Id
    @Column(name = "institution_id")
    public UUID institutionId;

    /** Written only where the row is still as it was read (V15): a lost update is answered 409. */
    @Version
    @Column(name = "version")
    public long version;

    @Column(name = "horizon_days")
    public int horizonDays;

    @Column(name = "release_time")
    public LocalTime releaseTime;

    @Column(name = "booking_cutoff_minutes")
    public int bookingCutoffMinutes;

    @Column(name = "cancel_deadline_minutes")
    public Integer cancelDeadlineMinutes;

    @Column(name = "cancel_by_previous_day_at")
    public LocalTime cancelByPreviousDayAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
