package io.jiayi.signing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A health assessment of a signed resident; the first one is recorded at activation. */
@Entity
@Table(name = "health_assessment")
public class HealthAssessment {

    @Id
    public UUID id;

    @Column(name = "signing_id")
    public UUID signingId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "doctor_id")
    public UUID doctorId;

    @Column(name = "assessed_at")
    public OffsetDateTime assessedAt;

    @Column(name = "height_cm")
    public BigDecimal heightCm;

    @Column(name = "weight_kg")
    public BigDecimal weightKg;

    @Column(name = "systolic_mmhg")
    public Integer systolicMmhg;

    @Column(name = "diastolic_mmhg")
    public Integer diastolicMmhg;

    @Column(name = "fasting_glucose_mmol")
    public BigDecimal fastingGlucoseMmol;

    @Enumerated(EnumType.STRING)
    public Smoking smoking;

    public String notes;
}
