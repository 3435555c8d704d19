package io.jiayi.directory;

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

@Entity
@Table(name = "institution")
public class Institution {

    @Id
    public UUID id;

    public String code;

    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    public InstitutionType type;

    @Enumerated(EnumType.STRING)
    public InstitutionLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Institution parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "street_id")
    public Street street;

    public String address;

    public String phone;

    @Column(name = "signature_service")
    public String signatureService;

    @Column(columnDefinition = "text")
    public String introduction;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
