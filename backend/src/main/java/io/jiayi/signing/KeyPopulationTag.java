package io.jiayi.signing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "key_population_tag")
public class KeyPopulationTag {

    @Id
    public UUID id;

    @Column(name = "person_id")
    public UUID personId;

    @Enumerated(EnumType.STRING)
    public KeyPopulation tag;

    @Enumerated(EnumType.STRING)
    public TagStatus status;

    @Column(name = "declared_at")
    public OffsetDateTime declaredAt;

    @Column(name = "declared_by")
    public UUID declaredBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    public UUID decidedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
