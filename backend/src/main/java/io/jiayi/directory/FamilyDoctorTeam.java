package io.jiayi.directory;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 家庭医生工作室: family doctors, nurses and assistants who care for signed residents together. */
@Entity
@Table(name = "family_doctor_team")
public class FamilyDoctorTeam {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    public Institution institution;

    public String code;

    public String name;

    @Column(columnDefinition = "text")
    public String introduction;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
