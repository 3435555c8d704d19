package io.jiayi.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A time slot of a schedule; its units are split into a public and a referral pool. */
@Entity
@Table(name = "slot")
public class Slot {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id")
    public Schedule schedule;

    public int position;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    @Column(name = "public_capacity")
    public int publicCapacity;

    @Column(name = "referral_capacity")
    public int referralCapacity;

    @Column(name = "public_taken")
    public int publicTaken;

    @Column(name = "referral_taken")
    public int referralTaken;

    @Column(name = "referral_released")
    public boolean referralReleased;

    public int publicRemaining() {
        return publicCapacity - publicTaken;
    }
}
