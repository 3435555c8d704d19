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
import jakarta.persistence.Version;

import io.jiayi.directory.Department;
import io.jiayi.directory.Doctor;
import io.jiayi.directory.Institution;

/** One clinic session of one doctor: its time, type, slot length, capacity, fee and place. */
@Entity
@Table(name = "schedule")
public class Schedule {

    @Id
    public UUID id;

    /** Written only where the row is still as it was read (V15): a lost update is answered 409. */
    @Version
    @Column(name = "version")
    public long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    public Institution institution;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    public Department department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "doctor_id")
    public Doctor doctor;

    @Column(name = "clinic_date")
    public LocalDate clinicDate;

    @Enumerated(EnumType.STRING)
    public Session session;

    @Enumerated(EnumType.STRING)
    @Column(name = "clinic_type")
    public ClinicType clinicType;

    /** Set for examination resources only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "exam_modality")
    public ExamModality examModality;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    @Column(name = "slot_minutes")
    public int slotMinutes;

    @Column(name = "capacity_per_slot")
    public int capacityPerSlot;

    @Column(name = "fee_fen")
    public int feeFen;

    public String location;

    @Enumerated(EnumType.STRING)
    public ScheduleStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    /** Where the clinic started before it was moved, if it was. */
    @Column(name = "moved_from")
    public OffsetDateTime movedFrom;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
