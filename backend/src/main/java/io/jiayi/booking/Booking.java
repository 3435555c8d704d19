package io.jiayi.booking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.jiayi.identity.realname.Person;

@Entity
@Table(name = "booking")
public class Booking {

    @Id
    public UUID id;

    @Column(name = "booking_no")
    public String bookingNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "slot_id")
    public Slot slot;

    @Column(name = "schedule_id")
    public UUID scheduleId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "doctor_id")
    public UUID doctorId;

    @Column(name = "department_id")
    public UUID departmentId;

    @Column(name = "clinic_date")
    public LocalDate clinicDate;

    @Enumerated(EnumType.STRING)
    public Pool pool;

    @Column(name = "sequence_no")
    public int sequenceNo;

    @Column(name = "fencing_token")
    public long fencingToken;

    @Enumerated(EnumType.STRING)
    public BookingStatus status;

    @Column(name = "held_until")
    public OffsetDateTime heldUntil;

    @Column(name = "check_in_code")
    public String checkInCode;

    public String payment;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /** The clinic moved: the holder was offered the new time and has not answered yet. */
    @Column(name = "move_offered_at")
    public OffsetDateTime moveOfferedAt;

    @Column(name = "move_answered_at")
    public OffsetDateTime moveAnsweredAt;

    /** The referral this booking was made through, if any. */
    @Column(name = "referral_id")
    public UUID referralId;

    /** Comma-separated: CONSULTATION, EXAMINATION, ADMISSION (优先就诊、优先检查、优先住院). */
    @Column(name = "priority_flags")
    public String priorityFlags;

    public boolean awaitsMoveAnswer() {
        return moveOfferedAt != null && moveAnsweredAt == null;
    }
}
