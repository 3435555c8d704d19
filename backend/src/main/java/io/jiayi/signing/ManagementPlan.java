package io.jiayi.signing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal health management plan; a new one supersedes the last. */
@Entity
@Table(name = "management_plan")
public class ManagementPlan {

    @Id
    public UUID id;

    @Column(name = "signing_id")
    public UUID signingId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "doctor_id")
    public UUID doctorId;

    public String summary;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "superseded_at")
    public OffsetDateTime supersededAt;
}
