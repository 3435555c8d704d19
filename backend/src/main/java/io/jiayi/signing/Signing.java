package io.jiayi.signing;

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

import io.jiayi.directory.Doctor;
import io.jiayi.directory.Institution;
import io.jiayi.identity.realname.Person;

/** One person's signing with a family doctor, from application to its end. */
@Entity
@Table(name = "signing")
public class Signing {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public SigningApplication application;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    public Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "doctor_id")
    public Doctor doctor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "centre_id")
    public Institution centre;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_hospital_id")
    public Institution districtHospital;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_hospital_id")
    public Institution cityHospital;

    @Enumerated(EnumType.STRING)
    public SigningKind kind;

    @Enumerated(EnumType.STRING)
    public SigningStatus status;

    @Column(name = "previous_signing_id")
    public UUID previousSigningId;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_reason")
    public TerminationReason terminationReason;

    @Column(name = "termination_note")
    public String terminationNote;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
